import { useEditorContext, type GraphiQLPlugin } from "@graphiql/react";
import type { ExampleOperation } from "./exampleOperations.js";

/** A side-panel plugin listing the acceptance operations; a click opens one in a new tab with its variables. */
export function examplesPlugin(operations: readonly ExampleOperation[]): GraphiQLPlugin {
  return {
    title: "Example operations",
    icon: ExamplesIcon,
    content: () => <ExamplesList operations={operations} />,
  };
}

function ExamplesList({ operations }: { operations: readonly ExampleOperation[] }) {
  const editor = useEditorContext({ nonNull: true });
  const open = (operation: ExampleOperation) => {
    editor.addTab();
    // addTab fills the new tab's editors when React applies it; write the operation once that is done.
    setTimeout(() => {
      editor.queryEditor?.setValue(operation.query);
      editor.variableEditor?.setValue(operation.variables);
      editor.headerEditor?.setValue(operation.headers);
    }, 0);
  };
  return (
    <section className="govgraph-examples">
      <div className="graphiql-doc-explorer-title">Example operations</div>
      <p>The acceptance set of schema/operations, with the variables of their header comments. Click to open.</p>
      <ul>
        {operations.map((operation) => (
          <li key={operation.name}>
            <button type="button" onClick={() => open(operation)} title={operation.description}>
              <strong>{operation.title}</strong> <span>{operation.name}</span>
            </button>
            <p>{operation.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5">
      <path d="M6 4h9l3 3v13H6z" />
      <path d="M9 10h6M9 13h6M9 16h4" />
    </svg>
  );
}
