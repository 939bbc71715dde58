// PostGraphile v5 over Justera's tables, with production settings: no GraphiQL, no explain, no
// watch, no GET. The only addition to the stock Amber preset and the connection-filter plugin is
// one ordering, findings by their meeting's date, which stock PostGraphile cannot express (it
// orders a table by its own columns) and the benchmark's "findings of a year by date" needs.
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";
import { addPgTableOrderBy, orderByAscDesc } from "postgraphile/utils";
import { TYPES } from "postgraphile/@dataplan/pg";

const FindingsByMeetingDatePlugin = addPgTableOrderBy(
  { schemaName: "public", tableName: "finding" },
  (build) => {
    const { sql } = build;
    return orderByAscDesc("MEETING_DATE", (queryBuilder) => ({
      fragment: sql`(select m.meeting_date from public.meeting m where m.id = ${queryBuilder.alias}.meeting_id)`,
      codec: TYPES.date,
    }));
  },
);

export default {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  plugins: [FindingsByMeetingDatePlugin],
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
  // filters through relations: meetings by their body's and municipality's names, findings by
  // their meeting's date, as Justera's filters do
  schema: { connectionFilterRelations: true },
};
