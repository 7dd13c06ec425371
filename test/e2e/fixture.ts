// The workspace the end-to-end tests open: a tiny Go module and a plan that cites it, with one
// good citation, a drifted one (MP004), a line range past the end of a file (MP003) and a
// missing file (MP001).

export const CLUSTER_GO = `package sim

// Cluster holds the simulated machines.
type Cluster struct {
	Nodes []string
	Clock int64
}

// NewCluster builds a cluster of n nodes.
func NewCluster(n int) *Cluster {
	c := &Cluster{}
	for i := 0; i < n; i++ {
		c.Nodes = append(c.Nodes, "node")
	}
	return c
}

// Step advances the simulated clock by one tick.
func (c *Cluster) Step() {
	c.Clock++
}
`;

export const ROUTING_GO = `package sim

// RoutingPolicy picks the node that serves a request.
type RoutingPolicy interface {
	Route(req string) int
}
`;

/** routing.go after an edit on disk: RoutingPolicy now sits at lines 40-42 of 45. */
export const ROUTING_GO_GROWN = [
  'package sim',
  ...Array.from({ length: 37 }, (_, i) => `// note ${i + 1}`),
  '// RoutingPolicy picks the node that serves a request.',
  'type RoutingPolicy interface {',
  '\tRoute(req string) int',
  '}',
  '',
  '// DefaultPolicy is the policy used when none is configured.',
  'var DefaultPolicy RoutingPolicy',
].join('\n') + '\n';

export const PLAN_PATH = 'docs/sim-plan.md';

/** 1-based line numbers of the interesting citations in PLAN. */
export const LINES = { good: 7, drifted: 8, outOfRange: 9, missing: 10 } as const;

export const PLAN = `# Simulator plan

## Recon

What exists today:

- \`NewCluster\` builds the cluster (\`sim/cluster.go:10-16\`).
- \`Step\` advances the clock (\`sim/cluster.go:4-7\`).
- The router **RoutingPolicy** is declared in \`sim/routing.go:40-45\`.
- Configuration is read in \`sim/config.go:12\`.

## Next
`;

export const WORKSPACE: Record<string, string> = {
  'go.mod': 'module example.com/sim\n\ngo 1.22\n',
  'sim/cluster.go': CLUSTER_GO,
  'sim/routing.go': ROUTING_GO,
  [PLAN_PATH]: PLAN,
};
