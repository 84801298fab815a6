import type { OptOutScope } from '../api/types';
import { useI18n } from '../i18n';
import { useUnitName } from '../shell/session';

/** "Alle enheder" or the named units, for an opt-out's scope. */
export function useScopeText(): (scope: OptOutScope) => string {
  const { t } = useI18n();
  const unitName = useUnitName();
  return (scope) => (scope.kind === 'all' ? t.optOuts.scopeAll : scope.units.map(unitName).join(', '));
}
