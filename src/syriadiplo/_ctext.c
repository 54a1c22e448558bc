/* syriadiplo._ctext: the per-character loops of the pipeline, in C.

   Built by the package build (setup.py) with the compiled modules; the pure-Python functions they
   stand for stay the reference, run from the sources, and tests compare the two:

   - Normalizer(table).line(text) is syriadiplo.normalize.normalize_line: every character of the
     table replaced by its replacement (none of which holds a character of the table), and whether
     no character was dropped or unfolded. One pass finds the first character that changes; a text
     without one is returned as it is.
   - Tokenizer(cache, make, token_type).tokenize(norm) is syriadiplo.lexicon.tokenize: the tokens
     are the runs of word characters (str.isalnum, or "_") and the single other characters of the
     text between whitespace (str.isspace). Each token is token_type(i, start, end, *cache[text]),
     where make(text) fills the cache for a text it does not hold yet.
   - Normalizer(table).marks(text) is syriadiplo.normalize.resizing_marks.
*/
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* ------------------------------------------------------------------ Normalizer */

#define BMP 0x10000

typedef struct {
    PyObject_HEAD
    uint16_t *slot;      /* code point (below BMP) -> 1 + index of its replacement, 0 when it stays */
    Py_ssize_t n;        /* replacements */
    Py_UCS4 **chars;     /* per replacement: its characters */
    Py_ssize_t *len;     /* per replacement: how many */
    Py_UCS4 *maxc;       /* per replacement: its largest character (0 when empty) */
} Normalizer;

static void
Normalizer_dealloc(Normalizer *self)
{
    if (self->chars != NULL) {
        for (Py_ssize_t k = 0; k < self->n; k++)
            PyMem_Free(self->chars[k]);
    }
    PyMem_Free(self->chars);
    PyMem_Free(self->len);
    PyMem_Free(self->maxc);
    PyMem_Free(self->slot);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int
Normalizer_init(Normalizer *self, PyObject *args, PyObject *kwds)
{
    PyObject *table;
    static char *kwlist[] = {"table", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O!:Normalizer", kwlist, &PyDict_Type, &table))
        return -1;
    if (self->slot != NULL) {
        PyErr_SetString(PyExc_TypeError, "Normalizer is initialized once");
        return -1;
    }
    Py_ssize_t n = PyDict_Size(table);
    if (n >= 0xFFFF) {
        PyErr_SetString(PyExc_ValueError, "Normalizer: too many replacements");
        return -1;
    }
    self->slot = PyMem_Calloc(BMP, sizeof(uint16_t));
    self->chars = PyMem_Calloc(n ? n : 1, sizeof(Py_UCS4 *));
    self->len = PyMem_Calloc(n ? n : 1, sizeof(Py_ssize_t));
    self->maxc = PyMem_Calloc(n ? n : 1, sizeof(Py_UCS4));
    if (!self->slot || !self->chars || !self->len || !self->maxc) {
        PyErr_NoMemory();
        return -1;
    }
    self->n = n;
    Py_ssize_t pos = 0, k = 0;
    PyObject *key, *value;
    while (PyDict_Next(table, &pos, &key, &value)) {
        long cp = PyLong_AsLong(key);
        if (cp == -1 && PyErr_Occurred())
            return -1;
        if (cp < 0 || cp >= BMP) {
            PyErr_Format(PyExc_ValueError, "Normalizer: code point %ld is outside the Basic Multilingual Plane", cp);
            return -1;
        }
        if (!PyUnicode_Check(value)) {
            PyErr_SetString(PyExc_TypeError, "Normalizer: replacements must be str");
            return -1;
        }
        Py_ssize_t m = PyUnicode_GET_LENGTH(value);
        Py_UCS4 *out = PyUnicode_AsUCS4Copy(value);
        if (out == NULL)
            return -1;
        Py_UCS4 mx = 0;
        for (Py_ssize_t j = 0; j < m; j++)
            if (out[j] > mx)
                mx = out[j];
        self->chars[k] = out;
        self->len[k] = m;
        self->maxc[k] = mx;
        self->slot[cp] = (uint16_t)(k + 1);
        k++;
    }
    return 0;
}

/* The three passes of line() over a text of code units T: the first character that changes (none:
   the text is returned as it is), the result's length and largest character, and the result. */
#define NORMALIZE_PASSES(T)                                                                  \
    {                                                                                        \
        const T *d = (const T *)data;                                                        \
        Py_ssize_t first = -1;                                                               \
        for (Py_ssize_t i = 0; i < n; i++) {                                                 \
            if (d[i] < BMP && slot[d[i]]) {                                                  \
                first = i;                                                                   \
                break;                                                                       \
            }                                                                                \
        }                                                                                    \
        if (first < 0)                                                                       \
            return Py_BuildValue("(OO)", text, Py_True);                                     \
        Py_ssize_t size = 0;                                                                 \
        Py_UCS4 maxchar = 0;                                                                 \
        int keeps = 1;                                                                       \
        for (Py_ssize_t i = 0; i < n; i++) {                                                 \
            Py_UCS4 c = d[i];                                                                \
            uint16_t s = c < BMP ? slot[c] : 0;                                              \
            if (s) {                                                                         \
                Py_ssize_t m = self->len[s - 1];                                             \
                size += m;                                                                   \
                if (m != 1)                                                                  \
                    keeps = 0;                                                               \
                if (self->maxc[s - 1] > maxchar)                                             \
                    maxchar = self->maxc[s - 1];                                             \
            }                                                                                \
            else {                                                                           \
                size++;                                                                      \
                if (c > maxchar)                                                             \
                    maxchar = c;                                                             \
            }                                                                                \
        }                                                                                    \
        PyObject *out = PyUnicode_New(size, maxchar);                                        \
        if (out == NULL)                                                                     \
            return NULL;                                                                     \
        int okind = PyUnicode_KIND(out);                                                     \
        void *odata = PyUnicode_DATA(out);                                                   \
        Py_ssize_t o = 0;                                                                    \
        for (Py_ssize_t i = 0; i < n; i++) {                                                 \
            Py_UCS4 c = d[i];                                                                \
            uint16_t s = c < BMP ? slot[c] : 0;                                              \
            if (s) {                                                                         \
                const Py_UCS4 *r = self->chars[s - 1];                                       \
                for (Py_ssize_t j = 0, m = self->len[s - 1]; j < m; j++)                     \
                    PyUnicode_WRITE(okind, odata, o++, r[j]);                                \
            }                                                                                \
            else {                                                                           \
                PyUnicode_WRITE(okind, odata, o++, c);                                       \
            }                                                                                \
        }                                                                                    \
        return Py_BuildValue("(NO)", out, keeps ? Py_True : Py_False);                      \
    }

/* line(text) -> (normalized text, keeps its length) */
static PyObject *
Normalizer_line(Normalizer *self, PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "line() takes a str");
        return NULL;
    }
    if (self->slot == NULL) {
        PyErr_SetString(PyExc_TypeError, "Normalizer is not initialized");
        return NULL;
    }
    const uint16_t *slot = self->slot;
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        NORMALIZE_PASSES(Py_UCS1)
    case PyUnicode_2BYTE_KIND:
        NORMALIZE_PASSES(Py_UCS2)
    default:
        NORMALIZE_PASSES(Py_UCS4)
    }
}

/* marks(text) -> (offsets of the characters that are dropped or unfolded, the running change of length
   after each): syriadiplo.normalize.resizing_marks */
static PyObject *
Normalizer_marks(Normalizer *self, PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "marks() takes a str");
        return NULL;
    }
    if (self->slot == NULL) {
        PyErr_SetString(PyExc_TypeError, "Normalizer is not initialized");
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), total = 0;
    PyObject *at = PyList_New(0), *shift = PyList_New(0);
    if (at == NULL || shift == NULL)
        goto fail;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        uint16_t s = c < BMP ? self->slot[c] : 0;
        if (!s || self->len[s - 1] == 1)
            continue;
        total += self->len[s - 1] - 1;
        PyObject *o = PyLong_FromSsize_t(i), *d = PyLong_FromSsize_t(total);
        int err = (o == NULL || d == NULL || PyList_Append(at, o) < 0 || PyList_Append(shift, d) < 0);
        Py_XDECREF(o);
        Py_XDECREF(d);
        if (err)
            goto fail;
    }
    return Py_BuildValue("(NN)", at, shift);
fail:
    Py_XDECREF(at);
    Py_XDECREF(shift);
    return NULL;
}

static PyMethodDef Normalizer_methods[] = {
    {"line", (PyCFunction)Normalizer_line, METH_O,
     "line(text) -> (text with every character of the table replaced, whether no character was dropped or unfolded)"},
    {"marks", (PyCFunction)Normalizer_marks, METH_O,
     "marks(text) -> (offsets of the characters dropped or unfolded, the running change of length after each)"},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject NormalizerType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "syriadiplo._ctext.Normalizer",
    .tp_basicsize = sizeof(Normalizer),
    .tp_dealloc = (destructor)Normalizer_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Normalizer(table: dict[int, str]): replaces each character of the table by its replacement.",
    .tp_methods = Normalizer_methods,
    .tp_init = (initproc)Normalizer_init,
    .tp_new = PyType_GenericNew,
};

/* ------------------------------------------------------------------ tokenize */

/* per BMP code point: WORD (str.isalnum, or "_"), SPACE (str.isspace) or 0; filled at import from
   the same Unicode database functions that str.isalnum and str.isspace call */
#define WORD 1
#define SPACE 2
static unsigned char char_class[BMP];

static void
fill_char_classes(void)
{
    for (Py_UCS4 c = 0; c < BMP; c++)
        char_class[c] = (c == '_' || Py_UNICODE_ISALNUM(c)) ? WORD : Py_UNICODE_ISSPACE(c) ? SPACE : 0;
}

static inline int
is_word(Py_UCS4 c)
{
    return c < BMP ? char_class[c] == WORD : (c == '_' || Py_UNICODE_ISALNUM(c));
}

static inline int
is_space(Py_UCS4 c)
{
    return c < BMP ? char_class[c] == SPACE : Py_UNICODE_ISSPACE(c);
}

/* token_type(i, start, end, *fields), built as a tuple subclass is: allocated with its items */
static PyObject *
make_token(PyTypeObject *token_type, Py_ssize_t i, Py_ssize_t start, Py_ssize_t end, PyObject *fields)
{
    Py_ssize_t nf = PyTuple_GET_SIZE(fields);
    PyObject *tok = token_type->tp_alloc(token_type, 3 + nf);
    if (tok == NULL)
        return NULL;
    PyObject *a = PyLong_FromSsize_t(i), *b = PyLong_FromSsize_t(start), *c = PyLong_FromSsize_t(end);
    if (a == NULL || b == NULL || c == NULL) {
        Py_XDECREF(a);
        Py_XDECREF(b);
        Py_XDECREF(c);
        Py_DECREF(tok);
        return NULL;
    }
    PyTuple_SET_ITEM(tok, 0, a);
    PyTuple_SET_ITEM(tok, 1, b);
    PyTuple_SET_ITEM(tok, 2, c);
    for (Py_ssize_t k = 0; k < nf; k++) {
        PyObject *f = PyTuple_GET_ITEM(fields, k);
        Py_INCREF(f);
        PyTuple_SET_ITEM(tok, 3 + k, f);
    }
    return tok;
}

/* A Tokenizer keeps, besides the Python cache, a table of the token texts it has seen, keyed by their
   characters: a word seen before is found without making its substring and hashing it as a str.
   Bounded: the table is emptied when three quarters full (the Python cache still holds the words). */
#define TABLE_SLOTS (1 << 16)

typedef struct {
    PyObject *text;      /* the token text (the key), NULL for an empty slot */
    PyObject *fields;    /* its cached fields */
    uint64_t hash;
} Slot;

typedef struct {
    PyObject_HEAD
    PyObject *cache;
    PyObject *make;
    PyTypeObject *token_type;
    Slot *slots;
    Py_ssize_t used;
} Tokenizer;

static void
Tokenizer_empty(Tokenizer *self)
{
    if (self->slots == NULL)
        return;
    for (Py_ssize_t k = 0; k < TABLE_SLOTS; k++) {
        Py_CLEAR(self->slots[k].text);
        Py_CLEAR(self->slots[k].fields);
    }
    self->used = 0;
}

static int
Tokenizer_traverse(Tokenizer *self, visitproc visit, void *arg)
{
    Py_VISIT(self->cache);
    Py_VISIT(self->make);
    Py_VISIT(self->token_type);
    if (self->slots != NULL) {
        for (Py_ssize_t k = 0; k < TABLE_SLOTS; k++)
            Py_VISIT(self->slots[k].fields);
    }
    return 0;
}

static int
Tokenizer_clear(Tokenizer *self)
{
    Py_CLEAR(self->cache);
    Py_CLEAR(self->make);
    Py_CLEAR(self->token_type);
    Tokenizer_empty(self);
    return 0;
}

static void
Tokenizer_dealloc(Tokenizer *self)
{
    PyObject_GC_UnTrack(self);
    Tokenizer_clear(self);
    PyMem_Free(self->slots);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int
Tokenizer_init(Tokenizer *self, PyObject *args, PyObject *kwds)
{
    PyObject *cache, *make, *token_type;
    static char *kwlist[] = {"cache", "make", "token_type", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O!OO!:Tokenizer", kwlist, &PyDict_Type, &cache, &make,
                                     &PyType_Type, &token_type))
        return -1;
    if (self->slots != NULL) {
        PyErr_SetString(PyExc_TypeError, "Tokenizer is initialized once");
        return -1;
    }
    if (!PyCallable_Check(make) || !PyType_IsSubtype((PyTypeObject *)token_type, &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError, "Tokenizer(cache: dict, make: callable, token_type: a tuple subclass)");
        return -1;
    }
    self->slots = PyMem_Calloc(TABLE_SLOTS, sizeof(Slot));
    if (self->slots == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    Py_INCREF(cache);
    Py_INCREF(make);
    Py_INCREF(token_type);
    self->cache = cache;
    self->make = make;
    self->token_type = (PyTypeObject *)token_type;
    return 0;
}

/* FNV-1a over the code points of norm[start:end] */
static inline uint64_t
chars_hash(int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    uint64_t h = 1469598103934665603ULL;
    for (Py_ssize_t j = start; j < end; j++) {
        h ^= PyUnicode_READ(kind, data, j);
        h *= 1099511628211ULL;
    }
    return h;
}

static inline int
same_chars(PyObject *key, int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    if (PyUnicode_GET_LENGTH(key) != end - start)
        return 0;
    int kkind = PyUnicode_KIND(key);
    const void *kdata = PyUnicode_DATA(key);
    for (Py_ssize_t j = 0; j < end - start; j++)
        if (PyUnicode_READ(kkind, kdata, j) != PyUnicode_READ(kind, data, start + j))
            return 0;
    return 1;
}

/* the cached fields of norm[start:end] (a new reference), from the table, else the Python cache, else make() */
static PyObject *
Tokenizer_fields(Tokenizer *self, PyObject *norm, int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    uint64_t h = chars_hash(kind, data, start, end);
    Py_ssize_t k = (Py_ssize_t)(h & (TABLE_SLOTS - 1));
    while (self->slots[k].text != NULL) {
        if (self->slots[k].hash == h && same_chars(self->slots[k].text, kind, data, start, end)) {
            Py_INCREF(self->slots[k].fields);
            return self->slots[k].fields;
        }
        k = (k + 1) & (TABLE_SLOTS - 1);
    }
    PyObject *t = PyUnicode_Substring(norm, start, end);
    if (t == NULL)
        return NULL;
    PyObject *fields = PyDict_GetItemWithError(self->cache, t);  /* borrowed */
    if (fields != NULL) {
        Py_INCREF(fields);
    }
    else if (PyErr_Occurred()) {
        Py_DECREF(t);
        return NULL;
    }
    else {
        fields = PyObject_CallOneArg(self->make, t);
        if (fields == NULL) {
            Py_DECREF(t);
            return NULL;
        }
    }
    if (!PyTuple_Check(fields)) {
        Py_DECREF(t);
        Py_DECREF(fields);
        PyErr_SetString(PyExc_TypeError, "Tokenizer: the cached fields of a token must be a tuple");
        return NULL;
    }
    if (self->used >= TABLE_SLOTS / 4 * 3) {
        Tokenizer_empty(self);
        k = (Py_ssize_t)(h & (TABLE_SLOTS - 1));
    }
    self->slots[k].text = t;  /* the table keeps the substring's reference */
    Py_INCREF(fields);
    self->slots[k].fields = fields;
    self->slots[k].hash = h;
    self->used++;
    return fields;
}

static PyObject *
Tokenizer_tokenize(Tokenizer *self, PyObject *norm)
{
    if (!PyUnicode_Check(norm)) {
        PyErr_SetString(PyExc_TypeError, "tokenize() takes a str");
        return NULL;
    }
    if (self->slots == NULL) {
        PyErr_SetString(PyExc_TypeError, "Tokenizer is not initialized");
        return NULL;
    }
    int kind = PyUnicode_KIND(norm);
    const void *data = PyUnicode_DATA(norm);
    Py_ssize_t n = PyUnicode_GET_LENGTH(norm);
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t i = 0, k = 0;
    while (i < n) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (is_space(c)) {
            i++;
            continue;
        }
        Py_ssize_t start = i++;
        if (is_word(c))
            while (i < n && is_word(PyUnicode_READ(kind, data, i)))
                i++;
        PyObject *fields = Tokenizer_fields(self, norm, kind, data, start, i);
        if (fields == NULL)
            goto fail;
        PyObject *tok = make_token(self->token_type, k++, start, i, fields);
        Py_DECREF(fields);
        if (tok == NULL)
            goto fail;
        int err = PyList_Append(out, tok);
        Py_DECREF(tok);
        if (err < 0)
            goto fail;
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

static PyMethodDef Tokenizer_methods[] = {
    {"tokenize", (PyCFunction)Tokenizer_tokenize, METH_O,
     "tokenize(norm) -> the tokens of a normalized text (syriadiplo.lexicon.tokenize)"},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject TokenizerType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "syriadiplo._ctext.Tokenizer",
    .tp_basicsize = sizeof(Tokenizer),
    .tp_dealloc = (destructor)Tokenizer_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "Tokenizer(cache, make, token_type): tokens as token_type(i, start, end, *cache[text]); make(text) fills the cache.",
    .tp_traverse = (traverseproc)Tokenizer_traverse,
    .tp_clear = (inquiry)Tokenizer_clear,
    .tp_methods = Tokenizer_methods,
    .tp_init = (initproc)Tokenizer_init,
    .tp_new = PyType_GenericNew,
};

/* ------------------------------------------------------------------ module */

static PyMethodDef ctext_methods[] = {
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef ctext_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "syriadiplo._ctext",
    .m_doc = "The per-character loops of syriadiplo's normalizer and tokenizer, in C.",
    .m_size = -1,
    .m_methods = ctext_methods,
};

PyMODINIT_FUNC
PyInit__ctext(void)
{
    PyTypeObject *types[] = {&NormalizerType, &TokenizerType};
    fill_char_classes();
    PyObject *m = PyModule_Create(&ctext_module);
    if (m == NULL)
        return NULL;
    for (size_t k = 0; k < sizeof(types) / sizeof(types[0]); k++) {
        /* the public name is what follows the module's name in tp_name */
        if (PyType_Ready(types[k]) < 0 || PyModule_AddType(m, types[k]) < 0) {
            Py_DECREF(m);
            return NULL;
        }
    }
    return m;
}
