"""Response models, one module per resource: a call imports only the models its resource uses."""
