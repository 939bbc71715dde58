// PostGraphile v5 over Justera's tables, with production settings: no GraphiQL, no explain, no
// watch, no GET: the stock Amber preset and the connection-filter plugin. Findings are ordered and
// filtered by their meeting's date through the finding's own meeting_date column (changelog 012, the
// same index Justera uses); before that column, stock PostGraphile needed an ordering plugin for it
// (addPgTableOrderBy with a subquery on meeting), which is no longer needed and would now clash with
// the column's own MEETING_DATE_ASC/DESC.
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";

export default {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  // v5 offers filters and orders only on indexed columns; Justera's indexes are on expressions
  // (lower(name)) and partial (where present), so this turns that off, as v4's ignoreIndexes did
  disablePlugins: ["PgIndexBehaviorsPlugin"],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ["public"],
      poolConfig: { max: Number(process.env.POOL_SIZE || 10) },
    }),
  ],
  grafserv: {
    port: Number(process.env.PORT || 5678),
    graphiql: false,
    graphqlOverGET: false,
    watch: false,
    maxRequestLength: 100000,
  },
  grafast: { explain: false },
  // filters through relations: meetings by their body's and municipality's names, as Justera's
  // filters do
  schema: { connectionFilterRelations: true },
};
