package main

import (
	"fmt"

	"example.com/sim/sim/routing"
)

func main() {
	p, err := routing.NewRoutingPolicy("least-loaded")
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Name())
}
