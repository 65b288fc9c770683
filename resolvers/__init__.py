"""Thin resolvers: authenticate the actor, decode input, call the rules service, map results."""
