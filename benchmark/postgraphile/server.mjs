// Serves PostGraphile on $PORT with $WORKERS Node processes (node:cluster shares the port; 1 by
// default). The schema is built once per process from the database's catalog at start.
import cluster from "node:cluster";
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { grafserv } from "postgraphile/grafserv/node";
import preset from "./graphile.config.mjs";

const workers = Number(process.env.WORKERS || 1);
if (workers > 1 && cluster.isPrimary) {
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on("exit", (worker, code) => {
    console.error(`postgraphile worker ${worker.process.pid} exited with ${code}`);
    process.exit(1);
  });
} else {
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  serv.addTo(server).catch((e) => {
    console.error(e);
    process.exit(1);
  });
  server.keepAliveTimeout = 65000;
  server.listen(preset.grafserv.port, () => console.log(`postgraphile ${process.pid} listening on ${preset.grafserv.port}`));
}
