// Fixture of a custom framework (catalog + mapping) shared by the custom framework tests.

/** A small organisation catalog: two automated controls, one manual. */
export const ACME_CATALOG = `framework: acme
title: ACME security baseline
version: "2025"
source: https://intranet.example.org/acme-baseline
description: The ACME internal security baseline for systems that hold customer health data.
groups:
  - id: ACME-1
    title: Data protection
  - id: ACME-2
    title: Governance
controls:
  - id: ACME-1.1
    group: ACME-1
    title: Databases encrypted at rest
    kind: automated
    description: Every database that holds customer data encrypts its storage.
    guidance: Look at the storage encryption flag of every database resource.
  - id: ACME-1.2
    group: ACME-1
    title: No public databases
    kind: automated
    description: No database is reachable from the internet directly, only via the app tier.
    guidance: Look at the public accessibility flag of every database resource.
  - id: ACME-2.1
    group: ACME-2
    title: Security owner named
    requirement: addressable
    kind: manual
    description: Every system has a named security owner who approves changes to it.
    guidance: Ask for the register of system owners and check it is current.
`;

export const ACME_MAPPING = `framework: acme
controls:
  ACME-1.2: [EVD-TF-003, EVD-TF-004]
  ACME-1.1: [EVD-TF-002, EVD-TF-001]
`;
