# Production image: build with the full toolchain, run with runtime dependencies only, as a
# non-root user. test/ops/production-start.test.ts runs the same steps outside Docker.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY public ./public
COPY trusted-documents ./trusted-documents
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# 32 MB per semi-space (V8's default is at most 16). It costs up to ~48 MB more young generation
# per process: the young generation is 3 × the semi-space (two semi-spaces plus the young
# large-object space; Node's --max-semi-space-size docs), so +16 MB per semi-space is +48 MB. In
# exchange, fewer scavenges on the dashboard and fewer of a request's objects outlive one and get
# promoted: ~9 % less CPU per dashboard (bench/RESULTS.md, "Request cost, session 3").
CMD ["node", "--max-semi-space-size=32", "dist/main.js"]
