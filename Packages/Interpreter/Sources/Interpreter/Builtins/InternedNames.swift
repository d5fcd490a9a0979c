import Runtime

/// Names the interpreter looks up on hot paths, interned once at set-up (looking a Swift String
/// up in the intern table costs a hash and a dictionary probe every time).
public struct InternedNames {
    public var dunderInit = Value.null
    public var dunderNew = Value.null
    public var dunderCall = Value.null
    public var dunderGetattr = Value.null
    public var dunderGetattribute = Value.null
    public var dunderSetattr = Value.null
    public var dunderGet = Value.null
    public var dunderSet = Value.null
    public var dunderDelete = Value.null
    public var dunderIter = Value.null
    public var dunderNext = Value.null
    public var dunderGetitem = Value.null
    public var dunderSetitem = Value.null
    public var dunderDelitem = Value.null
    public var dunderLen = Value.null
    public var dunderContains = Value.null
    public var dunderRepr = Value.null
    public var dunderStr = Value.null
    public var dunderHash = Value.null
    public var dunderEq = Value.null
    public var dunderBool = Value.null
    public var dunderClass = Value.null
    public var dunderDict = Value.null
    public var dunderName = Value.null
    public var dunderQualname = Value.null
    public var dunderModule = Value.null
    public var dunderEnter = Value.null
    public var dunderExit = Value.null
    public var dunderMissing = Value.null
    public var dunderIndex = Value.null

    mutating func intern() {
        func n(_ s: String) -> Value { internString(s) }
        dunderInit = n("__init__"); dunderNew = n("__new__"); dunderCall = n("__call__")
        dunderGetattr = n("__getattr__"); dunderGetattribute = n("__getattribute__"); dunderSetattr = n("__setattr__")
        dunderGet = n("__get__"); dunderSet = n("__set__"); dunderDelete = n("__delete__")
        dunderIter = n("__iter__"); dunderNext = n("__next__"); dunderGetitem = n("__getitem__")
        dunderSetitem = n("__setitem__"); dunderDelitem = n("__delitem__"); dunderLen = n("__len__")
        dunderContains = n("__contains__"); dunderRepr = n("__repr__"); dunderStr = n("__str__")
        dunderHash = n("__hash__"); dunderEq = n("__eq__"); dunderBool = n("__bool__")
        dunderClass = n("__class__"); dunderDict = n("__dict__"); dunderName = n("__name__")
        dunderQualname = n("__qualname__"); dunderModule = n("__module__"); dunderEnter = n("__enter__")
        dunderExit = n("__exit__"); dunderMissing = n("__missing__"); dunderIndex = n("__index__")
    }
}

nonisolated(unsafe) public var names = InternedNames()
