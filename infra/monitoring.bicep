// Diagnostic settings, the action group and the alert rules of docs/operations.md ("Alerts").
// A module of azure.bicep so that the main file keeps to the resources the server needs to run.

param resourceBaseName string
param location string
param workspaceId string
param appInsightsId string
param webAppName string
param storageAccountName string
@description('Where alerts are e-mailed (an operations mailbox, not a person).')
param alertEmail string

resource webApp 'Microsoft.Web/sites@2022-09-01' existing = {
  name: webAppName
}

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' existing = {
  name: storageAccountName
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-01-01' existing = {
  parent: storage
  name: 'default'
}

// The server's JSON log lines (AppServiceConsoleLogs), the platform's access log and its metrics, to the workspace.
resource webAppDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: workspaceId
    logs: [
      { category: 'AppServiceHTTPLogs', enabled: true }
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServiceAppLogs', enabled: true }
    ]
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

// Table requests (StorageRead/Write/Delete hold account, operation and status, never entity contents).
resource tableDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: tableService
  properties: {
    workspaceId: workspaceId
    logs: [
      { category: 'StorageRead', enabled: true }
      { category: 'StorageWrite', enabled: true }
      { category: 'StorageDelete', enabled: true }
    ]
    metrics: [
      { category: 'Transaction', enabled: true }
    ]
  }
}

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: '${resourceBaseName}-alerts'
  location: 'global'
  properties: {
    groupShortName: 'erhverv'
    enabled: true
    emailReceivers: [
      { name: 'operations', emailAddress: alertEmail, useCommonAlertSchema: true }
    ]
  }
}

var actions = [
  { actionGroupId: actionGroup.id }
]

resource serverErrors 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: '${resourceBaseName}-server-5xx'
  location: 'global'
  properties: {
    description: 'The server answered more than 5 requests with 5xx in 5 minutes (docs/operations.md, "Server errors").'
    severity: 1
    enabled: true
    scopes: [ webApp.id ]
    evaluationFrequency: 'PT1M'
    windowSize: 'PT5M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        { name: 'http5xx', criterionType: 'StaticThresholdCriterion', metricName: 'Http5xx', metricNamespace: 'Microsoft.Web/sites', operator: 'GreaterThan', threshold: 5, timeAggregation: 'Total' }
      ]
    }
    actions: actions
  }
}

resource healthCheck 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: '${resourceBaseName}-health-check'
  location: 'global'
  properties: {
    description: 'An instance failed /healthz (storage unreachable or the process hung) (docs/operations.md, "Health check failing").'
    severity: 1
    enabled: true
    scopes: [ webApp.id ]
    evaluationFrequency: 'PT1M'
    windowSize: 'PT5M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        { name: 'healthCheckStatus', criterionType: 'StaticThresholdCriterion', metricName: 'HealthCheckStatus', metricNamespace: 'Microsoft.Web/sites', operator: 'LessThan', threshold: 100, timeAggregation: 'Average' }
      ]
    }
    actions: actions
  }
}

resource storageThrottling 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: '${resourceBaseName}-storage-throttling'
  location: 'global'
  properties: {
    description: 'Table Storage throttled requests (ServerBusyError, ClientThrottlingError) (docs/operations.md, "Storage throttling").'
    severity: 2
    enabled: true
    scopes: [ tableService.id ]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          name: 'throttled'
          criterionType: 'StaticThresholdCriterion'
          metricName: 'Transactions'
          metricNamespace: 'Microsoft.Storage/storageAccounts/tableServices'
          dimensions: [
            { name: 'ResponseType', operator: 'Include', values: [ 'ServerBusyError', 'ClientThrottlingError' ] }
          ]
          operator: 'GreaterThan'
          threshold: 0
          timeAggregation: 'Total'
        }
      ]
    }
    actions: actions
  }
}

resource storageLatency 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: '${resourceBaseName}-storage-latency'
  location: 'global'
  properties: {
    description: 'Table Storage took over 500 ms on average to serve successful requests (docs/operations.md, "Storage throttling").'
    severity: 3
    enabled: true
    scopes: [ tableService.id ]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        { name: 'serverLatency', criterionType: 'StaticThresholdCriterion', metricName: 'SuccessServerLatency', metricNamespace: 'Microsoft.Storage/storageAccounts/tableServices', operator: 'GreaterThan', threshold: 500, timeAggregation: 'Average' }
      ]
    }
    actions: actions
  }
}

// Hourly; fires from Monday 10:00 Copenhagen time until a digest_posted metric (bot/telemetry/metrics.ts) has arrived
// since Monday 00:00. The schedule lives in the query because alert rules cannot run at a wall-clock time.
resource digestMissing 'Microsoft.Insights/scheduledQueryRules@2023-03-15-preview' = {
  name: '${resourceBaseName}-digest-not-posted'
  location: location
  properties: {
    displayName: 'Weekly digest not posted by Monday 10:00 (Europe/Copenhagen)'
    description: 'No digest_posted metric since Monday 00:00 Copenhagen time, and it is past 10:00 (docs/operations.md, "Weekly digest not posted").'
    severity: 2
    enabled: true
    scopes: [ appInsightsId ]
    evaluationFrequency: 'PT1H'
    windowSize: 'P1D'
    autoMitigate: true
    criteria: {
      allOf: [
        {
          query: '''
let localNow = datetime_utc_to_local(now(), 'Europe/Copenhagen');
let monday = startofweek(localNow) + 1d;
let posted = toscalar(customMetrics | where name == 'digest_posted' | where datetime_utc_to_local(timestamp, 'Europe/Copenhagen') >= monday | summarize sum(valueCount));
print missing = iff(dayofweek(localNow) == 1d and hourofday(localNow) >= 10 and coalesce(posted, 0) == 0, 1, 0)
| where missing == 1
'''
          timeAggregation: 'Count'
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 }
        }
      ]
    }
    actions: { actionGroups: [ actionGroup.id ] }
  }
}

output actionGroupId string = actionGroup.id
