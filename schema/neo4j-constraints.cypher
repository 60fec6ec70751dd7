// Uniqueness constraints and indexes of the govgraph graph in Neo4j 5.
// Run at start-up by Neo4jStore.init; every statement is idempotent (IF NOT EXISTS).
CREATE CONSTRAINT briefing_id IF NOT EXISTS FOR (n:Briefing) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT briefing_date IF NOT EXISTS FOR (n:Briefing) REQUIRE n.date IS UNIQUE;
CREATE CONSTRAINT item_id IF NOT EXISTS FOR (n:Item) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_slug IF NOT EXISTS FOR (n:Theme) REQUIRE n.slug IS UNIQUE;
CREATE CONSTRAINT risk_id IF NOT EXISTS FOR (n:Risk) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT risk_code IF NOT EXISTS FOR (n:Risk) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT publisher_id IF NOT EXISTS FOR (n:Publisher) REQUIRE n.id IS UNIQUE;
CREATE INDEX item_briefing IF NOT EXISTS FOR (n:Item) ON (n.briefingId);
CREATE INDEX item_date IF NOT EXISTS FOR (n:Item) ON (n.date);
CREATE INDEX organization_slug IF NOT EXISTS FOR (n:Organization) ON (n.slug);
