// Full-text indexes behind GraphStore.search, one per label, with the fields each label is searched on.
// Run at start-up by Neo4jStore.init after the constraints; every statement is idempotent (IF NOT EXISTS).
// The analyzer keeps stop words, so that every word of a query counts, as in the embedded store. The indexes are
// updated when a write commits (not eventually consistent); a new index fills in the background, hence the wait.
CREATE FULLTEXT INDEX item_search IF NOT EXISTS FOR (n:Item) ON EACH [n.title, n.summary, n.details]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX organization_search IF NOT EXISTS FOR (n:Organization) ON EACH [n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX theme_search IF NOT EXISTS FOR (n:Theme) ON EACH [n.slug, n.name, n.description]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
// Not for search: organization names looked up exactly (GraphStore.organizationByName). `names` is a list, which no
// range index answers membership of; the keyword analyzer makes each normalized name one term.
CREATE FULLTEXT INDEX organization_names IF NOT EXISTS FOR (n:Organization) ON EACH [n.names]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false } };
CALL db.awaitIndexes(300);
