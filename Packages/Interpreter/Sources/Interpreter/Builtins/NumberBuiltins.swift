import Runtime

/// int, float and bool: their methods and the numeric built-in functions (abs, divmod, pow, round, hex, bin, oct).
func registerNumberBuiltins(_ builtins: Value) {
}
