package config

// Defaults are used when a flag is not given.
const DefaultInstances = 4
