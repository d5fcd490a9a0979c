/// Every built-in type, created by `bootstrap()` from `BuiltinTypes.definitions`. Exceptions are
/// named exactly as in Python so that `types.ValueError` reads like the Python it stands for.
public struct BuiltinTypes {
    static let placeholder = TypeRef(bitPattern: 0x10)!

    public var object = placeholder, type = placeholder, int = placeholder, bool = placeholder
    public var float = placeholder, complex = placeholder, str = placeholder, bytes = placeholder
    public var tuple = placeholder, list = placeholder, dict = placeholder, set = placeholder
    public var frozenset = placeholder, noneType = placeholder, notImplementedType = placeholder
    public var ellipsisType = placeholder, function = placeholder, builtinFunction = placeholder
    public var method = placeholder, methodDescriptor = placeholder, code = placeholder, cell = placeholder
    public var memberDescriptor = placeholder
    public var module = placeholder, range = placeholder, slice = placeholder
    public var listIterator = placeholder, listReverseIterator = placeholder, tupleIterator = placeholder
    public var rangeIterator = placeholder, strIterator = placeholder, bytesIterator = placeholder
    public var dictKeyIterator = placeholder, dictValueIterator = placeholder, dictItemIterator = placeholder
    public var dictKeys = placeholder, dictValues = placeholder, dictItems = placeholder
    public var setIterator = placeholder, sequenceIterator = placeholder, callableIterator = placeholder
    public var enumerate = placeholder, zip = placeholder, map = placeholder, filter = placeholder
    public var reversed = placeholder, generator = placeholder, traceback = placeholder
    public var property = placeholder, staticmethod = placeholder, classmethod = placeholder
    public var superType = placeholder, simpleNamespace = placeholder, frame = placeholder
    public var storage = placeholder, unionType = placeholder

    public var BaseException = placeholder, SystemExit = placeholder, KeyboardInterrupt = placeholder
    public var GeneratorExit = placeholder, Exception = placeholder, StopIteration = placeholder
    public var ArithmeticError = placeholder, FloatingPointError = placeholder, OverflowError = placeholder
    public var ZeroDivisionError = placeholder, AssertionError = placeholder, AttributeError = placeholder
    public var BufferError = placeholder, EOFError = placeholder, ImportError = placeholder
    public var ModuleNotFoundError = placeholder, LookupError = placeholder, IndexError = placeholder
    public var KeyError = placeholder, MemoryError = placeholder, NameError = placeholder
    public var UnboundLocalError = placeholder, OSError = placeholder, FileNotFoundError = placeholder
    public var ReferenceError = placeholder, RuntimeError = placeholder, NotImplementedError = placeholder
    public var RecursionError = placeholder, SyntaxError = placeholder, IndentationError = placeholder
    public var TabError = placeholder, SystemError = placeholder, TypeError = placeholder
    public var ValueError = placeholder, UnicodeError = placeholder, UnicodeDecodeError = placeholder
    public var UnicodeEncodeError = placeholder, Warning = placeholder, UserWarning = placeholder
    public var DeprecationWarning = placeholder, RuntimeWarning = placeholder
    public var StopAsyncIteration = placeholder, ConnectionError = placeholder, BlockingIOError = placeholder
    public var BrokenPipeError = placeholder, ChildProcessError = placeholder, ConnectionAbortedError = placeholder
    public var ConnectionRefusedError = placeholder, ConnectionResetError = placeholder, FileExistsError = placeholder
    public var InterruptedError = placeholder, IsADirectoryError = placeholder, NotADirectoryError = placeholder
    public var PermissionError = placeholder, ProcessLookupError = placeholder, TimeoutError = placeholder
    public var UnicodeTranslateError = placeholder, PendingDeprecationWarning = placeholder, SyntaxWarning = placeholder
    public var FutureWarning = placeholder, ImportWarning = placeholder, UnicodeWarning = placeholder
    public var BytesWarning = placeholder, ResourceWarning = placeholder, EncodingWarning = placeholder
    /// Raised for valid Python that Hotpath does not support; reported as `hotpath: unsupported`.
    public var HotpathUnsupported = placeholder

    struct Definition {
        var field: WritableKeyPath<BuiltinTypes, TypeRef>
        var name: String
        var base: WritableKeyPath<BuiltinTypes, TypeRef>?
        var kind: ObjectKind
        var flags: TypeFlags
    }

    /// The built-in types in creation order (every base before its subclasses).
    static let definitions: [Definition] = {
        var d: [Definition] = []
        func add(_ field: WritableKeyPath<BuiltinTypes, TypeRef>, _ name: String, _ kind: ObjectKind,
                 base: WritableKeyPath<BuiltinTypes, TypeRef>? = \.object, subclassable: Bool = false) {
            d.append(Definition(field: field, name: name, base: base, kind: kind,
                                flags: subclassable ? [.immutable, .baseType] : [.immutable]))
        }
        add(\.object, "object", .instance, base: nil, subclassable: true)
        add(\.type, "type", .type, subclassable: true)
        add(\.storage, "storage", .valueStorage)
        add(\.str, "str", .str, subclassable: true)
        add(\.dict, "dict", .dict, subclassable: true)
        add(\.tuple, "tuple", .tuple, subclassable: true)
        add(\.int, "int", .bigInt, subclassable: true)
        add(\.bool, "bool", .bigInt, base: \.int)
        add(\.float, "float", .bigInt, subclassable: true)
        add(\.complex, "complex", .instance)
        add(\.bytes, "bytes", .bytes, subclassable: true)
        add(\.list, "list", .list, subclassable: true)
        add(\.set, "set", .set, subclassable: true)
        add(\.frozenset, "frozenset", .frozenset, subclassable: true)
        add(\.noneType, "NoneType", .instance)
        add(\.notImplementedType, "NotImplementedType", .instance)
        add(\.ellipsisType, "ellipsis", .instance)
        add(\.function, "function", .function)
        add(\.builtinFunction, "builtin_function_or_method", .builtinFunction)
        add(\.method, "method", .boundMethod)
        add(\.methodDescriptor, "method_descriptor", .methodDescriptor)
        add(\.memberDescriptor, "member_descriptor", .memberDescriptor)
        add(\.code, "code", .code)
        add(\.cell, "cell", .cell)
        add(\.module, "module", .module)
        add(\.range, "range", .range)
        add(\.slice, "slice", .slice)
        add(\.listIterator, "list_iterator", .listIterator)
        add(\.listReverseIterator, "list_reverseiterator", .listIterator)
        add(\.tupleIterator, "tuple_iterator", .tupleIterator)
        add(\.rangeIterator, "range_iterator", .rangeIterator)
        add(\.strIterator, "str_iterator", .strIterator)
        add(\.bytesIterator, "bytes_iterator", .bytesIterator)
        add(\.dictKeyIterator, "dict_keyiterator", .dictIterator)
        add(\.dictValueIterator, "dict_valueiterator", .dictIterator)
        add(\.dictItemIterator, "dict_itemiterator", .dictIterator)
        add(\.dictKeys, "dict_keys", .namespace)
        add(\.dictValues, "dict_values", .namespace)
        add(\.dictItems, "dict_items", .namespace)
        add(\.setIterator, "set_iterator", .setIterator)
        add(\.sequenceIterator, "iterator", .sequenceIterator)
        add(\.callableIterator, "callable_iterator", .callIterator)
        add(\.enumerate, "enumerate", .enumerate, subclassable: true)
        add(\.zip, "zip", .zip)
        add(\.map, "map", .map)
        add(\.filter, "filter", .filter)
        add(\.reversed, "reversed", .reversed)
        add(\.generator, "generator", .generator)
        add(\.traceback, "traceback", .traceback)
        add(\.property, "property", .property, subclassable: true)
        add(\.staticmethod, "staticmethod", .staticMethod)
        add(\.classmethod, "classmethod", .classMethod)
        add(\.superType, "super", .superObject)
        add(\.simpleNamespace, "types.SimpleNamespace", .namespace)
        add(\.unionType, "types.UnionType", .tuple)
        add(\.frame, "frame", .frameStorage)

        func exception(_ field: WritableKeyPath<BuiltinTypes, TypeRef>, _ name: String,
                       _ base: WritableKeyPath<BuiltinTypes, TypeRef>) {
            d.append(Definition(field: field, name: name, base: base, kind: .exception,
                                flags: [.immutable, .baseType, .exception]))
        }
        exception(\.BaseException, "BaseException", \.object)
        exception(\.SystemExit, "SystemExit", \.BaseException)
        exception(\.KeyboardInterrupt, "KeyboardInterrupt", \.BaseException)
        exception(\.GeneratorExit, "GeneratorExit", \.BaseException)
        exception(\.Exception, "Exception", \.BaseException)
        exception(\.StopIteration, "StopIteration", \.Exception)
        exception(\.StopAsyncIteration, "StopAsyncIteration", \.Exception)
        exception(\.ArithmeticError, "ArithmeticError", \.Exception)
        exception(\.FloatingPointError, "FloatingPointError", \.ArithmeticError)
        exception(\.OverflowError, "OverflowError", \.ArithmeticError)
        exception(\.ZeroDivisionError, "ZeroDivisionError", \.ArithmeticError)
        exception(\.AssertionError, "AssertionError", \.Exception)
        exception(\.AttributeError, "AttributeError", \.Exception)
        exception(\.BufferError, "BufferError", \.Exception)
        exception(\.EOFError, "EOFError", \.Exception)
        exception(\.ImportError, "ImportError", \.Exception)
        exception(\.ModuleNotFoundError, "ModuleNotFoundError", \.ImportError)
        exception(\.LookupError, "LookupError", \.Exception)
        exception(\.IndexError, "IndexError", \.LookupError)
        exception(\.KeyError, "KeyError", \.LookupError)
        exception(\.MemoryError, "MemoryError", \.Exception)
        exception(\.NameError, "NameError", \.Exception)
        exception(\.UnboundLocalError, "UnboundLocalError", \.NameError)
        exception(\.OSError, "OSError", \.Exception)
        exception(\.FileNotFoundError, "FileNotFoundError", \.OSError)
        exception(\.BlockingIOError, "BlockingIOError", \.OSError)
        exception(\.ChildProcessError, "ChildProcessError", \.OSError)
        exception(\.ConnectionError, "ConnectionError", \.OSError)
        exception(\.BrokenPipeError, "BrokenPipeError", \.ConnectionError)
        exception(\.ConnectionAbortedError, "ConnectionAbortedError", \.ConnectionError)
        exception(\.ConnectionRefusedError, "ConnectionRefusedError", \.ConnectionError)
        exception(\.ConnectionResetError, "ConnectionResetError", \.ConnectionError)
        exception(\.FileExistsError, "FileExistsError", \.OSError)
        exception(\.InterruptedError, "InterruptedError", \.OSError)
        exception(\.IsADirectoryError, "IsADirectoryError", \.OSError)
        exception(\.NotADirectoryError, "NotADirectoryError", \.OSError)
        exception(\.PermissionError, "PermissionError", \.OSError)
        exception(\.ProcessLookupError, "ProcessLookupError", \.OSError)
        exception(\.TimeoutError, "TimeoutError", \.OSError)
        exception(\.ReferenceError, "ReferenceError", \.Exception)
        exception(\.RuntimeError, "RuntimeError", \.Exception)
        exception(\.NotImplementedError, "NotImplementedError", \.RuntimeError)
        exception(\.RecursionError, "RecursionError", \.RuntimeError)
        exception(\.SyntaxError, "SyntaxError", \.Exception)
        exception(\.IndentationError, "IndentationError", \.SyntaxError)
        exception(\.TabError, "TabError", \.IndentationError)
        exception(\.SystemError, "SystemError", \.Exception)
        exception(\.TypeError, "TypeError", \.Exception)
        exception(\.ValueError, "ValueError", \.Exception)
        exception(\.UnicodeError, "UnicodeError", \.ValueError)
        exception(\.UnicodeDecodeError, "UnicodeDecodeError", \.UnicodeError)
        exception(\.UnicodeEncodeError, "UnicodeEncodeError", \.UnicodeError)
        exception(\.UnicodeTranslateError, "UnicodeTranslateError", \.UnicodeError)
        exception(\.Warning, "Warning", \.Exception)
        exception(\.UserWarning, "UserWarning", \.Warning)
        exception(\.DeprecationWarning, "DeprecationWarning", \.Warning)
        exception(\.RuntimeWarning, "RuntimeWarning", \.Warning)
        exception(\.PendingDeprecationWarning, "PendingDeprecationWarning", \.Warning)
        exception(\.SyntaxWarning, "SyntaxWarning", \.Warning)
        exception(\.FutureWarning, "FutureWarning", \.Warning)
        exception(\.ImportWarning, "ImportWarning", \.Warning)
        exception(\.UnicodeWarning, "UnicodeWarning", \.Warning)
        exception(\.BytesWarning, "BytesWarning", \.Warning)
        exception(\.ResourceWarning, "ResourceWarning", \.Warning)
        exception(\.EncodingWarning, "EncodingWarning", \.Warning)
        exception(\.HotpathUnsupported, "HotpathUnsupported", \.BaseException)
        return d
    }()

    /// Every built-in type, in definition order.
    public var all: [TypeRef] { BuiltinTypes.definitions.map { self[keyPath: $0.field] } }

    /// Built-in exception types by name (for the builtins module).
    public var exceptions: [(name: String, type: TypeRef)] {
        BuiltinTypes.definitions.filter { $0.kind == .exception }.map { ($0.name, self[keyPath: $0.field]) }
    }

    /// Creates the type objects, then their names, dicts, bases and MROs. Types are allocated
    /// first because strings, tuples and dicts need their types to exist.
    mutating func bootstrap() {
        let size = MemoryLayout<TypeObject>.stride
        for definition in BuiltinTypes.definitions {
            // `type` does not exist yet for the first allocations; patched right below.
            let typeOfType = definition.field == \BuiltinTypes.object ? BuiltinTypes.placeholder : type
            let raw = rt.pointee.heap.allocate(size: size, kind: .type, type: typeOfType)
            let t = raw.assumingMemoryBound(to: TypeObject.self)
            t.pointee.instanceKind = definition.kind
            t.pointee.flags = definition.flags
            t.pointee.version = rt.pointee.nextTypeVersionTag()
            self[keyPath: definition.field] = t
            if definition.field == \BuiltinTypes.type {
                object.pointee.header.type = t
                t.pointee.header.type = t
            }
        }
        // Every field that holds a Value starts as the float 0.0 (zeroed memory): make them NULL.
        for definition in BuiltinTypes.definitions {
            let t = self[keyPath: definition.field]
            t.pointee.name = .null; t.pointee.qualifiedName = .null; t.pointee.module = .null
            t.pointee.base = .null; t.pointee.bases = .null; t.pointee.mro = .null; t.pointee.dict = .null
            t.pointee.subclasses = .null; t.pointee.instanceShape = .null; t.pointee.slotNames = .null
        }
        for definition in BuiltinTypes.definitions {
            let t = self[keyPath: definition.field]
            let name = internString(definition.name.hasPrefix("types.") ? String(definition.name.dropFirst(6)) : definition.name)
            t.pointee.name = name
            t.pointee.qualifiedName = name
            if definition.name.hasPrefix("types.") { t.pointee.module = internString("types") }
            t.pointee.dict = newDict()
            t.pointee.subclasses = newList(capacity: 0)
            t.pointee.builtinBase = t
            if let base = definition.base {
                let baseType = self[keyPath: base]
                t.pointee.base = baseType.asValue
                t.pointee.bases = newTuple([baseType.asValue])
                listAppend(baseType.pointee.subclasses.object(as: ListObject.self), t.asValue)
                let baseMRO = baseType.pointee.mro
                var mro = [t.asValue]
                for i in 0..<baseMRO.tupleCount { mro.append(baseMRO.tupleItems[i]) }
                t.pointee.mro = newTuple(mro)
                if definition.kind == .exception { t.pointee.builtinBase = BaseException }
            } else {
                t.pointee.bases = newTuple([])
                t.pointee.mro = newTuple([t.asValue])
            }
        }
        bool.pointee.flags.remove(.baseType)
    }
}

extension RuntimeState {
    mutating func nextTypeVersionTag() -> UInt32 {
        defer { nextTypeVersion &+= 1 }
        return nextTypeVersion
    }
}
