"""Resource classes, one module per resource; imported lazily by the client."""
