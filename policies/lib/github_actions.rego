# METADATA
# title: GitHub Actions helpers
# description: >-
#   Shared wording of the workflow checks (src/parsers/github-actions.ts: a
#   'workflow' resource, then one resource per job).
# custom:
#   library: true
package evident.lib.github_actions

# env_owner(resource): whose env or inputs a message names: "the workflow's" for the workflow's
# own, else the job's id ("job/build").
env_owner(resource) := "the workflow's" if resource.kind == "workflow"

else := resource.id
