package evident.checks.terraform.azure_resource_outside_allowed_regions_test

import data.evident.checks.terraform.azure_resource_outside_allowed_regions as check

res(type, name, config) := {
	"id": concat(".", [type, name]), "mode": "managed", "type": type, "name": name,
	"file": "main.tf", "startLine": 1, "endLine": 9, "config": config,
}

unknown(expr) := {"__unknown__": expr, "refs": [expr]}

resources := [
	res("azurerm_resource_group", "us", {"location": "East US"}),
	res("azurerm_storage_account", "records", {"location": unknown("azurerm_resource_group.us.location")}),
	res("azurerm_resource_group", "eu", {"location": "West Europe"}),
	res("azurerm_storage_account", "eu", {"location": unknown("azurerm_resource_group.eu.location")}),
	res("azurerm_key_vault", "kv", {"location": "germanywestcentral"}),
	res("azurerm_cosmosdb_account", "db", {"location": "WestEurope", "geo_location": [{"location": "westeurope"}, {"location": "UK South"}]}),
	res("azurerm_dns_zone", "zone", {"location": "global"}),
	res("azurerm_key_vault", "unknown", {"location": unknown("var.location")}),
]

test_resources_outside_the_list_are_reported if {
	check.deny == {
		{
			"resource": "azurerm_resource_group.us",
			"path": ["config", "location"],
			"msg": "azurerm_resource_group.us is in East US, outside the allowed regions (West Europe, germanywestcentral)",
		},
		{
			"resource": "azurerm_storage_account.records",
			"path": ["config", "location"],
			"msg": "azurerm_storage_account.records is in East US (the location of azurerm_resource_group.us), outside the allowed regions (West Europe, germanywestcentral)",
		},
		{
			"resource": "azurerm_cosmosdb_account.db",
			"path": ["config", "geo_location", 1, "location"],
			"msg": "azurerm_cosmosdb_account.db replicates to UK South, outside the allowed regions (West Europe, germanywestcentral)",
		},
	} with input as {"type": "terraform", "resources": resources}
		with data.settings.allowed_regions as ["germanywestcentral", "West Europe"]
}

test_no_setting_or_empty_list_is_silent if {
	count(check.deny) == 0 with input as {"type": "terraform", "resources": resources}
	count(check.deny) == 0 with input as {"type": "terraform", "resources": resources} with data.settings.allowed_regions as []
}
