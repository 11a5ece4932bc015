// Escalation Advisor on Azure, after the Microsoft 365 Agents Toolkit bot
// template: a user-assigned managed identity that is both the bot's identity
// (MicrosoftAppType UserAssignedMSI, no secret) and its Cosmos DB identity
// (Microsoft Entra ID, no key), an Azure Bot with the Teams channel, App
// Service (Linux, Node 24), Cosmos DB for NoSQL and Application Insights.
//
//   az deployment group create -g <group> -f infra/main.bicep -p resourceBaseName=<name>
//
// The app settings below are exactly the variables src/config.ts reads that
// an Azure deployment sets (test/infra/bicep.test.ts keeps them in step), and
// the containers come from src/store/cosmos-containers.json, the file the bot
// creates them from.

@description('Prefix of every resource name (lower-case letters and digits).')
@minLength(3)
@maxLength(20)
param resourceBaseName string

param location string = resourceGroup().location

@description('App Service plan: B1 or above (Always On needs a Basic tier or higher).')
param webAppSku string = 'B1'

@description('Cosmos DB database name (COSMOS_DATABASE).')
param cosmosDatabaseName string = 'escalation-advisor'

@description('Days of inactivity after which bot state expires (BOT_STATE_TTL_DAYS).')
@minValue(1)
@maxValue(3650)
param botStateTtlDays int = 90

@description('Comma-separated Microsoft Entra tenant ids allowed to use the bot; empty = every tenant.')
param allowedTenantIds string = ''

@description('R24: the organisation\'s own days off, skipped by the business-hours clock besides public holidays: comma-separated YYYY-MM-DD, or <tenant-guid>:YYYY-MM-DD for one tenant.')
param tenantHolidays string = ''

@description('Display name of the bot in Azure Bot Service.')
param botDisplayName string = 'Escalation Advisor'

var containers = loadJsonContent('../src/store/cosmos-containers.json', '$.containers')
// Cosmos DB Built-in Data Contributor: read and write items, read metadata; it cannot create databases or containers.
var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-identity'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: { sku: { name: 'PerGB2018' }, retentionInDays: 30 }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  kind: 'web'
  properties: { Application_Type: 'web', WorkspaceResourceId: logs.id }
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: '${resourceBaseName}-cosmos'
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [{ locationName: location, failoverPriority: 0 }]
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    capabilities: [{ name: 'EnableServerless' }]
    // Entra ID only: the bot never holds a key.
    disableLocalAuth: true
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: cosmos
  name: cosmosDatabaseName
  properties: { resource: { id: cosmosDatabaseName } }
}

resource cosmosContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [for container in containers: {
  parent: database
  name: container.id
  properties: {
    resource: {
      id: container.id
      partitionKey: { paths: [container.partitionKey], kind: 'Hash' }
      indexingPolicy: container.indexingPolicy
      defaultTtl: container.?defaultTtlSetting == 'BOT_STATE_TTL_DAYS' ? botStateTtlDays * 86400 : container.?defaultTtl
    }
  }
}]

resource cosmosDataAccess 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: cosmos
  name: guid(cosmos.id, identity.id, cosmosDataContributorRoleId)
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosDataContributorRoleId}'
    principalId: identity.properties.principalId
    scope: cosmos.id
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: { name: webAppSku }
  properties: { reserved: true }
}

resource web 'Microsoft.Web/sites@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  identity: { type: 'UserAssigned', userAssignedIdentities: { '${identity.id}': {} } }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      appCommandLine: 'node dist/src/index.js'
      // The reminder scheduler runs inside the bot: an idle app that is unloaded sends no reminders.
      alwaysOn: true
      // App Service takes an instance out of rotation while /readyz says Cosmos DB is unreachable.
      healthCheckPath: '/readyz'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      appSettings: [
        { name: 'MicrosoftAppId', value: identity.properties.clientId }
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppTenantId', value: identity.properties.tenantId }
        { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
        { name: 'COSMOS_ENDPOINT', value: cosmos.properties.documentEndpoint }
        { name: 'COSMOS_DATABASE', value: cosmosDatabaseName }
        { name: 'BOT_STATE_TTL_DAYS', value: string(botStateTtlDays) }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'ALLOWED_TENANT_IDS', value: allowedTenantIds }
        { name: 'TENANT_HOLIDAYS', value: tenantHolidays }
        { name: 'BOT_DOMAIN', value: '${resourceBaseName}.azurewebsites.net' }
        { name: 'LOG_LEVEL', value: 'info' }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  sku: { name: 'F0' }
  kind: 'azurebot'
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${web.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: { channelName: 'MsTeamsChannel' }
}

output webAppName string = web.name
output botEndpoint string = bot.properties.endpoint
output botId string = identity.properties.clientId
output botDomain string = web.properties.defaultHostName
