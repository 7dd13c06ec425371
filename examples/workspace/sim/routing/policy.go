package routing

import (
	"errors"
	"fmt"
)

// RoutingPolicy picks the instance that serves a request.
type RoutingPolicy interface {
	// Route returns the index of the chosen instance.
	Route(req Request, loads []int) (int, error)
	Name() string
}

// Request is one inference request as the router sees it.
type Request struct {
	ID     string
	Tokens int
}

// ErrNoInstances is returned when there is nothing to route to.
var ErrNoInstances = errors.New("routing: no instances")

type leastLoaded struct{}

func (leastLoaded) Name() string { return "least-loaded" }

// Route picks the instance with the smallest load.
func (leastLoaded) Route(req Request, loads []int) (int, error) {
	if len(loads) == 0 {
		return 0, ErrNoInstances
	}
	best := 0
	for i, l := range loads {
		if l < loads[best] {
			best = i
		}
	}
	return best, nil
}

// NewRoutingPolicy builds a policy by name.
func NewRoutingPolicy(name string) (RoutingPolicy, error) {
	switch name {
	case "least-loaded":
		return leastLoaded{}, nil
	default:
		return nil, fmt.Errorf("routing: unknown policy %q", name)
	}
}
