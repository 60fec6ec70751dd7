# govgraph API image. Build: docker build -t govgraph .   (docker-compose.yml builds and wires it to Neo4j)
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
COPY schema ./schema
# The web pages are bundled by the build too (scripts/web/build.mjs): src/web into dist/web.
COPY scripts/web ./scripts/web
COPY seeds ./seeds
# npm ci runs the prepare script, which compiles src/ to dist/; dev dependencies are then dropped.
RUN npm ci --no-audit --no-fund && npm prune --omit=dev
ENV NODE_ENV=production GOVGRAPH_HOST=0.0.0.0 GOVGRAPH_PORT=4000
EXPOSE 4000
USER node
CMD ["node", "bin/govgraph.js", "serve"]
