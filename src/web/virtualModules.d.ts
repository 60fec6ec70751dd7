// Modules that scripts/web/build.mjs provides at bundle time.

declare module "virtual:govgraph-operations" {
  import type { OperationFile } from "./graphiql/exampleOperations.js";
  /** schema/operations/*.graphql in file-name order. */
  const files: OperationFile[];
  export default files;
}

declare module "virtual:govgraph-schema" {
  /** schema/schema.graphql as the server loads it. */
  const sdl: string;
  export default sdl;
}

declare module "*.css";
