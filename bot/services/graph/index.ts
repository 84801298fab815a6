export { GraphUserDirectory, DEFAULT_CACHE_MAX_ENTRIES, DEFAULT_CACHE_TTL_MS, DEFAULT_GRAPH_TIMEOUT_MS, type GraphUserDirectoryOptions } from './graphUserDirectory.js';
export { graphCredential, graphDirectoryFromSettings, type GraphDirectorySettings } from './fromSettings.js';
export { DEFAULT_DEPARTMENT_RULES, parseDepartmentRules, unitForDepartment, type DepartmentRule } from './departmentUnits.js';
export { createGraphClient, DEFAULT_GRAPH_BASE_URL, GRAPH_SCOPE, splitBaseUrl } from './graphClient.js';
