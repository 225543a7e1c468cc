import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useGateway } from '../helpers/gateway.js';

// What a newcomer's browser finds first: a front page at `/` that says what this is and links
// the rest, a /health that says so in JSON, and the board's icon.

const harness = useGateway();

const readmeBlocks = (): string[] =>
  [...readFileSync(new URL('../../README.md', import.meta.url), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map(
    (match) => match[1] ?? '',
  );

const hrefsOf = (html: string): string[] => [...html.matchAll(/href="([^"]+)"/g)].map((match) => (match[1] ?? '').replaceAll('&amp;', '&'));

describe('the front door', () => {
  it('serves a front page at / linking GraphiQL, the board, /health, /ready and /metrics, and each one answers', async () => {
    const response = await fetch(`${harness.gateway.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('<h1>Metronome GraphQL gateway</h1>');
    const links = hrefsOf(html);
    for (const path of ['/graphql', '/board', '/health', '/ready', '/metrics', '/board/favicon.svg']) {
      expect(links).toContain(path);
      const linked = await fetch(`${harness.gateway.url}${path}`, { headers: { accept: 'text/html' } });
      expect(linked.status, path).toBe(200);
      await linked.arrayBuffer();
    }
  });

  it('links every README example operation, opened in GraphiQL with exactly the README’s text', async () => {
    const html = await (await fetch(`${harness.gateway.url}/`)).text();
    const examples = hrefsOf(html)
      .filter((href) => href.startsWith('/graphql?query='))
      .map((href) => new URL(href, harness.gateway.url).searchParams.get('query'));
    // When an example changes in the README, public/front/index.html must follow.
    expect(examples).toEqual(readmeBlocks());
  });

  it('answers /health with a small JSON body', async () => {
    const response = await fetch(`${harness.gateway.url}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('gives the board an icon that exists', async () => {
    const board = await (await fetch(harness.gateway.boardUrl)).text();
    expect(hrefsOf(board)).toContain('/board/favicon.svg');
    const icon = await fetch(`${harness.gateway.url}/board/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(await icon.text()).toMatch(/^<svg /);
  });
});
