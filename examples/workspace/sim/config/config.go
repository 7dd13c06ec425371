package config

// SimConfig holds the knobs of one simulation run.
type SimConfig struct {
	Instances int
	Policy    string
}
