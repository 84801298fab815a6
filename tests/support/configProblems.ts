import { ConfigError, loadConfig } from '../../bot/config.js';

/** What loadConfig refuses in `env`, one line per problem; [] when it is accepted. */
export function configProblems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
}
