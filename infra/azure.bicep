// Azure resources for Erhvervskoordinator, deployed by `atk provision` (arm/deploy in m365agents.yml)
// with values from infra/azure.parameters.json, which the toolkit fills from env/.env.<env>.
// Outputs are written back to env/.env.<env> under the same UPPER_CASE names.
//
// One Linux web app serves the bot (/api/messages), the tab (/tab/) and its API (/api/tab/).
// It runs as a user-assigned managed identity, which is also the bot's identity and the only
// principal that reaches the tables: no password, no storage key exists anywhere.
//
// Not compiled in this repository's CI (no Bicep binary offline); tests/infra checks its
// parameters, outputs, app settings and security properties against the other files instead.

@minLength(4)
@maxLength(20)
@description('Lower-case letters and digits; prefix of every resource name.')
param resourceBaseName string

param location string = resourceGroup().location

@description('App Service plan SKU, e.g. B1 (basic) or P0v3 (premium, zone-redundant capable).')
param appServiceSku string

@description('Number of web app instances. The server coordinates its instances through the Leases table.')
param instanceCount string = '1'

@maxLength(42)
param botDisplayName string

@description('Client id of the Entra app for the tab SSO (aadApp/create).')
param aadAppClientId string

param aadAppTenantId string

param aadAppOauthAuthorityHost string

@description('Object id of the Entra group of coordinators, or "none".')
param coordinatorGroupId string

param contactWindowDays string

param companySyncSeconds string

@description('Command App Service runs in the web app; the production entry point of the server.')
param startupCommand string = 'node dist/bot/index.js'

@allowed([
  'Standard_LRS'
  'Standard_ZRS'
])
param storageSku string

@description('E-mail address of the operations mailbox that receives alerts (infra/monitoring.bicep).')
@minLength(3)
param alertEmail string

// The tables the server uses; created here so the identity needs no table-create right at start.
// TABLE_PREFIX stays empty in Azure, so these are the final names.
var tableNames = [
  'Companies'
  'CompanyHistory'
  'ContactJournal'
  'CompanyChanges'
  'OptOuts'
  'Settings'
  'Plans'
  'ConversationRefs'
  'Feedback'
  'FeedbackLinks'
  'Leases'
  'Proposals'
  'Strategy'
  'AccessByCompany'
  'AccessByUser'
  'PrivacyAudit'
  'RegisterChanges'
]

// Storage account names: 3-24 lower-case letters and digits, globally unique.
var storageAccountName = take('st${toLower(resourceBaseName)}${uniqueString(resourceGroup().id)}', 24)
var storageTableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-id'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-ai'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: storageSku
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // Only Entra ID (the managed identity) may read or write data; account keys and SAS are off.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-01-01' = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-01-01' = [for tableName in tableNames: {
  parent: tableService
  name: tableName
}]

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageTableDataContributorRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributorRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2022-09-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: int(instanceCount)
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2022-09-01' = {
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Instances share no memory state, so requests need not stick to one of them.
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: startupCommand
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

// Separate from the site so PUBLIC_BASE_URL can use the host name the platform assigned.
resource appSettings 'Microsoft.Web/sites/config@2022-09-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    WEBSITE_RUN_FROM_PACKAGE: '1'
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    NODE_ENV: 'production'
    LOCAL_MODE: 'false'
    SEED_DEMO_DATA: 'false'
    TABLES_ENDPOINT: 'https://${storage.name}.table.${environment().suffixes.storage}'
    AZURE_CLIENT_ID: identity.properties.clientId
    BOT_ID: identity.properties.clientId
    BOT_TYPE: 'UserAssignedMSI'
    BOT_TENANT_ID: identity.properties.tenantId
    AAD_APP_CLIENT_ID: aadAppClientId
    AAD_APP_TENANT_ID: aadAppTenantId
    AAD_APP_OAUTH_AUTHORITY_HOST: aadAppOauthAuthorityHost
    COORDINATOR_GROUP_ID: toLower(coordinatorGroupId) == 'none' ? '' : coordinatorGroupId
    CONTACT_WINDOW_DAYS: contactWindowDays
    COMPANY_SYNC_SECONDS: companySyncSeconds
    PUBLIC_BASE_URL: 'https://${webApp.properties.defaultHostName}'
  }
  dependsOn: [
    tables
    tableDataContributor
  ]
}

// The bot signs in as the managed identity: Bot Framework tokens are issued to it without a secret.
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0'
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
    msaAppType: 'UserAssignedMSI'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// Written to env/.env.<env> by the toolkit; each one is used by m365agents.yml or the app manifest.
// Diagnostic settings to the workspace, the action group and the alerts (docs/operations.md, "Alerts").
module monitoring 'monitoring.bicep' = {
  name: 'monitoring'
  params: {
    resourceBaseName: resourceBaseName
    location: location
    workspaceId: logs.id
    appInsightsId: appInsights.id
    webAppName: webApp.name
    storageAccountName: storage.name
    alertEmail: alertEmail
  }
  dependsOn: [
    tableService
  ]
}

output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_ID string = identity.properties.clientId
output TAB_DOMAIN string = webApp.properties.defaultHostName
output TAB_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
