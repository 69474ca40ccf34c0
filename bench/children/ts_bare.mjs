// Bare node: the baseline of the import row.
