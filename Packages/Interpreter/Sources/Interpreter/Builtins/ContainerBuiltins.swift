import Runtime

/// list, tuple, dict, set, frozenset, range and dict views: their methods, sorting, sorted().
func registerContainerBuiltins(_ builtins: Value) {
}
