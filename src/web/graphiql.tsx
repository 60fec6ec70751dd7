// GraphiQL at /graphiql, bundled from npm (no CDN): schema docs, autocompletion, the acceptance operations as tabs
// and in the "Example operations" panel, and a headers editor for the Authorization header of mutations.
import { GraphiQL } from "graphiql";
import "graphiql/style.css";
import { buildSchema } from "graphql";
import { createRoot } from "react-dom/client";
import operationFiles from "virtual:govgraph-operations";
import schemaSdl from "virtual:govgraph-schema";
import { exampleOperation } from "./graphiql/exampleOperations.js";
import { examplesPlugin } from "./graphiql/ExamplesPlugin.js";
import { fetchGraphQL } from "./graphiql/fetchGraphQL.js";
import "./graphiql/graphiql.css";

// The schema comes from the SDL bundled at build time (the file the server serves), not from introspection: the
// standard introspection query nests 15 levels, past the API's depth limit of 12, and this saves a round trip.
const schema = buildSchema(schemaSdl);
const operations = operationFiles.map(exampleOperation);
const plugins = [examplesPlugin(operations)];
const tabs = operations.map((operation) => ({
  query: operation.query,
  variables: operation.variables,
  headers: operation.headers,
}));

const container = document.getElementById("graphiql");
if (!container) throw new Error("the page has no #graphiql element");
createRoot(container).render(
  <GraphiQL
    fetcher={fetchGraphQL}
    schema={schema}
    defaultTabs={tabs}
    plugins={plugins}
    isHeadersEditorEnabled
    shouldPersistHeaders={false}
    defaultEditorToolsVisibility="variables"
  >
    <GraphiQL.Logo>
      <a className="govgraph-logo" href="/">govgraph</a>
    </GraphiQL.Logo>
  </GraphiQL>,
);
