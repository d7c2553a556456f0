# syntax=docker/dockerfile:1
# The ICORN FAQ bot as a container image (docs/operations.md, "Container").
#   docker build -t icorn-faq-bot .
#   docker run --rm -p 3978:3978 icorn-faq-bot        # local mode: http://localhost:3978/
# `npm run deploy:check` runs these same steps in a clean folder, without a container engine.

# Build: every dependency, then compile to dist/ (with Web Chat's bundle copied in).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY tools/build.mjs tools/
COPY src src
COPY dialogs dialogs
RUN npm run build

# Run: production dependencies only, the compiled bot and the knowledge; no compiler, no sources.
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3978 \
    FEEDBACK_DIR=/app/data/feedback \
    SHUTDOWN_TIMEOUT_MS=8000
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/dist dist
COPY knowledge knowledge
# The bot reads the knowledge and writes only the feedback log, as the image's unprivileged user.
RUN install -d -o node -g node data/feedback
USER node
# Editors' knowledge (live-reloaded on change) and the feedback log live outside the container.
VOLUME ["/app/knowledge", "/app/data/feedback"]
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The bot itself is the container's main process: SIGTERM from `docker stop` reaches it directly, and
# it stops gracefully within SHUTDOWN_TIMEOUT_MS (8 s here, inside docker stop's 10 s grace period).
CMD ["node", "dist/src/index.js"]
