import { AddressInfo, connect, createServer, Server, Socket } from 'node:net';

type Mode = 'pass' | 'silent';

/**
 * A TCP proxy a fault test can make silent: while silent, nothing crosses in either direction (bytes wait), as on
 * a link that stopped answering without closing; `pass` lets them through again, in order.
 */
export class TcpProxy {
  private server?: Server;
  private mode: Mode = 'pass';
  private readonly links = new Set<{ flush(): void; destroy(): void }>();

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  get port(): number {
    return (this.server!.address() as AddressInfo).port;
  }

  async start(): Promise<void> {
    this.server = createServer((client) => this.link(client));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  silent(): void {
    this.mode = 'silent';
  }

  pass(): void {
    this.mode = 'pass';
    for (const link of this.links) link.flush();
  }

  async stop(): Promise<void> {
    for (const link of this.links) link.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private link(client: Socket): void {
    const upstream = connect(this.targetPort, this.targetHost);
    const waiting: [Socket, Buffer][] = [];
    const forward = (to: Socket) => (chunk: Buffer) => {
      if (this.mode === 'pass' && waiting.length === 0) to.write(chunk);
      else waiting.push([to, chunk]);
    };
    const link = {
      flush: () => {
        while (waiting.length > 0) {
          const [to, chunk] = waiting.shift()!;
          to.write(chunk);
        }
      },
      destroy: () => {
        client.destroy();
        upstream.destroy();
      },
    };
    this.links.add(link);
    client.on('data', forward(upstream));
    upstream.on('data', forward(client));
    const end = () => {
      this.links.delete(link);
      link.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  }
}
