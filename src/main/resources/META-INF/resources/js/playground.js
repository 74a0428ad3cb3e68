/*
 * The GraphQL playground (/playground): GraphiQL 3 with the page's example queries as tabs, the first one run at once,
 * ?query= (and ?variables=) from the "Query this in GraphQL" links as the first tab, and a query explorer of our own
 * (no explorer plugin is published as a Maven web dependency): the Query type's fields from the schema GraphiQL has
 * already fetched, to tick, with inputs for their arguments; each change writes the query into the editor.
 * Without this script the page stays a form that GET /graphql answers with JSON.
 */
(function () {
  'use strict';
  var root = document.getElementById('graphiql');
  if (!root || !window.React || !window.ReactDOM || !window.GraphiQL) {
    return;
  }
  var h = React.createElement;
  var G = GraphiQL.GraphQL;
  var R = GraphiQL.React;
  var params = new URLSearchParams(location.search);
  var links = Array.prototype.slice.call(document.querySelectorAll('[data-example]'));
  var examples = links.map(function (a) { return { query: a.getAttribute('data-query') }; });
  var given = params.get('query');
  var startTab = 0;
  var tabs = examples;
  if (given && given.trim()) {
    startTab = examples.findIndex(function (e) { return e.query === given; });
    if (startTab < 0) {
      startTab = 0;
      tabs = [{ query: given, variables: params.get('variables') || undefined }].concat(examples);
    }
  }

  // Tabs live in memory only: every visit opens on the examples (or the linked query), never on stale tabs.
  function memoryStorage() {
    var items = {};
    return {
      getItem: function (k) { return Object.prototype.hasOwnProperty.call(items, k) ? items[k] : null; },
      setItem: function (k, v) { items[k] = String(v); },
      removeItem: function (k) { delete items[k]; },
      clear: function () { items = {}; },
      get length() { return Object.keys(items).length; },
      key: function (i) { return Object.keys(items)[i] || null; }
    };
  }

  // GraphiQL's editor and execution contexts, for the example links outside GraphiQL; rendered in its toolbar.
  var bridge = { started: false };
  function Bridge() {
    var editor = R.useEditorContext({ nonNull: true });
    bridge.editor = editor;
    bridge.execution = R.useExecutionContext({ nonNull: true });
    React.useEffect(function () {
      if (bridge.started || !editor.queryEditor || !editor.responseEditor) {
        return;
      }
      bridge.started = true;
      if (startTab > 0) {
        editor.changeTab(startTab);
      }
      // A linked mutation is never run by itself; a read is, so the page opens with data.
      if (!/^\s*mutation\b/m.test(tabs[startTab] ? tabs[startTab].query : '')) {
        run();
      }
    }, [editor.queryEditor, editor.responseEditor]);
    return null;
  }

  // GraphiQL learns a query's operations in a debounced change handler, and run() sends the operation name it knows:
  // right after a query is set, the previous query's name ("no operation named …"). Set them at once, as it will.
  function syncOperation(queryEditor) {
    try {
      var ast = G.parse(queryEditor.getValue());
      var operations = ast.definitions.filter(function (d) { return d.kind === 'OperationDefinition'; });
      queryEditor.documentAST = ast;
      queryEditor.operations = operations;
      queryEditor.operationName = operations.length && operations[0].name ? operations[0].name.value : null;
    } catch (e) {
      // Not a document (yet): GraphiQL shows the syntax error itself.
    }
  }

  // After a tab change the editors take the tab's text on the next render: run on the next turn.
  function run() {
    setTimeout(function () {
      syncOperation(bridge.editor.queryEditor);
      bridge.execution.run();
    }, 0);
  }

  links.forEach(function (a) {
    a.addEventListener('click', function (event) {
      if (!bridge.editor || !bridge.editor.queryEditor) {
        return;
      }
      event.preventDefault();
      var query = a.getAttribute('data-query');
      var index = bridge.editor.tabs.findIndex(function (t) { return t.query === query; });
      if (index >= 0) {
        bridge.editor.changeTab(index);
      } else {
        bridge.editor.queryEditor.setValue(query);
      }
      run();
      root.scrollIntoView({ block: 'start' });
    });
  });

  // ---- The query explorer ----
  function isComposite(type) {
    return G.isObjectType(type) || G.isInterfaceType(type);
  }

  function isLeafInput(type) {
    var named = G.getNamedType(type);
    return G.isScalarType(named) || G.isEnumType(named);
  }

  function literal(type, text) {
    var named = G.getNamedType(type);
    var list = G.isListType(G.getNullableType(type));
    var items = list ? text.split(',').map(function (s) { return s.trim(); }).filter(Boolean) : [text.trim()];
    var out = items.map(function (v) {
      var bare = G.isEnumType(named) || named.name === 'Boolean'
          || ((named.name === 'Int' || named.name === 'Float') && /^-?\d+(\.\d+)?$/.test(v));
      return bare ? v : JSON.stringify(v);
    });
    return list ? '[' + out.join(', ') + ']' : out[0];
  }

  function argumentsText(field, args) {
    var parts = [];
    field.args.forEach(function (a) {
      var named = G.getNamedType(a.type);
      if (G.isInputObjectType(named)) {
        var inner = Object.values(named.getFields()).filter(function (f) { return args[a.name + '.' + f.name]; })
            .map(function (f) { return f.name + ': ' + literal(f.type, args[a.name + '.' + f.name]); });
        if (inner.length) {
          parts.push(a.name + ': { ' + inner.join(', ') + ' }');
        }
      } else if (args[a.name]) {
        parts.push(a.name + ': ' + literal(a.type, args[a.name]));
      }
    });
    return parts.length ? '(' + parts.join(', ') + ')' : '';
  }

  function selectionText(type, prefix, selected, indent) {
    return Object.values(type.getFields()).filter(function (f) { return selected[prefix + f.name]; }).map(function (f) {
      var path = prefix + f.name;
      var named = G.getNamedType(f.type);
      var head = indent + f.name + argumentsText(f, selected[path]);
      if (isComposite(named)) {
        var inner = selectionText(named, path + '.', selected, indent + '  ');
        return head + ' {\n' + (inner || indent + '  __typename') + '\n' + indent + '}';
      }
      return G.isUnionType(named) ? head + ' { __typename }' : head;
    }).join('\n');
  }

  function firstLeaf(type) {
    var fields = type.getFields();
    if (fields.name) {
      return 'name';
    }
    return Object.keys(fields).find(function (n) { return !isComposite(G.getNamedType(fields[n].type)); });
  }

  function Explorer() {
    var schema = R.useSchemaContext({ nonNull: true }).schema;
    var editor = R.useEditorContext({ nonNull: true });
    var state = React.useState({});
    var selected = state[0];
    var setSelected = state[1];
    if (!schema) {
      return h('p', { className: 'pg-explorer-note' }, 'Loading the schema…');
    }
    var queryType = schema.getQueryType();

    function change(next) {
      setSelected(next);
      var body = selectionText(queryType, '', next, '  ');
      if (editor.queryEditor) {
        editor.queryEditor.setValue(body ? 'query Explorer {\n' + body + '\n}\n' : '');
        syncOperation(editor.queryEditor);
      }
    }

    function toggle(path, field) {
      var next = Object.assign({}, selected);
      if (next[path]) {
        Object.keys(next).forEach(function (k) {
          if (k === path || k.indexOf(path + '.') === 0) {
            delete next[k];
          }
        });
      } else {
        next[path] = {};
        var named = G.getNamedType(field.type);
        var leaf = isComposite(named) ? firstLeaf(named) : null;
        if (leaf) {
          next[path + '.' + leaf] = {};
        }
      }
      change(next);
    }

    function setArgument(path, key, value) {
      var next = Object.assign({}, selected);
      next[path] = Object.assign({}, next[path]);
      next[path][key] = value;
      change(next);
    }

    function input(path, key, type) {
      var id = 'pg-' + (path + '-' + key).replace(/[^A-Za-z0-9]+/g, '-');
      var value = selected[path][key] || '';
      var named = G.getNamedType(type);
      var control;
      if (G.isEnumType(named) || named.name === 'Boolean') {
        var values = G.isEnumType(named) ? named.getValues().map(function (v) { return v.name; }) : ['true', 'false'];
        control = h('select', { id: id, value: value, onChange: function (e) { setArgument(path, key, e.target.value); } },
            [h('option', { key: '', value: '' }, '–')].concat(values.map(function (v) { return h('option', { key: v, value: v }, v); })));
      } else {
        control = h('input', { id: id, value: value, placeholder: String(type), spellCheck: false,
          onChange: function (e) { setArgument(path, key, e.target.value); } });
      }
      return h('div', { key: key, className: 'pg-arg' }, h('label', { htmlFor: id }, key), control);
    }

    function argumentInputs(path, field) {
      var controls = [];
      field.args.forEach(function (a) {
        var named = G.getNamedType(a.type);
        if (G.isInputObjectType(named)) {
          Object.values(named.getFields()).filter(function (f) { return isLeafInput(f.type); })
              .forEach(function (f) { controls.push(input(path, a.name + '.' + f.name, f.type)); });
        } else if (isLeafInput(a.type)) {
          controls.push(input(path, a.name, a.type));
        }
      });
      return controls.length ? h('div', { className: 'pg-args' }, controls) : null;
    }

    function fieldList(type, prefix) {
      var fields = type.getFields();
      return h('ul', { className: 'pg-fields' }, Object.keys(fields).sort().map(function (name) {
        var field = fields[name];
        var path = prefix + name;
        var on = !!selected[path];
        var named = G.getNamedType(field.type);
        return h('li', { key: name },
            h('button', { type: 'button', className: 'pg-field', 'aria-pressed': on, title: field.description || undefined,
              onClick: function () { toggle(path, field); } },
                h('span', { className: 'pg-box', 'aria-hidden': true }, on ? '☑' : '☐'), ' ', name,
                h('span', { className: 'pg-type' }, ': ' + String(field.type))),
            on && field.args.length ? argumentInputs(path, field) : null,
            on && isComposite(named) ? fieldList(named, path + '.') : null);
      }));
    }

    return h('div', { className: 'pg-explorer' },
        h('div', { className: 'graphiql-doc-explorer-title' }, 'Explorer'),
        h('p', { className: 'pg-explorer-note' }, 'Tick fields to build a query; it replaces the one in the editor. Then press ▶.'),
        fieldList(queryType, ''));
  }

  function ExplorerIcon() {
    return h('svg', { viewBox: '0 0 24 24', width: 24, height: 24, 'aria-hidden': true, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5 },
        h('path', { d: 'M4 5h9M4 12h6M4 19h9M15 5l2 2 4-4M13 12l2 2 4-4' }));
  }

  var explorer = { title: 'Explorer', icon: ExplorerIcon, content: Explorer };
  var wide = window.matchMedia('(min-width: 1000px)').matches;

  document.getElementById('playground-form').hidden = true;
  root.hidden = false;
  ReactDOM.createRoot(root).render(h(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: '/graphql' }),
    defaultTabs: tabs,
    storage: memoryStorage(),
    plugins: [explorer],
    visiblePlugin: wide ? explorer : undefined,
    isHeadersEditorEnabled: false,
    defaultEditorToolsVisibility: !!params.get('variables'),
    toolbar: { additionalComponent: Bridge }
  }));
}());
