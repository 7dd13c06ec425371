/** Temporary fixture workspaces: Go files and plans written by the tests themselves. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface TempWorkspace {
  root: string;
  /** Absolute path of a workspace-relative path. */
  abs(rel: string): string;
  /** file:// URI of a workspace-relative path. */
  uri(rel: string): string;
  write(rel: string, text: string): void;
  remove(): void;
}

export function makeWorkspace(files: Record<string, string>, prefix = 'macroplan-lsp-'): TempWorkspace {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  const ws: TempWorkspace = {
    root,
    abs: (rel) => path.join(root, rel),
    uri: (rel) => pathToFileURL(path.join(root, rel)).href,
    write(rel, text) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    },
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
  for (const [rel, text] of Object.entries(files)) ws.write(rel, text);
  return ws;
}

/** A small Go package: a routing policy with a constructor, an interface and a method. */
export const POLICY_GO = `package routing

import "errors"

// RoutingPolicy picks an instance for a request.
type RoutingPolicy interface {
	Route(req Request) (int, error)
	Name() string
}

// Request is what gets routed.
type Request struct {
	ID     string
	Tokens int
}

// LeastLoaded routes to the instance with the fewest requests.
type LeastLoaded struct {
	loads []int
}

// Route picks the least loaded instance.
func (l *LeastLoaded) Route(req Request) (int, error) {
	best := 0
	for i, n := range l.loads {
		if n < l.loads[best] {
			best = i
		}
	}
	return best, nil
}

// Name names the policy.
func (l *LeastLoaded) Name() string { return "least-loaded" }

// NewRoutingPolicy builds a policy by name.
func NewRoutingPolicy(name string) (RoutingPolicy, error) {
	switch name {
	case "least-loaded":
		return &LeastLoaded{}, nil
	default:
		return nil, errors.New("unknown policy " + name)
	}
}
`;

export const QUEUE_GO = `package queue

// EventQueue keeps events ordered by time.
type EventQueue struct {
	events []int
}

// Push adds an event.
func (q *EventQueue) Push(t int) {
	q.events = append(q.events, t)
}
`;

/** A Go file with one function, `Route`, at lines 4-12 (cited as `sim/routing.go:4-12`). */
export const ROUTE_GO = `package sim

// Route picks the instance with the fewest requests.
func Route(loads []int) int {
	best := 0
	for i, l := range loads {
		if l < loads[best] {
			best = i
		}
	}
	return best
}
`;

/** ROUTE_GO after a commit inserted three lines above Route: it moved from 4-12 to 7-15. */
export const ROUTE_GO_MOVED = ROUTE_GO.replace('\n// Route', '\n// Weight is what one request costs.\nconst Weight = 1\n\n// Route');

/** A note citing Route at its first place. */
export const ROUTE_NOTES = '# Routing notes\n\nThe router is `Route` (`sim/routing.go:4-12`).\n';
