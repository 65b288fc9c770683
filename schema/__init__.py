"""The GraphQL schema, in two layers (see README.md, "Layers"): the root (`schema.root`: the
`Schema` with its extensions; `schema.query`, `schema.mutation`) calls the resolvers, which
build the types, inputs and payloads of the other modules. Nothing is imported here, so that
importing a type does not import the root."""
