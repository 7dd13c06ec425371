package queue

// EventQueue orders simulation events by time.
type EventQueue struct {
	items []Event
}

// Event is something that happens at a point in simulated time.
type Event struct {
	At   int64
	Kind string
}

// Push adds an event, keeping the queue ordered.
func (q *EventQueue) Push(e Event) {
	i := len(q.items)
	q.items = append(q.items, e)
	for i > 0 && q.items[i-1].At > e.At {
		q.items[i] = q.items[i-1]
		i--
	}
	q.items[i] = e
}

// Len reports how many events are waiting.
func (q *EventQueue) Len() int { return len(q.items) }
