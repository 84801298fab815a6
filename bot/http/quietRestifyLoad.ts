/**
 * restify 11 loads spdy, whose http-deceiver reads process.binding('http_parser') when it is loaded: Node prints
 * DEP0111 for it. Nothing here uses spdy, restify 12 (which drops it) needs Node 22 only, and the warning says
 * nothing an operator can act on, so this module loads restify once with deprecation warnings off and puts them
 * back at once: every other deprecation still prints. server.ts imports it before restify itself.
 */
const previous = process.noDeprecation;
process.noDeprecation = true;
try {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('restify');
} finally {
  process.noDeprecation = previous;
}
