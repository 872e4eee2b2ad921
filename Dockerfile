# Palabre in one image: Node 22 LTS on Debian 12. The setup script installs the npm
# dependencies, gets the mediasoup worker (mediasoup's prebuilt download when the build machine
# reaches it, else an offline build from Debian's packages) and builds server and client.
FROM node:22-bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
ENV PALABRE_CACHE_DIR=/opt/palabre-cache
RUN node scripts/setup.mjs --no-optional \
 && cp --dereference node_modules/mediasoup/worker/out/Release/mediasoup-worker /opt/mediasoup-worker \
 && npm prune --omit=dev

FROM node:22-bookworm-slim
# The worker links dynamically to these when it was built offline; harmless otherwise.
# ffmpeg encodes live streams.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libssl3 libuv1 libsrtp2-1 libabsl20220623 libusrsctp2 ffmpeg \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app /app
COPY --from=build /opt/mediasoup-worker /opt/mediasoup-worker
ENV NODE_ENV=production \
    MEDIASOUP_WORKER_BIN=/opt/mediasoup-worker \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
VOLUME /data
EXPOSE 3000 40000/udp 40000/tcp
USER node
CMD ["node", "server/dist/main.js"]
