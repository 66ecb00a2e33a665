import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A proxy on 127.0.0.1 that forwards nothing: it records what a browser tried to send off the machine and refuses it. */
export interface OfflineProxy {
  port: number;
  close(): Promise<void>;
}

/**
 * Starts the refusing proxy. A browser pointed at it for every scheme can reach no host at all, and
 * any request that got past page interception (a background page, the browser's own services) is on record:
 * `record` gets `CONNECT host:port` for a tunnel (https, wss, ws) and the absolute URL for a plain HTTP request.
 */
export async function startOfflineProxy(record: (attempt: string) => void): Promise<OfflineProxy> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    record(request.url ?? '');
    response.writeHead(502, { connection: 'close' }).end();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // Bytes that are not HTTP (a SOCKS greeting, say) are an attempt too.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (error.code?.startsWith('HPE_')) record(`unparsed request (${error.code})`);
    socket.destroy();
  });
  server.on('upgrade', (request, socket) => {
    record(request.url ?? '');
    socket.destroy();
  });
  server.on('connect', (request, socket) => {
    record(`CONNECT ${request.url ?? ''}`);
    (socket as Socket).end('HTTP/1.1 502 Bad Gateway\r\nconnection: close\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

/** Firefox preferences that send every scheme through the proxy and keep Firefox's own services quiet. */
export function offlinePrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    // No SOCKS proxy: Firefox would send WebSockets there; without one they CONNECT through the proxy above.
    // Nothing bypasses the proxy, localhost included.
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    // No name lookups of Firefox's own: no DNS prefetch, no DNS over HTTPS, no speculative connects.
    'network.dns.disablePrefetch': true,
    'network.trr.mode': 5,
    'network.predictor.enabled': false,
    'network.prefetch-next': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'dom.push.connection.enabled': false,
    // WebRTC's UDP would not go through any proxy.
    'media.peerconnection.enabled': false,
    'toolkit.telemetry.enabled': false,
    // Remote settings (blocklists, etc.) honour a custom server only with MOZ_REMOTE_SETTINGS_DEVTOOLS=1 set.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
  };
}
