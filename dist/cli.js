// Generated from server/src by scripts/build.mjs (npm run bundle): do not edit; commit it with the sources.
"use strict";
var __create2 = Object.create;
var __defProp2 = Object.defineProperty;
var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
var __getOwnPropNames2 = Object.getOwnPropertyNames;
var __getProtoOf2 = Object.getPrototypeOf;
var __hasOwnProp2 = Object.prototype.hasOwnProperty;
var __commonJS2 = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames2(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export2 = (target, all2) => {
  for (var name2 in all2)
    __defProp2(target, name2, { get: all2[name2], enumerable: true });
};
var __copyProps2 = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames2(from))
      if (!__hasOwnProp2.call(to, key2) && key2 !== except)
        __defProp2(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc2(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM2 = (mod, isNodeMode, target) => (target = mod != null ? __create2(__getProtoOf2(mod)) : {}, __copyProps2(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp2(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/web-tree-sitter/web-tree-sitter.cjs
var require_web_tree_sitter2 = __commonJS2({
  "node_modules/web-tree-sitter/web-tree-sitter.cjs"(exports, module) {
    "use strict";
    var __create = Object.create;
    var __defProp = Object.defineProperty;
    var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames = Object.getOwnPropertyNames;
    var __getProtoOf = Object.getPrototypeOf;
    var __hasOwnProp = Object.prototype.hasOwnProperty;
    var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
    var __commonJS = (cb, mod) => function __require() {
      try {
        return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
      } catch (e) {
        throw mod = 0, e;
      }
    };
    var __export = (target, all2) => {
      for (var name2 in all2)
        __defProp(target, name2, { get: all2[name2], enumerable: true });
    };
    var __copyProps = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key2 of __getOwnPropNames(from))
          if (!__hasOwnProp.call(to, key2) && key2 !== except)
            __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
      }
      return to;
    };
    var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
      // If the importer is in node compatibility mode or this is not an ESM
      // file that has been converted to a CommonJS file using a Babel-
      // compatible transform (i.e. "__esModule" has not been set), then set
      // "default" to the CommonJS "module.exports" for node compatibility.
      isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
      mod
    ));
    var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
    var require_web_tree_sitter = __commonJS({
      "lib/web-tree-sitter.cjs"(exports, module) {
        "use strict";
        var Module = (() => {
          var _scriptName = typeof document != "undefined" ? document.currentScript?.src : void 0;
          return async function(moduleArg = {}) {
            var moduleRtn;
            var Module = moduleArg;
            var ENVIRONMENT_IS_WEB = typeof window == "object";
            var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
            var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";
            Module.currentQueryProgressCallback = null;
            Module.currentProgressCallback = null;
            Module.currentLogCallback = null;
            Module.currentParseCallback = null;
            var arguments_ = [];
            var thisProgram = "./this.program";
            var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
              throw toThrow;
            }, "quit_");
            if (typeof __filename != "undefined") {
              _scriptName = __filename;
            } else if (ENVIRONMENT_IS_WORKER) {
              _scriptName = self.location.href;
            }
            var scriptDirectory = "";
            function locateFile(path21) {
              if (Module["locateFile"]) {
                return Module["locateFile"](path21, scriptDirectory);
              }
              return scriptDirectory + path21;
            }
            __name(locateFile, "locateFile");
            var readAsync, readBinary;
            if (ENVIRONMENT_IS_NODE) {
              var fs = require("fs");
              scriptDirectory = __dirname + "/";
              readBinary = /* @__PURE__ */ __name((filename) => {
                filename = isFileURI(filename) ? new URL(filename) : filename;
                var ret = fs.readFileSync(filename);
                return ret;
              }, "readBinary");
              readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
                filename = isFileURI(filename) ? new URL(filename) : filename;
                var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
                return ret;
              }, "readAsync");
              if (process.argv.length > 1) {
                thisProgram = process.argv[1].replace(/\\/g, "/");
              }
              arguments_ = process.argv.slice(2);
              quit_ = /* @__PURE__ */ __name((status, toThrow) => {
                process.exitCode = status;
                throw toThrow;
              }, "quit_");
            } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
              try {
                scriptDirectory = new URL(".", _scriptName).href;
              } catch {
              }
              {
                if (ENVIRONMENT_IS_WORKER) {
                  readBinary = /* @__PURE__ */ __name((url) => {
                    var xhr = new XMLHttpRequest();
                    xhr.open("GET", url, false);
                    xhr.responseType = "arraybuffer";
                    xhr.send(null);
                    return new Uint8Array(
                      /** @type{!ArrayBuffer} */
                      xhr.response
                    );
                  }, "readBinary");
                }
                readAsync = /* @__PURE__ */ __name(async (url) => {
                  if (isFileURI(url)) {
                    return new Promise((resolve7, reject) => {
                      var xhr = new XMLHttpRequest();
                      xhr.open("GET", url, true);
                      xhr.responseType = "arraybuffer";
                      xhr.onload = () => {
                        if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                          resolve7(xhr.response);
                          return;
                        }
                        reject(xhr.status);
                      };
                      xhr.onerror = reject;
                      xhr.send(null);
                    });
                  }
                  var response = await fetch(url, {
                    credentials: "same-origin"
                  });
                  if (response.ok) {
                    return response.arrayBuffer();
                  }
                  throw new Error(response.status + " : " + response.url);
                }, "readAsync");
              }
            } else {
            }
            var out = console.log.bind(console);
            var err = console.error.bind(console);
            var dynamicLibraries = [];
            var wasmBinary;
            var ABORT = false;
            var EXITSTATUS;
            var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
            var readyPromiseResolve, readyPromiseReject;
            var wasmMemory;
            var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
            var HEAP64, HEAPU64;
            var HEAP_DATA_VIEW;
            var runtimeInitialized = false;
            function updateMemoryViews() {
              var b = wasmMemory.buffer;
              Module["HEAP8"] = HEAP8 = new Int8Array(b);
              Module["HEAP16"] = HEAP16 = new Int16Array(b);
              Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
              Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
              Module["HEAP32"] = HEAP32 = new Int32Array(b);
              Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
              Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
              Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
              Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
              Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
              Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
              LE_HEAP_UPDATE();
            }
            __name(updateMemoryViews, "updateMemoryViews");
            function initMemory() {
              if (Module["wasmMemory"]) {
                wasmMemory = Module["wasmMemory"];
              } else {
                var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
                wasmMemory = new WebAssembly.Memory({
                  "initial": INITIAL_MEMORY / 65536,
                  // In theory we should not need to emit the maximum if we want "unlimited"
                  // or 4GB of memory, but VMs error on that atm, see
                  // https://github.com/emscripten-core/emscripten/issues/14130
                  // And in the pthreads case we definitely need to emit a maximum. So
                  // always emit one.
                  "maximum": 32768
                });
              }
              updateMemoryViews();
            }
            __name(initMemory, "initMemory");
            var __RELOC_FUNCS__ = [];
            function preRun() {
              if (Module["preRun"]) {
                if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
                while (Module["preRun"].length) {
                  addOnPreRun(Module["preRun"].shift());
                }
              }
              callRuntimeCallbacks(onPreRuns);
            }
            __name(preRun, "preRun");
            function initRuntime() {
              runtimeInitialized = true;
              callRuntimeCallbacks(__RELOC_FUNCS__);
              wasmExports["__wasm_call_ctors"]();
              callRuntimeCallbacks(onPostCtors);
            }
            __name(initRuntime, "initRuntime");
            function preMain() {
            }
            __name(preMain, "preMain");
            function postRun() {
              if (Module["postRun"]) {
                if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
                while (Module["postRun"].length) {
                  addOnPostRun(Module["postRun"].shift());
                }
              }
              callRuntimeCallbacks(onPostRuns);
            }
            __name(postRun, "postRun");
            function abort(what) {
              Module["onAbort"]?.(what);
              what = "Aborted(" + what + ")";
              err(what);
              ABORT = true;
              what += ". Build with -sASSERTIONS for more info.";
              var e = new WebAssembly.RuntimeError(what);
              readyPromiseReject?.(e);
              throw e;
            }
            __name(abort, "abort");
            var wasmBinaryFile;
            function findWasmBinary() {
              return locateFile("web-tree-sitter.wasm");
            }
            __name(findWasmBinary, "findWasmBinary");
            function getBinarySync(file) {
              if (file == wasmBinaryFile && wasmBinary) {
                return new Uint8Array(wasmBinary);
              }
              if (readBinary) {
                return readBinary(file);
              }
              throw "both async and sync fetching of the wasm failed";
            }
            __name(getBinarySync, "getBinarySync");
            async function getWasmBinary(binaryFile) {
              if (!wasmBinary) {
                try {
                  var response = await readAsync(binaryFile);
                  return new Uint8Array(response);
                } catch {
                }
              }
              return getBinarySync(binaryFile);
            }
            __name(getWasmBinary, "getWasmBinary");
            async function instantiateArrayBuffer(binaryFile, imports) {
              try {
                var binary2 = await getWasmBinary(binaryFile);
                var instance2 = await WebAssembly.instantiate(binary2, imports);
                return instance2;
              } catch (reason) {
                err(`failed to asynchronously prepare wasm: ${reason}`);
                abort(reason);
              }
            }
            __name(instantiateArrayBuffer, "instantiateArrayBuffer");
            async function instantiateAsync(binary2, binaryFile, imports) {
              if (!binary2 && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
                try {
                  var response = fetch(binaryFile, {
                    credentials: "same-origin"
                  });
                  var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
                  return instantiationResult;
                } catch (reason) {
                  err(`wasm streaming compile failed: ${reason}`);
                  err("falling back to ArrayBuffer instantiation");
                }
              }
              return instantiateArrayBuffer(binaryFile, imports);
            }
            __name(instantiateAsync, "instantiateAsync");
            function getWasmImports() {
              return {
                "env": wasmImports,
                "wasi_snapshot_preview1": wasmImports,
                "GOT.mem": new Proxy(wasmImports, GOTHandler),
                "GOT.func": new Proxy(wasmImports, GOTHandler)
              };
            }
            __name(getWasmImports, "getWasmImports");
            async function createWasm() {
              function receiveInstance(instance2, module2) {
                wasmExports = instance2.exports;
                wasmExports = relocateExports(wasmExports, 1024);
                var metadata2 = getDylinkMetadata(module2);
                if (metadata2.neededDynlibs) {
                  dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
                }
                mergeLibSymbols(wasmExports, "main");
                LDSO.init();
                loadDylibs();
                __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
                assignWasmExports(wasmExports);
                return wasmExports;
              }
              __name(receiveInstance, "receiveInstance");
              function receiveInstantiationResult(result2) {
                return receiveInstance(result2["instance"], result2["module"]);
              }
              __name(receiveInstantiationResult, "receiveInstantiationResult");
              var info2 = getWasmImports();
              if (Module["instantiateWasm"]) {
                return new Promise((resolve7, reject) => {
                  Module["instantiateWasm"](info2, (mod, inst) => {
                    resolve7(receiveInstance(mod, inst));
                  });
                });
              }
              wasmBinaryFile ??= findWasmBinary();
              var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
              var exports2 = receiveInstantiationResult(result);
              return exports2;
            }
            __name(createWasm, "createWasm");
            class ExitStatus {
              static {
                __name(this, "ExitStatus");
              }
              name = "ExitStatus";
              constructor(status) {
                this.message = `Program terminated with exit(${status})`;
                this.status = status;
              }
            }
            var GOT = {};
            var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
            var GOTHandler = {
              get(obj, symName) {
                var rtn = GOT[symName];
                if (!rtn) {
                  rtn = GOT[symName] = new WebAssembly.Global({
                    "value": "i32",
                    "mutable": true
                  });
                }
                if (!currentModuleWeakSymbols.has(symName)) {
                  rtn.required = true;
                }
                return rtn;
              }
            };
            var LE_ATOMICS_NATIVE_BYTE_ORDER = [];
            var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
            var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
            var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
            var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
            var LE_HEAP_LOAD_I64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getBigInt64(byteOffset, true), "LE_HEAP_LOAD_I64");
            var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
            var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
            var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
            var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
            var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
            var LE_HEAP_STORE_I64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setBigInt64(byteOffset, value, true), "LE_HEAP_STORE_I64");
            var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
            var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
              while (callbacks.length > 0) {
                callbacks.shift()(Module);
              }
            }, "callRuntimeCallbacks");
            var onPostRuns = [];
            var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.push(cb), "addOnPostRun");
            var onPreRuns = [];
            var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.push(cb), "addOnPreRun");
            var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
            var findStringEnd = /* @__PURE__ */ __name((heapOrArray, idx, maxBytesToRead, ignoreNul) => {
              var maxIdx = idx + maxBytesToRead;
              if (ignoreNul) return maxIdx;
              while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
              return idx;
            }, "findStringEnd");
            var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
              var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
              if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
                return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
              }
              var str = "";
              while (idx < endPtr) {
                var u0 = heapOrArray[idx++];
                if (!(u0 & 128)) {
                  str += String.fromCharCode(u0);
                  continue;
                }
                var u1 = heapOrArray[idx++] & 63;
                if ((u0 & 224) == 192) {
                  str += String.fromCharCode((u0 & 31) << 6 | u1);
                  continue;
                }
                var u2 = heapOrArray[idx++] & 63;
                if ((u0 & 240) == 224) {
                  u0 = (u0 & 15) << 12 | u1 << 6 | u2;
                } else {
                  u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
                }
                if (u0 < 65536) {
                  str += String.fromCharCode(u0);
                } else {
                  var ch = u0 - 65536;
                  str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
                }
              }
              return str;
            }, "UTF8ArrayToString");
            var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
              var offset = 0;
              var end = 0;
              function getU8() {
                return binary2[offset++];
              }
              __name(getU8, "getU8");
              function getLEB() {
                var ret = 0;
                var mul = 1;
                while (1) {
                  var byte = binary2[offset++];
                  ret += (byte & 127) * mul;
                  mul *= 128;
                  if (!(byte & 128)) break;
                }
                return ret;
              }
              __name(getLEB, "getLEB");
              function getString() {
                var len = getLEB();
                offset += len;
                return UTF8ArrayToString(binary2, offset - len, len);
              }
              __name(getString, "getString");
              function getStringList() {
                var count2 = getLEB();
                var rtn = [];
                while (count2--) rtn.push(getString());
                return rtn;
              }
              __name(getStringList, "getStringList");
              function failIf(condition, message) {
                if (condition) throw new Error(message);
              }
              __name(failIf, "failIf");
              if (binary2 instanceof WebAssembly.Module) {
                var dylinkSection = WebAssembly.Module.customSections(binary2, "dylink.0");
                failIf(dylinkSection.length === 0, "need dylink section");
                binary2 = new Uint8Array(dylinkSection[0]);
                end = binary2.length;
              } else {
                var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
                var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
                failIf(!magicNumberFound, "need to see wasm magic number");
                failIf(binary2[8] !== 0, "need the dylink section to be first");
                offset = 9;
                var section_size = getLEB();
                end = offset + section_size;
                var name2 = getString();
                failIf(name2 !== "dylink.0");
              }
              var customSection = {
                neededDynlibs: [],
                tlsExports: /* @__PURE__ */ new Set(),
                weakImports: /* @__PURE__ */ new Set(),
                runtimePaths: []
              };
              var WASM_DYLINK_MEM_INFO = 1;
              var WASM_DYLINK_NEEDED = 2;
              var WASM_DYLINK_EXPORT_INFO = 3;
              var WASM_DYLINK_IMPORT_INFO = 4;
              var WASM_DYLINK_RUNTIME_PATH = 5;
              var WASM_SYMBOL_TLS = 256;
              var WASM_SYMBOL_BINDING_MASK = 3;
              var WASM_SYMBOL_BINDING_WEAK = 1;
              while (offset < end) {
                var subsectionType = getU8();
                var subsectionSize = getLEB();
                if (subsectionType === WASM_DYLINK_MEM_INFO) {
                  customSection.memorySize = getLEB();
                  customSection.memoryAlign = getLEB();
                  customSection.tableSize = getLEB();
                  customSection.tableAlign = getLEB();
                } else if (subsectionType === WASM_DYLINK_NEEDED) {
                  customSection.neededDynlibs = getStringList();
                } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
                  var count = getLEB();
                  while (count--) {
                    var symname = getString();
                    var flags2 = getLEB();
                    if (flags2 & WASM_SYMBOL_TLS) {
                      customSection.tlsExports.add(symname);
                    }
                  }
                } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
                  var count = getLEB();
                  while (count--) {
                    var modname = getString();
                    var symname = getString();
                    var flags2 = getLEB();
                    if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
                      customSection.weakImports.add(symname);
                    }
                  }
                } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
                  customSection.runtimePaths = getStringList();
                } else {
                  offset += subsectionSize;
                }
              }
              return customSection;
            }, "getDylinkMetadata");
            function getValue(ptr, type = "i8") {
              if (type.endsWith("*")) type = "*";
              switch (type) {
                case "i1":
                  return HEAP8[ptr];
                case "i8":
                  return HEAP8[ptr];
                case "i16":
                  return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
                case "i32":
                  return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
                case "i64":
                  return LE_HEAP_LOAD_I64((ptr >> 3) * 8);
                case "float":
                  return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
                case "double":
                  return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
                case "*":
                  return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
                default:
                  abort(`invalid type for getValue: ${type}`);
              }
            }
            __name(getValue, "getValue");
            var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
              var dso = {
                refcount: Infinity,
                name: name2,
                exports: syms,
                global: true
              };
              LDSO.loadedLibsByName[name2] = dso;
              if (handle2 != void 0) {
                LDSO.loadedLibsByHandle[handle2] = dso;
              }
              return dso;
            }, "newDSO");
            var LDSO = {
              loadedLibsByName: {},
              loadedLibsByHandle: {},
              init() {
                newDSO("__main__", 0, wasmImports);
              }
            };
            var ___heap_base = 82240;
            var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
            var getMemory = /* @__PURE__ */ __name((size) => {
              if (runtimeInitialized) {
                return _calloc(size, 1);
              }
              var ret = ___heap_base;
              var end = ret + alignMemory(size, 16);
              ___heap_base = end;
              GOT["__heap_base"].value = end;
              return ret;
            }, "getMemory");
            var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
            var uleb128EncodeWithLen = /* @__PURE__ */ __name((arr) => {
              const n = arr.length;
              return [n % 128 | 128, n >> 7, ...arr];
            }, "uleb128EncodeWithLen");
            var wasmTypeCodes = {
              "i": 127,
              // i32
              "p": 127,
              // i32
              "j": 126,
              // i64
              "f": 125,
              // f32
              "d": 124,
              // f64
              "e": 111
            };
            var generateTypePack = /* @__PURE__ */ __name((types) => uleb128EncodeWithLen(Array.from(types, (type) => {
              var code2 = wasmTypeCodes[type];
              return code2;
            })), "generateTypePack");
            var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
              var bytes = Uint8Array.of(
                0,
                97,
                115,
                109,
                // magic ("\0asm")
                1,
                0,
                0,
                0,
                // version: 1
                1,
                ...uleb128EncodeWithLen([
                  1,
                  // count: 1
                  96,
                  // param types
                  ...generateTypePack(sig.slice(1)),
                  // return types (for now only supporting [] if `void` and single [T] otherwise)
                  ...generateTypePack(sig[0] === "v" ? "" : sig[0])
                ]),
                // The rest of the module is static
                2,
                7,
                // import section
                // (import "e" "f" (func 0 (type 0)))
                1,
                1,
                101,
                1,
                102,
                0,
                0,
                7,
                5,
                // export section
                // (export "f" (func 0 (type 0)))
                1,
                1,
                102,
                0,
                0
              );
              var module2 = new WebAssembly.Module(bytes);
              var instance2 = new WebAssembly.Instance(module2, {
                "e": {
                  "f": func2
                }
              });
              var wrappedFunc = instance2.exports["f"];
              return wrappedFunc;
            }, "convertJsFunctionToWasm");
            var wasmTableMirror = [];
            var wasmTable = new WebAssembly.Table({
              "initial": 31,
              "element": "anyfunc"
            });
            var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
              var func2 = wasmTableMirror[funcPtr];
              if (!func2) {
                wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
              }
              return func2;
            }, "getWasmTableEntry");
            var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
              if (functionsInTableMap) {
                for (var i2 = offset; i2 < offset + count; i2++) {
                  var item = getWasmTableEntry(i2);
                  if (item) {
                    functionsInTableMap.set(item, i2);
                  }
                }
              }
            }, "updateTableMap");
            var functionsInTableMap;
            var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
              if (!functionsInTableMap) {
                functionsInTableMap = /* @__PURE__ */ new WeakMap();
                updateTableMap(0, wasmTable.length);
              }
              return functionsInTableMap.get(func2) || 0;
            }, "getFunctionAddress");
            var freeTableIndexes = [];
            var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
              if (freeTableIndexes.length) {
                return freeTableIndexes.pop();
              }
              return wasmTable["grow"](1);
            }, "getEmptyTableSlot");
            var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
              wasmTable.set(idx, func2);
              wasmTableMirror[idx] = wasmTable.get(idx);
            }, "setWasmTableEntry");
            var addFunction = /* @__PURE__ */ __name((func2, sig) => {
              var rtn = getFunctionAddress(func2);
              if (rtn) {
                return rtn;
              }
              var ret = getEmptyTableSlot();
              try {
                setWasmTableEntry(ret, func2);
              } catch (err2) {
                if (!(err2 instanceof TypeError)) {
                  throw err2;
                }
                var wrapped = convertJsFunctionToWasm(func2, sig);
                setWasmTableEntry(ret, wrapped);
              }
              functionsInTableMap.set(func2, ret);
              return ret;
            }, "addFunction");
            var updateGOT = /* @__PURE__ */ __name((exports2, replace2) => {
              for (var symName in exports2) {
                if (isInternalSym(symName)) {
                  continue;
                }
                var value = exports2[symName];
                GOT[symName] ||= new WebAssembly.Global({
                  "value": "i32",
                  "mutable": true
                });
                if (replace2 || GOT[symName].value == 0) {
                  if (typeof value == "function") {
                    GOT[symName].value = addFunction(value);
                  } else if (typeof value == "number") {
                    GOT[symName].value = value;
                  } else {
                    err(`unhandled export type for '${symName}': ${typeof value}`);
                  }
                }
              }
            }, "updateGOT");
            var relocateExports = /* @__PURE__ */ __name((exports2, memoryBase2, replace2) => {
              var relocated = {};
              for (var e in exports2) {
                var value = exports2[e];
                if (typeof value == "object") {
                  value = value.value;
                }
                if (typeof value == "number") {
                  value += memoryBase2;
                }
                relocated[e] = value;
              }
              updateGOT(relocated, replace2);
              return relocated;
            }, "relocateExports");
            var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
              var existing = wasmImports[symName];
              if (!existing || existing.stub) {
                return false;
              }
              return true;
            }, "isSymbolDefined");
            var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = [], promising = false) => {
              var func2 = getWasmTableEntry(ptr);
              var rtn = func2(...args2);
              function convert2(rtn2) {
                return rtn2;
              }
              __name(convert2, "convert");
              return convert2(rtn);
            }, "dynCall");
            var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
            var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
            var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
              var sp = stackSave();
              try {
                return dynCall(sig, ptr, args2);
              } catch (e) {
                stackRestore(sp);
                if (e !== e + 0) throw e;
                _setThrew(1, 0);
                if (sig[0] == "j") return 0n;
              }
            }, "createInvokeFunction");
            var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
              var sym;
              if (isSymbolDefined(symName)) {
                sym = wasmImports[symName];
              } else if (symName.startsWith("invoke_")) {
                sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
              }
              return {
                sym,
                name: symName
              };
            }, "resolveGlobalSymbol");
            var onPostCtors = [];
            var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.push(cb), "addOnPostCtor");
            var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "", "UTF8ToString");
            var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
              var metadata = getDylinkMetadata(binary);
              function loadModule() {
                var memAlign = Math.pow(2, metadata.memoryAlign);
                var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
                var tableBase = metadata.tableSize ? wasmTable.length : 0;
                if (handle) {
                  HEAP8[handle + 8] = 1;
                  LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
                  LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
                  LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
                  LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
                }
                if (metadata.tableSize) {
                  wasmTable.grow(metadata.tableSize);
                }
                var moduleExports;
                function resolveSymbol(sym) {
                  var resolved = resolveGlobalSymbol(sym).sym;
                  if (!resolved && localScope) {
                    resolved = localScope[sym];
                  }
                  if (!resolved) {
                    resolved = moduleExports[sym];
                  }
                  return resolved;
                }
                __name(resolveSymbol, "resolveSymbol");
                var proxyHandler = {
                  get(stubs, prop) {
                    switch (prop) {
                      case "__memory_base":
                        return memoryBase;
                      case "__table_base":
                        return tableBase;
                    }
                    if (prop in wasmImports && !wasmImports[prop].stub) {
                      var res = wasmImports[prop];
                      return res;
                    }
                    if (!(prop in stubs)) {
                      var resolved;
                      stubs[prop] = (...args2) => {
                        resolved ||= resolveSymbol(prop);
                        return resolved(...args2);
                      };
                    }
                    return stubs[prop];
                  }
                };
                var proxy = new Proxy({}, proxyHandler);
                currentModuleWeakSymbols = metadata.weakImports;
                var info = {
                  "GOT.mem": new Proxy({}, GOTHandler),
                  "GOT.func": new Proxy({}, GOTHandler),
                  "env": proxy,
                  "wasi_snapshot_preview1": proxy
                };
                function postInstantiation(module, instance) {
                  updateTableMap(tableBase, metadata.tableSize);
                  moduleExports = relocateExports(instance.exports, memoryBase);
                  if (!flags.allowUndefined) {
                    reportUndefinedSymbols();
                  }
                  function addEmAsm(addr, body) {
                    var args = [];
                    var arity = 0;
                    for (; arity < 16; arity++) {
                      if (body.indexOf("$" + arity) != -1) {
                        args.push("$" + arity);
                      } else {
                        break;
                      }
                    }
                    args = args.join(",");
                    var func = `(${args}) => { ${body} };`;
                    ASM_CONSTS[start] = eval(func);
                  }
                  __name(addEmAsm, "addEmAsm");
                  if ("__start_em_asm" in moduleExports) {
                    var start = moduleExports["__start_em_asm"];
                    var stop = moduleExports["__stop_em_asm"];
                    while (start < stop) {
                      var jsString = UTF8ToString(start);
                      addEmAsm(start, jsString);
                      start = HEAPU8.indexOf(0, start) + 1;
                    }
                  }
                  function addEmJs(name, cSig, body) {
                    var jsArgs = [];
                    cSig = cSig.slice(1, -1);
                    if (cSig != "void") {
                      cSig = cSig.split(",");
                      for (var i in cSig) {
                        var jsArg = cSig[i].split(" ").pop();
                        jsArgs.push(jsArg.replace("*", ""));
                      }
                    }
                    var func = `(${jsArgs}) => ${body};`;
                    moduleExports[name] = eval(func);
                  }
                  __name(addEmJs, "addEmJs");
                  for (var name in moduleExports) {
                    if (name.startsWith("__em_js__")) {
                      var start = moduleExports[name];
                      var jsString = UTF8ToString(start);
                      var parts = jsString.split("<::>");
                      addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
                      delete moduleExports[name];
                    }
                  }
                  var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
                  if (applyRelocs) {
                    if (runtimeInitialized) {
                      applyRelocs();
                    } else {
                      __RELOC_FUNCS__.push(applyRelocs);
                    }
                  }
                  var init = moduleExports["__wasm_call_ctors"];
                  if (init) {
                    if (runtimeInitialized) {
                      init();
                    } else {
                      addOnPostCtor(init);
                    }
                  }
                  return moduleExports;
                }
                __name(postInstantiation, "postInstantiation");
                if (flags.loadAsync) {
                  return (async () => {
                    var instance2;
                    if (binary instanceof WebAssembly.Module) {
                      instance2 = new WebAssembly.Instance(binary, info);
                    } else {
                      ({ module: binary, instance: instance2 } = await WebAssembly.instantiate(binary, info));
                    }
                    return postInstantiation(binary, instance2);
                  })();
                }
                var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
                var instance = new WebAssembly.Instance(module, info);
                return postInstantiation(module, instance);
              }
              __name(loadModule, "loadModule");
              flags = {
                ...flags,
                rpath: {
                  parentLibPath: libName,
                  paths: metadata.runtimePaths
                }
              };
              if (flags.loadAsync) {
                return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
              }
              metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
              return loadModule();
            }, "loadWebAssemblyModule");
            var mergeLibSymbols = /* @__PURE__ */ __name((exports2, libName2) => {
              for (var [sym, exp] of Object.entries(exports2)) {
                const setImport = /* @__PURE__ */ __name((target) => {
                  if (!isSymbolDefined(target)) {
                    wasmImports[target] = exp;
                  }
                }, "setImport");
                setImport(sym);
                const main_alias = "__main_argc_argv";
                if (sym == "main") {
                  setImport(main_alias);
                }
                if (sym == main_alias) {
                  setImport("main");
                }
              }
            }, "mergeLibSymbols");
            var asyncLoad = /* @__PURE__ */ __name(async (url) => {
              var arrayBuffer = await readAsync(url);
              return new Uint8Array(arrayBuffer);
            }, "asyncLoad");
            function loadDynamicLibrary(libName2, flags2 = {
              global: true,
              nodelete: true
            }, localScope2, handle2) {
              var dso = LDSO.loadedLibsByName[libName2];
              if (dso) {
                if (!flags2.global) {
                  if (localScope2) {
                    Object.assign(localScope2, dso.exports);
                  }
                } else if (!dso.global) {
                  dso.global = true;
                  mergeLibSymbols(dso.exports, libName2);
                }
                if (flags2.nodelete && dso.refcount !== Infinity) {
                  dso.refcount = Infinity;
                }
                dso.refcount++;
                if (handle2) {
                  LDSO.loadedLibsByHandle[handle2] = dso;
                }
                return flags2.loadAsync ? Promise.resolve(true) : true;
              }
              dso = newDSO(libName2, handle2, "loading");
              dso.refcount = flags2.nodelete ? Infinity : 1;
              dso.global = flags2.global;
              function loadLibData() {
                if (handle2) {
                  var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
                  var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
                  if (data && dataSize) {
                    var libData = HEAP8.slice(data, data + dataSize);
                    return flags2.loadAsync ? Promise.resolve(libData) : libData;
                  }
                }
                var libFile = locateFile(libName2);
                if (flags2.loadAsync) {
                  return asyncLoad(libFile);
                }
                if (!readBinary) {
                  throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
                }
                return readBinary(libFile);
              }
              __name(loadLibData, "loadLibData");
              function getExports() {
                if (flags2.loadAsync) {
                  return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
                }
                return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
              }
              __name(getExports, "getExports");
              function moduleLoaded(exports2) {
                if (dso.global) {
                  mergeLibSymbols(exports2, libName2);
                } else if (localScope2) {
                  Object.assign(localScope2, exports2);
                }
                dso.exports = exports2;
              }
              __name(moduleLoaded, "moduleLoaded");
              if (flags2.loadAsync) {
                return getExports().then((exports2) => {
                  moduleLoaded(exports2);
                  return true;
                });
              }
              moduleLoaded(getExports());
              return true;
            }
            __name(loadDynamicLibrary, "loadDynamicLibrary");
            var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
              for (var [symName, entry] of Object.entries(GOT)) {
                if (entry.value == 0) {
                  var value = resolveGlobalSymbol(symName, true).sym;
                  if (!value && !entry.required) {
                    continue;
                  }
                  if (typeof value == "function") {
                    entry.value = addFunction(value, value.sig);
                  } else if (typeof value == "number") {
                    entry.value = value;
                  } else {
                    throw new Error(`bad export type for '${symName}': ${typeof value}`);
                  }
                }
              }
            }, "reportUndefinedSymbols");
            var runDependencies = 0;
            var dependenciesFulfilled = null;
            var removeRunDependency = /* @__PURE__ */ __name((id) => {
              runDependencies--;
              Module["monitorRunDependencies"]?.(runDependencies);
              if (runDependencies == 0) {
                if (dependenciesFulfilled) {
                  var callback = dependenciesFulfilled;
                  dependenciesFulfilled = null;
                  callback();
                }
              }
            }, "removeRunDependency");
            var addRunDependency = /* @__PURE__ */ __name((id) => {
              runDependencies++;
              Module["monitorRunDependencies"]?.(runDependencies);
            }, "addRunDependency");
            var loadDylibs = /* @__PURE__ */ __name(async () => {
              if (!dynamicLibraries.length) {
                reportUndefinedSymbols();
                return;
              }
              addRunDependency("loadDylibs");
              for (var lib of dynamicLibraries) {
                await loadDynamicLibrary(lib, {
                  loadAsync: true,
                  global: true,
                  nodelete: true,
                  allowUndefined: true
                });
              }
              reportUndefinedSymbols();
              removeRunDependency("loadDylibs");
            }, "loadDylibs");
            var noExitRuntime = true;
            function setValue(ptr, value, type = "i8") {
              if (type.endsWith("*")) type = "*";
              switch (type) {
                case "i1":
                  HEAP8[ptr] = value;
                  break;
                case "i8":
                  HEAP8[ptr] = value;
                  break;
                case "i16":
                  LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
                  break;
                case "i32":
                  LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
                  break;
                case "i64":
                  LE_HEAP_STORE_I64((ptr >> 3) * 8, BigInt(value));
                  break;
                case "float":
                  LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
                  break;
                case "double":
                  LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
                  break;
                case "*":
                  LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
                  break;
                default:
                  abort(`invalid type for setValue: ${type}`);
              }
            }
            __name(setValue, "setValue");
            var ___memory_base = new WebAssembly.Global({
              "value": "i32",
              "mutable": false
            }, 1024);
            var ___stack_high = 82240;
            var ___stack_low = 16704;
            var ___stack_pointer = new WebAssembly.Global({
              "value": "i32",
              "mutable": true
            }, 82240);
            var ___table_base = new WebAssembly.Global({
              "value": "i32",
              "mutable": false
            }, 1);
            var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
            __abort_js.sig = "v";
            var getHeapMax = /* @__PURE__ */ __name(() => (
              // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
              // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
              // for any code that deals with heap sizes, which would require special
              // casing all heap size related code to treat 0 specially.
              2147483648
            ), "getHeapMax");
            var growMemory = /* @__PURE__ */ __name((size) => {
              var oldHeapSize = wasmMemory.buffer.byteLength;
              var pages = (size - oldHeapSize + 65535) / 65536 | 0;
              try {
                wasmMemory.grow(pages);
                updateMemoryViews();
                return 1;
              } catch (e) {
              }
            }, "growMemory");
            var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
              var oldSize = HEAPU8.length;
              requestedSize >>>= 0;
              var maxHeapSize = getHeapMax();
              if (requestedSize > maxHeapSize) {
                return false;
              }
              for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
                var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
                overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
                var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
                var replacement = growMemory(newSize);
                if (replacement) {
                  return true;
                }
              }
              return false;
            }, "_emscripten_resize_heap");
            _emscripten_resize_heap.sig = "ip";
            var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
            _fd_close.sig = "ii";
            var INT53_MAX = 9007199254740992;
            var INT53_MIN = -9007199254740992;
            var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
            function _fd_seek(fd, offset, whence, newOffset) {
              offset = bigintToI53Checked(offset);
              return 70;
            }
            __name(_fd_seek, "_fd_seek");
            _fd_seek.sig = "iijip";
            var printCharBuffers = [null, [], []];
            var printChar = /* @__PURE__ */ __name((stream, curr) => {
              var buffer = printCharBuffers[stream];
              if (curr === 0 || curr === 10) {
                (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
                buffer.length = 0;
              } else {
                buffer.push(curr);
              }
            }, "printChar");
            var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
              var num = 0;
              for (var i2 = 0; i2 < iovcnt; i2++) {
                var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
                var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
                iov += 8;
                for (var j = 0; j < len; j++) {
                  printChar(fd, HEAPU8[ptr + j]);
                }
                num += len;
              }
              LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
              return 0;
            }, "_fd_write");
            _fd_write.sig = "iippp";
            function _tree_sitter_log_callback(isLexMessage, messageAddress) {
              if (Module.currentLogCallback) {
                const message = UTF8ToString(messageAddress);
                Module.currentLogCallback(message, isLexMessage !== 0);
              }
            }
            __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
            function _tree_sitter_parse_callback(inputBufferAddress, index2, row, column, lengthAddress) {
              const INPUT_BUFFER_SIZE = 10 * 1024;
              const string3 = Module.currentParseCallback(index2, {
                row,
                column
              });
              if (typeof string3 === "string") {
                setValue(lengthAddress, string3.length, "i32");
                stringToUTF16(string3, inputBufferAddress, INPUT_BUFFER_SIZE);
              } else {
                setValue(lengthAddress, 0, "i32");
              }
            }
            __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
            function _tree_sitter_progress_callback(currentOffset, hasError) {
              if (Module.currentProgressCallback) {
                return Module.currentProgressCallback({
                  currentOffset,
                  hasError
                });
              }
              return false;
            }
            __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
            function _tree_sitter_query_progress_callback(currentOffset) {
              if (Module.currentQueryProgressCallback) {
                return Module.currentQueryProgressCallback({
                  currentOffset
                });
              }
              return false;
            }
            __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
            var runtimeKeepaliveCounter = 0;
            var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
            var _proc_exit = /* @__PURE__ */ __name((code2) => {
              EXITSTATUS = code2;
              if (!keepRuntimeAlive()) {
                Module["onExit"]?.(code2);
                ABORT = true;
              }
              quit_(code2, new ExitStatus(code2));
            }, "_proc_exit");
            _proc_exit.sig = "vi";
            var exitJS = /* @__PURE__ */ __name((status, implicit) => {
              EXITSTATUS = status;
              _proc_exit(status);
            }, "exitJS");
            var handleException = /* @__PURE__ */ __name((e) => {
              if (e instanceof ExitStatus || e == "unwind") {
                return EXITSTATUS;
              }
              quit_(1, e);
            }, "handleException");
            var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
              var len = 0;
              for (var i2 = 0; i2 < str.length; ++i2) {
                var c = str.charCodeAt(i2);
                if (c <= 127) {
                  len++;
                } else if (c <= 2047) {
                  len += 2;
                } else if (c >= 55296 && c <= 57343) {
                  len += 4;
                  ++i2;
                } else {
                  len += 3;
                }
              }
              return len;
            }, "lengthBytesUTF8");
            var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
              if (!(maxBytesToWrite > 0)) return 0;
              var startIdx = outIdx;
              var endIdx = outIdx + maxBytesToWrite - 1;
              for (var i2 = 0; i2 < str.length; ++i2) {
                var u = str.codePointAt(i2);
                if (u <= 127) {
                  if (outIdx >= endIdx) break;
                  heap[outIdx++] = u;
                } else if (u <= 2047) {
                  if (outIdx + 1 >= endIdx) break;
                  heap[outIdx++] = 192 | u >> 6;
                  heap[outIdx++] = 128 | u & 63;
                } else if (u <= 65535) {
                  if (outIdx + 2 >= endIdx) break;
                  heap[outIdx++] = 224 | u >> 12;
                  heap[outIdx++] = 128 | u >> 6 & 63;
                  heap[outIdx++] = 128 | u & 63;
                } else {
                  if (outIdx + 3 >= endIdx) break;
                  heap[outIdx++] = 240 | u >> 18;
                  heap[outIdx++] = 128 | u >> 12 & 63;
                  heap[outIdx++] = 128 | u >> 6 & 63;
                  heap[outIdx++] = 128 | u & 63;
                  i2++;
                }
              }
              heap[outIdx] = 0;
              return outIdx - startIdx;
            }, "stringToUTF8Array");
            var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
            var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
            var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
              var size = lengthBytesUTF8(str) + 1;
              var ret = stackAlloc(size);
              stringToUTF8(str, ret, size);
              return ret;
            }, "stringToUTF8OnStack");
            var AsciiToString = /* @__PURE__ */ __name((ptr) => {
              var str = "";
              while (1) {
                var ch = HEAPU8[ptr++];
                if (!ch) return str;
                str += String.fromCharCode(ch);
              }
            }, "AsciiToString");
            var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
              maxBytesToWrite ??= 2147483647;
              if (maxBytesToWrite < 2) return 0;
              maxBytesToWrite -= 2;
              var startPtr = outPtr;
              var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
              for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
                var codeUnit = str.charCodeAt(i2);
                LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
                outPtr += 2;
              }
              LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
              return outPtr - startPtr;
            }, "stringToUTF16");
            LE_ATOMICS_NATIVE_BYTE_ORDER = new Int8Array(new Int16Array([1]).buffer)[0] === 1 ? [
              /* little endian */
              ((x) => x),
              ((x) => x),
              void 0,
              ((x) => x)
            ] : [
              /* big endian */
              ((x) => x),
              ((x) => ((x & 65280) << 8 | (x & 255) << 24) >> 16),
              void 0,
              ((x) => x >> 24 & 255 | x >> 8 & 65280 | (x & 65280) << 8 | (x & 255) << 24)
            ];
            function LE_HEAP_UPDATE() {
              HEAPU16.unsigned = ((x) => x & 65535);
              HEAPU32.unsigned = ((x) => x >>> 0);
            }
            __name(LE_HEAP_UPDATE, "LE_HEAP_UPDATE");
            {
              initMemory();
              if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
              if (Module["print"]) out = Module["print"];
              if (Module["printErr"]) err = Module["printErr"];
              if (Module["dynamicLibraries"]) dynamicLibraries = Module["dynamicLibraries"];
              if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
              if (Module["arguments"]) arguments_ = Module["arguments"];
              if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
              if (Module["preInit"]) {
                if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
                while (Module["preInit"].length > 0) {
                  Module["preInit"].shift()();
                }
              }
            }
            Module["setValue"] = setValue;
            Module["getValue"] = getValue;
            Module["UTF8ToString"] = UTF8ToString;
            Module["stringToUTF8"] = stringToUTF8;
            Module["lengthBytesUTF8"] = lengthBytesUTF8;
            Module["AsciiToString"] = AsciiToString;
            Module["stringToUTF16"] = stringToUTF16;
            Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
            Module["LE_HEAP_STORE_I64"] = LE_HEAP_STORE_I64;
            var ASM_CONSTS = {};
            var _malloc, _calloc, _realloc, _free, _ts_range_edit, _memcmp, _ts_language_symbol_count, _ts_language_state_count, _ts_language_abi_version, _ts_language_name, _ts_language_field_count, _ts_language_next_state, _ts_language_symbol_name, _ts_language_symbol_for_name, _strncmp, _strlen, _ts_language_symbol_type, _ts_language_field_name_for_id, _ts_lookahead_iterator_new, _ts_lookahead_iterator_delete, _ts_lookahead_iterator_reset_state, _ts_lookahead_iterator_reset, _ts_lookahead_iterator_next, _ts_lookahead_iterator_current_symbol, _ts_point_edit, _ts_parser_delete, _ts_parser_reset, _ts_parser_set_language, _ts_parser_set_included_ranges, _ts_query_new, _ts_query_delete, _iswspace, _iswalnum, _ts_query_copy, _ts_query_pattern_count, _ts_query_capture_count, _ts_query_string_count, _ts_query_capture_name_for_id, _ts_query_capture_quantifier_for_id, _ts_query_string_value_for_id, _ts_query_predicates_for_pattern, _ts_query_start_byte_for_pattern, _ts_query_end_byte_for_pattern, _ts_query_is_pattern_rooted, _ts_query_is_pattern_non_local, _ts_query_is_pattern_guaranteed_at_step, _ts_query_disable_capture, _ts_query_disable_pattern, _ts_tree_copy, _ts_tree_delete, _ts_init, _ts_parser_new_wasm, _ts_parser_enable_logger_wasm, _ts_parser_parse_wasm, _ts_parser_included_ranges_wasm, _ts_language_type_is_named_wasm, _ts_language_type_is_visible_wasm, _ts_language_metadata_wasm, _ts_language_supertypes_wasm, _ts_language_subtypes_wasm, _ts_tree_root_node_wasm, _ts_tree_root_node_with_offset_wasm, _ts_tree_edit_wasm, _ts_tree_included_ranges_wasm, _ts_tree_get_changed_ranges_wasm, _ts_tree_cursor_new_wasm, _ts_tree_cursor_copy_wasm, _ts_tree_cursor_delete_wasm, _ts_tree_cursor_reset_wasm, _ts_tree_cursor_reset_to_wasm, _ts_tree_cursor_goto_first_child_wasm, _ts_tree_cursor_goto_last_child_wasm, _ts_tree_cursor_goto_first_child_for_index_wasm, _ts_tree_cursor_goto_first_child_for_position_wasm, _ts_tree_cursor_goto_next_sibling_wasm, _ts_tree_cursor_goto_previous_sibling_wasm, _ts_tree_cursor_goto_descendant_wasm, _ts_tree_cursor_goto_parent_wasm, _ts_tree_cursor_current_node_type_id_wasm, _ts_tree_cursor_current_node_state_id_wasm, _ts_tree_cursor_current_node_is_named_wasm, _ts_tree_cursor_current_node_is_missing_wasm, _ts_tree_cursor_current_node_id_wasm, _ts_tree_cursor_start_position_wasm, _ts_tree_cursor_end_position_wasm, _ts_tree_cursor_start_index_wasm, _ts_tree_cursor_end_index_wasm, _ts_tree_cursor_current_field_id_wasm, _ts_tree_cursor_current_depth_wasm, _ts_tree_cursor_current_descendant_index_wasm, _ts_tree_cursor_current_node_wasm, _ts_node_symbol_wasm, _ts_node_field_name_for_child_wasm, _ts_node_field_name_for_named_child_wasm, _ts_node_children_by_field_id_wasm, _ts_node_first_child_for_byte_wasm, _ts_node_first_named_child_for_byte_wasm, _ts_node_grammar_symbol_wasm, _ts_node_child_count_wasm, _ts_node_named_child_count_wasm, _ts_node_child_wasm, _ts_node_named_child_wasm, _ts_node_child_by_field_id_wasm, _ts_node_next_sibling_wasm, _ts_node_prev_sibling_wasm, _ts_node_next_named_sibling_wasm, _ts_node_prev_named_sibling_wasm, _ts_node_descendant_count_wasm, _ts_node_parent_wasm, _ts_node_child_with_descendant_wasm, _ts_node_descendant_for_index_wasm, _ts_node_named_descendant_for_index_wasm, _ts_node_descendant_for_position_wasm, _ts_node_named_descendant_for_position_wasm, _ts_node_start_point_wasm, _ts_node_end_point_wasm, _ts_node_start_index_wasm, _ts_node_end_index_wasm, _ts_node_to_string_wasm, _ts_node_children_wasm, _ts_node_named_children_wasm, _ts_node_descendants_of_type_wasm, _ts_node_is_named_wasm, _ts_node_has_changes_wasm, _ts_node_has_error_wasm, _ts_node_is_error_wasm, _ts_node_is_missing_wasm, _ts_node_is_extra_wasm, _ts_node_parse_state_wasm, _ts_node_next_parse_state_wasm, _ts_query_matches_wasm, _ts_query_captures_wasm, _memset, _memcpy, _memmove, _iswalpha, _iswblank, _iswdigit, _iswlower, _iswpunct, _iswupper, _iswxdigit, _memchr, _strcmp, _strncat, _strncpy, _towlower, _towupper, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___wasm_apply_data_relocs;
            function assignWasmExports(wasmExports2) {
              Module["_malloc"] = _malloc = wasmExports2["malloc"];
              Module["_calloc"] = _calloc = wasmExports2["calloc"];
              Module["_realloc"] = _realloc = wasmExports2["realloc"];
              Module["_free"] = _free = wasmExports2["free"];
              Module["_ts_range_edit"] = _ts_range_edit = wasmExports2["ts_range_edit"];
              Module["_memcmp"] = _memcmp = wasmExports2["memcmp"];
              Module["_ts_language_symbol_count"] = _ts_language_symbol_count = wasmExports2["ts_language_symbol_count"];
              Module["_ts_language_state_count"] = _ts_language_state_count = wasmExports2["ts_language_state_count"];
              Module["_ts_language_abi_version"] = _ts_language_abi_version = wasmExports2["ts_language_abi_version"];
              Module["_ts_language_name"] = _ts_language_name = wasmExports2["ts_language_name"];
              Module["_ts_language_field_count"] = _ts_language_field_count = wasmExports2["ts_language_field_count"];
              Module["_ts_language_next_state"] = _ts_language_next_state = wasmExports2["ts_language_next_state"];
              Module["_ts_language_symbol_name"] = _ts_language_symbol_name = wasmExports2["ts_language_symbol_name"];
              Module["_ts_language_symbol_for_name"] = _ts_language_symbol_for_name = wasmExports2["ts_language_symbol_for_name"];
              Module["_strncmp"] = _strncmp = wasmExports2["strncmp"];
              Module["_strlen"] = _strlen = wasmExports2["strlen"];
              Module["_ts_language_symbol_type"] = _ts_language_symbol_type = wasmExports2["ts_language_symbol_type"];
              Module["_ts_language_field_name_for_id"] = _ts_language_field_name_for_id = wasmExports2["ts_language_field_name_for_id"];
              Module["_ts_lookahead_iterator_new"] = _ts_lookahead_iterator_new = wasmExports2["ts_lookahead_iterator_new"];
              Module["_ts_lookahead_iterator_delete"] = _ts_lookahead_iterator_delete = wasmExports2["ts_lookahead_iterator_delete"];
              Module["_ts_lookahead_iterator_reset_state"] = _ts_lookahead_iterator_reset_state = wasmExports2["ts_lookahead_iterator_reset_state"];
              Module["_ts_lookahead_iterator_reset"] = _ts_lookahead_iterator_reset = wasmExports2["ts_lookahead_iterator_reset"];
              Module["_ts_lookahead_iterator_next"] = _ts_lookahead_iterator_next = wasmExports2["ts_lookahead_iterator_next"];
              Module["_ts_lookahead_iterator_current_symbol"] = _ts_lookahead_iterator_current_symbol = wasmExports2["ts_lookahead_iterator_current_symbol"];
              Module["_ts_point_edit"] = _ts_point_edit = wasmExports2["ts_point_edit"];
              Module["_ts_parser_delete"] = _ts_parser_delete = wasmExports2["ts_parser_delete"];
              Module["_ts_parser_reset"] = _ts_parser_reset = wasmExports2["ts_parser_reset"];
              Module["_ts_parser_set_language"] = _ts_parser_set_language = wasmExports2["ts_parser_set_language"];
              Module["_ts_parser_set_included_ranges"] = _ts_parser_set_included_ranges = wasmExports2["ts_parser_set_included_ranges"];
              Module["_ts_query_new"] = _ts_query_new = wasmExports2["ts_query_new"];
              Module["_ts_query_delete"] = _ts_query_delete = wasmExports2["ts_query_delete"];
              Module["_iswspace"] = _iswspace = wasmExports2["iswspace"];
              Module["_iswalnum"] = _iswalnum = wasmExports2["iswalnum"];
              Module["_ts_query_copy"] = _ts_query_copy = wasmExports2["ts_query_copy"];
              Module["_ts_query_pattern_count"] = _ts_query_pattern_count = wasmExports2["ts_query_pattern_count"];
              Module["_ts_query_capture_count"] = _ts_query_capture_count = wasmExports2["ts_query_capture_count"];
              Module["_ts_query_string_count"] = _ts_query_string_count = wasmExports2["ts_query_string_count"];
              Module["_ts_query_capture_name_for_id"] = _ts_query_capture_name_for_id = wasmExports2["ts_query_capture_name_for_id"];
              Module["_ts_query_capture_quantifier_for_id"] = _ts_query_capture_quantifier_for_id = wasmExports2["ts_query_capture_quantifier_for_id"];
              Module["_ts_query_string_value_for_id"] = _ts_query_string_value_for_id = wasmExports2["ts_query_string_value_for_id"];
              Module["_ts_query_predicates_for_pattern"] = _ts_query_predicates_for_pattern = wasmExports2["ts_query_predicates_for_pattern"];
              Module["_ts_query_start_byte_for_pattern"] = _ts_query_start_byte_for_pattern = wasmExports2["ts_query_start_byte_for_pattern"];
              Module["_ts_query_end_byte_for_pattern"] = _ts_query_end_byte_for_pattern = wasmExports2["ts_query_end_byte_for_pattern"];
              Module["_ts_query_is_pattern_rooted"] = _ts_query_is_pattern_rooted = wasmExports2["ts_query_is_pattern_rooted"];
              Module["_ts_query_is_pattern_non_local"] = _ts_query_is_pattern_non_local = wasmExports2["ts_query_is_pattern_non_local"];
              Module["_ts_query_is_pattern_guaranteed_at_step"] = _ts_query_is_pattern_guaranteed_at_step = wasmExports2["ts_query_is_pattern_guaranteed_at_step"];
              Module["_ts_query_disable_capture"] = _ts_query_disable_capture = wasmExports2["ts_query_disable_capture"];
              Module["_ts_query_disable_pattern"] = _ts_query_disable_pattern = wasmExports2["ts_query_disable_pattern"];
              Module["_ts_tree_copy"] = _ts_tree_copy = wasmExports2["ts_tree_copy"];
              Module["_ts_tree_delete"] = _ts_tree_delete = wasmExports2["ts_tree_delete"];
              Module["_ts_init"] = _ts_init = wasmExports2["ts_init"];
              Module["_ts_parser_new_wasm"] = _ts_parser_new_wasm = wasmExports2["ts_parser_new_wasm"];
              Module["_ts_parser_enable_logger_wasm"] = _ts_parser_enable_logger_wasm = wasmExports2["ts_parser_enable_logger_wasm"];
              Module["_ts_parser_parse_wasm"] = _ts_parser_parse_wasm = wasmExports2["ts_parser_parse_wasm"];
              Module["_ts_parser_included_ranges_wasm"] = _ts_parser_included_ranges_wasm = wasmExports2["ts_parser_included_ranges_wasm"];
              Module["_ts_language_type_is_named_wasm"] = _ts_language_type_is_named_wasm = wasmExports2["ts_language_type_is_named_wasm"];
              Module["_ts_language_type_is_visible_wasm"] = _ts_language_type_is_visible_wasm = wasmExports2["ts_language_type_is_visible_wasm"];
              Module["_ts_language_metadata_wasm"] = _ts_language_metadata_wasm = wasmExports2["ts_language_metadata_wasm"];
              Module["_ts_language_supertypes_wasm"] = _ts_language_supertypes_wasm = wasmExports2["ts_language_supertypes_wasm"];
              Module["_ts_language_subtypes_wasm"] = _ts_language_subtypes_wasm = wasmExports2["ts_language_subtypes_wasm"];
              Module["_ts_tree_root_node_wasm"] = _ts_tree_root_node_wasm = wasmExports2["ts_tree_root_node_wasm"];
              Module["_ts_tree_root_node_with_offset_wasm"] = _ts_tree_root_node_with_offset_wasm = wasmExports2["ts_tree_root_node_with_offset_wasm"];
              Module["_ts_tree_edit_wasm"] = _ts_tree_edit_wasm = wasmExports2["ts_tree_edit_wasm"];
              Module["_ts_tree_included_ranges_wasm"] = _ts_tree_included_ranges_wasm = wasmExports2["ts_tree_included_ranges_wasm"];
              Module["_ts_tree_get_changed_ranges_wasm"] = _ts_tree_get_changed_ranges_wasm = wasmExports2["ts_tree_get_changed_ranges_wasm"];
              Module["_ts_tree_cursor_new_wasm"] = _ts_tree_cursor_new_wasm = wasmExports2["ts_tree_cursor_new_wasm"];
              Module["_ts_tree_cursor_copy_wasm"] = _ts_tree_cursor_copy_wasm = wasmExports2["ts_tree_cursor_copy_wasm"];
              Module["_ts_tree_cursor_delete_wasm"] = _ts_tree_cursor_delete_wasm = wasmExports2["ts_tree_cursor_delete_wasm"];
              Module["_ts_tree_cursor_reset_wasm"] = _ts_tree_cursor_reset_wasm = wasmExports2["ts_tree_cursor_reset_wasm"];
              Module["_ts_tree_cursor_reset_to_wasm"] = _ts_tree_cursor_reset_to_wasm = wasmExports2["ts_tree_cursor_reset_to_wasm"];
              Module["_ts_tree_cursor_goto_first_child_wasm"] = _ts_tree_cursor_goto_first_child_wasm = wasmExports2["ts_tree_cursor_goto_first_child_wasm"];
              Module["_ts_tree_cursor_goto_last_child_wasm"] = _ts_tree_cursor_goto_last_child_wasm = wasmExports2["ts_tree_cursor_goto_last_child_wasm"];
              Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = _ts_tree_cursor_goto_first_child_for_index_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_index_wasm"];
              Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = _ts_tree_cursor_goto_first_child_for_position_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_position_wasm"];
              Module["_ts_tree_cursor_goto_next_sibling_wasm"] = _ts_tree_cursor_goto_next_sibling_wasm = wasmExports2["ts_tree_cursor_goto_next_sibling_wasm"];
              Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = _ts_tree_cursor_goto_previous_sibling_wasm = wasmExports2["ts_tree_cursor_goto_previous_sibling_wasm"];
              Module["_ts_tree_cursor_goto_descendant_wasm"] = _ts_tree_cursor_goto_descendant_wasm = wasmExports2["ts_tree_cursor_goto_descendant_wasm"];
              Module["_ts_tree_cursor_goto_parent_wasm"] = _ts_tree_cursor_goto_parent_wasm = wasmExports2["ts_tree_cursor_goto_parent_wasm"];
              Module["_ts_tree_cursor_current_node_type_id_wasm"] = _ts_tree_cursor_current_node_type_id_wasm = wasmExports2["ts_tree_cursor_current_node_type_id_wasm"];
              Module["_ts_tree_cursor_current_node_state_id_wasm"] = _ts_tree_cursor_current_node_state_id_wasm = wasmExports2["ts_tree_cursor_current_node_state_id_wasm"];
              Module["_ts_tree_cursor_current_node_is_named_wasm"] = _ts_tree_cursor_current_node_is_named_wasm = wasmExports2["ts_tree_cursor_current_node_is_named_wasm"];
              Module["_ts_tree_cursor_current_node_is_missing_wasm"] = _ts_tree_cursor_current_node_is_missing_wasm = wasmExports2["ts_tree_cursor_current_node_is_missing_wasm"];
              Module["_ts_tree_cursor_current_node_id_wasm"] = _ts_tree_cursor_current_node_id_wasm = wasmExports2["ts_tree_cursor_current_node_id_wasm"];
              Module["_ts_tree_cursor_start_position_wasm"] = _ts_tree_cursor_start_position_wasm = wasmExports2["ts_tree_cursor_start_position_wasm"];
              Module["_ts_tree_cursor_end_position_wasm"] = _ts_tree_cursor_end_position_wasm = wasmExports2["ts_tree_cursor_end_position_wasm"];
              Module["_ts_tree_cursor_start_index_wasm"] = _ts_tree_cursor_start_index_wasm = wasmExports2["ts_tree_cursor_start_index_wasm"];
              Module["_ts_tree_cursor_end_index_wasm"] = _ts_tree_cursor_end_index_wasm = wasmExports2["ts_tree_cursor_end_index_wasm"];
              Module["_ts_tree_cursor_current_field_id_wasm"] = _ts_tree_cursor_current_field_id_wasm = wasmExports2["ts_tree_cursor_current_field_id_wasm"];
              Module["_ts_tree_cursor_current_depth_wasm"] = _ts_tree_cursor_current_depth_wasm = wasmExports2["ts_tree_cursor_current_depth_wasm"];
              Module["_ts_tree_cursor_current_descendant_index_wasm"] = _ts_tree_cursor_current_descendant_index_wasm = wasmExports2["ts_tree_cursor_current_descendant_index_wasm"];
              Module["_ts_tree_cursor_current_node_wasm"] = _ts_tree_cursor_current_node_wasm = wasmExports2["ts_tree_cursor_current_node_wasm"];
              Module["_ts_node_symbol_wasm"] = _ts_node_symbol_wasm = wasmExports2["ts_node_symbol_wasm"];
              Module["_ts_node_field_name_for_child_wasm"] = _ts_node_field_name_for_child_wasm = wasmExports2["ts_node_field_name_for_child_wasm"];
              Module["_ts_node_field_name_for_named_child_wasm"] = _ts_node_field_name_for_named_child_wasm = wasmExports2["ts_node_field_name_for_named_child_wasm"];
              Module["_ts_node_children_by_field_id_wasm"] = _ts_node_children_by_field_id_wasm = wasmExports2["ts_node_children_by_field_id_wasm"];
              Module["_ts_node_first_child_for_byte_wasm"] = _ts_node_first_child_for_byte_wasm = wasmExports2["ts_node_first_child_for_byte_wasm"];
              Module["_ts_node_first_named_child_for_byte_wasm"] = _ts_node_first_named_child_for_byte_wasm = wasmExports2["ts_node_first_named_child_for_byte_wasm"];
              Module["_ts_node_grammar_symbol_wasm"] = _ts_node_grammar_symbol_wasm = wasmExports2["ts_node_grammar_symbol_wasm"];
              Module["_ts_node_child_count_wasm"] = _ts_node_child_count_wasm = wasmExports2["ts_node_child_count_wasm"];
              Module["_ts_node_named_child_count_wasm"] = _ts_node_named_child_count_wasm = wasmExports2["ts_node_named_child_count_wasm"];
              Module["_ts_node_child_wasm"] = _ts_node_child_wasm = wasmExports2["ts_node_child_wasm"];
              Module["_ts_node_named_child_wasm"] = _ts_node_named_child_wasm = wasmExports2["ts_node_named_child_wasm"];
              Module["_ts_node_child_by_field_id_wasm"] = _ts_node_child_by_field_id_wasm = wasmExports2["ts_node_child_by_field_id_wasm"];
              Module["_ts_node_next_sibling_wasm"] = _ts_node_next_sibling_wasm = wasmExports2["ts_node_next_sibling_wasm"];
              Module["_ts_node_prev_sibling_wasm"] = _ts_node_prev_sibling_wasm = wasmExports2["ts_node_prev_sibling_wasm"];
              Module["_ts_node_next_named_sibling_wasm"] = _ts_node_next_named_sibling_wasm = wasmExports2["ts_node_next_named_sibling_wasm"];
              Module["_ts_node_prev_named_sibling_wasm"] = _ts_node_prev_named_sibling_wasm = wasmExports2["ts_node_prev_named_sibling_wasm"];
              Module["_ts_node_descendant_count_wasm"] = _ts_node_descendant_count_wasm = wasmExports2["ts_node_descendant_count_wasm"];
              Module["_ts_node_parent_wasm"] = _ts_node_parent_wasm = wasmExports2["ts_node_parent_wasm"];
              Module["_ts_node_child_with_descendant_wasm"] = _ts_node_child_with_descendant_wasm = wasmExports2["ts_node_child_with_descendant_wasm"];
              Module["_ts_node_descendant_for_index_wasm"] = _ts_node_descendant_for_index_wasm = wasmExports2["ts_node_descendant_for_index_wasm"];
              Module["_ts_node_named_descendant_for_index_wasm"] = _ts_node_named_descendant_for_index_wasm = wasmExports2["ts_node_named_descendant_for_index_wasm"];
              Module["_ts_node_descendant_for_position_wasm"] = _ts_node_descendant_for_position_wasm = wasmExports2["ts_node_descendant_for_position_wasm"];
              Module["_ts_node_named_descendant_for_position_wasm"] = _ts_node_named_descendant_for_position_wasm = wasmExports2["ts_node_named_descendant_for_position_wasm"];
              Module["_ts_node_start_point_wasm"] = _ts_node_start_point_wasm = wasmExports2["ts_node_start_point_wasm"];
              Module["_ts_node_end_point_wasm"] = _ts_node_end_point_wasm = wasmExports2["ts_node_end_point_wasm"];
              Module["_ts_node_start_index_wasm"] = _ts_node_start_index_wasm = wasmExports2["ts_node_start_index_wasm"];
              Module["_ts_node_end_index_wasm"] = _ts_node_end_index_wasm = wasmExports2["ts_node_end_index_wasm"];
              Module["_ts_node_to_string_wasm"] = _ts_node_to_string_wasm = wasmExports2["ts_node_to_string_wasm"];
              Module["_ts_node_children_wasm"] = _ts_node_children_wasm = wasmExports2["ts_node_children_wasm"];
              Module["_ts_node_named_children_wasm"] = _ts_node_named_children_wasm = wasmExports2["ts_node_named_children_wasm"];
              Module["_ts_node_descendants_of_type_wasm"] = _ts_node_descendants_of_type_wasm = wasmExports2["ts_node_descendants_of_type_wasm"];
              Module["_ts_node_is_named_wasm"] = _ts_node_is_named_wasm = wasmExports2["ts_node_is_named_wasm"];
              Module["_ts_node_has_changes_wasm"] = _ts_node_has_changes_wasm = wasmExports2["ts_node_has_changes_wasm"];
              Module["_ts_node_has_error_wasm"] = _ts_node_has_error_wasm = wasmExports2["ts_node_has_error_wasm"];
              Module["_ts_node_is_error_wasm"] = _ts_node_is_error_wasm = wasmExports2["ts_node_is_error_wasm"];
              Module["_ts_node_is_missing_wasm"] = _ts_node_is_missing_wasm = wasmExports2["ts_node_is_missing_wasm"];
              Module["_ts_node_is_extra_wasm"] = _ts_node_is_extra_wasm = wasmExports2["ts_node_is_extra_wasm"];
              Module["_ts_node_parse_state_wasm"] = _ts_node_parse_state_wasm = wasmExports2["ts_node_parse_state_wasm"];
              Module["_ts_node_next_parse_state_wasm"] = _ts_node_next_parse_state_wasm = wasmExports2["ts_node_next_parse_state_wasm"];
              Module["_ts_query_matches_wasm"] = _ts_query_matches_wasm = wasmExports2["ts_query_matches_wasm"];
              Module["_ts_query_captures_wasm"] = _ts_query_captures_wasm = wasmExports2["ts_query_captures_wasm"];
              Module["_memset"] = _memset = wasmExports2["memset"];
              Module["_memcpy"] = _memcpy = wasmExports2["memcpy"];
              Module["_memmove"] = _memmove = wasmExports2["memmove"];
              Module["_iswalpha"] = _iswalpha = wasmExports2["iswalpha"];
              Module["_iswblank"] = _iswblank = wasmExports2["iswblank"];
              Module["_iswdigit"] = _iswdigit = wasmExports2["iswdigit"];
              Module["_iswlower"] = _iswlower = wasmExports2["iswlower"];
              Module["_iswpunct"] = _iswpunct = wasmExports2["iswpunct"];
              Module["_iswupper"] = _iswupper = wasmExports2["iswupper"];
              Module["_iswxdigit"] = _iswxdigit = wasmExports2["iswxdigit"];
              Module["_memchr"] = _memchr = wasmExports2["memchr"];
              Module["_strcmp"] = _strcmp = wasmExports2["strcmp"];
              Module["_strncat"] = _strncat = wasmExports2["strncat"];
              Module["_strncpy"] = _strncpy = wasmExports2["strncpy"];
              Module["_towlower"] = _towlower = wasmExports2["towlower"];
              Module["_towupper"] = _towupper = wasmExports2["towupper"];
              _setThrew = wasmExports2["setThrew"];
              __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
              __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
              _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
              ___wasm_apply_data_relocs = wasmExports2["__wasm_apply_data_relocs"];
            }
            __name(assignWasmExports, "assignWasmExports");
            var wasmImports = {
              /** @export */
              __heap_base: ___heap_base,
              /** @export */
              __indirect_function_table: wasmTable,
              /** @export */
              __memory_base: ___memory_base,
              /** @export */
              __stack_high: ___stack_high,
              /** @export */
              __stack_low: ___stack_low,
              /** @export */
              __stack_pointer: ___stack_pointer,
              /** @export */
              __table_base: ___table_base,
              /** @export */
              _abort_js: __abort_js,
              /** @export */
              emscripten_resize_heap: _emscripten_resize_heap,
              /** @export */
              fd_close: _fd_close,
              /** @export */
              fd_seek: _fd_seek,
              /** @export */
              fd_write: _fd_write,
              /** @export */
              memory: wasmMemory,
              /** @export */
              tree_sitter_log_callback: _tree_sitter_log_callback,
              /** @export */
              tree_sitter_parse_callback: _tree_sitter_parse_callback,
              /** @export */
              tree_sitter_progress_callback: _tree_sitter_progress_callback,
              /** @export */
              tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
            };
            function callMain(args2 = []) {
              var entryFunction = resolveGlobalSymbol("main").sym;
              if (!entryFunction) return;
              args2.unshift(thisProgram);
              var argc = args2.length;
              var argv = stackAlloc((argc + 1) * 4);
              var argv_ptr = argv;
              args2.forEach((arg) => {
                LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
                argv_ptr += 4;
              });
              LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
              try {
                var ret = entryFunction(argc, argv);
                exitJS(
                  ret,
                  /* implicit = */
                  true
                );
                return ret;
              } catch (e) {
                return handleException(e);
              }
            }
            __name(callMain, "callMain");
            function run(args2 = arguments_) {
              if (runDependencies > 0) {
                dependenciesFulfilled = run;
                return;
              }
              preRun();
              if (runDependencies > 0) {
                dependenciesFulfilled = run;
                return;
              }
              function doRun() {
                Module["calledRun"] = true;
                if (ABORT) return;
                initRuntime();
                preMain();
                readyPromiseResolve?.(Module);
                Module["onRuntimeInitialized"]?.();
                var noInitialRun = Module["noInitialRun"] || false;
                if (!noInitialRun) callMain(args2);
                postRun();
              }
              __name(doRun, "doRun");
              if (Module["setStatus"]) {
                Module["setStatus"]("Running...");
                setTimeout(() => {
                  setTimeout(() => Module["setStatus"](""), 1);
                  doRun();
                }, 1);
              } else {
                doRun();
              }
            }
            __name(run, "run");
            var wasmExports;
            wasmExports = await createWasm();
            run();
            if (runtimeInitialized) {
              moduleRtn = Module;
            } else {
              moduleRtn = new Promise((resolve7, reject) => {
                readyPromiseResolve = resolve7;
                readyPromiseReject = reject;
              });
            }
            return moduleRtn;
          };
        })();
        if (typeof exports === "object" && typeof module === "object") {
          module.exports = Module;
          module.exports.default = Module;
        } else if (typeof define === "function" && define["amd"])
          define([], () => Module);
      }
    });
    var index_exports = {};
    __export(index_exports, {
      CaptureQuantifier: () => CaptureQuantifier,
      Edit: () => Edit,
      LANGUAGE_VERSION: () => LANGUAGE_VERSION,
      Language: () => Language,
      LookaheadIterator: () => LookaheadIterator,
      MIN_COMPATIBLE_VERSION: () => MIN_COMPATIBLE_VERSION,
      Node: () => Node,
      Parser: () => Parser,
      Query: () => Query,
      Tree: () => Tree,
      TreeCursor: () => TreeCursor
    });
    module.exports = __toCommonJS(index_exports);
    var Edit = class {
      static {
        __name(this, "Edit");
      }
      /** The start position of the change. */
      startPosition;
      /** The end position of the change before the edit. */
      oldEndPosition;
      /** The end position of the change after the edit. */
      newEndPosition;
      /** The start index of the change. */
      startIndex;
      /** The end index of the change before the edit. */
      oldEndIndex;
      /** The end index of the change after the edit. */
      newEndIndex;
      constructor({
        startIndex,
        oldEndIndex,
        newEndIndex,
        startPosition,
        oldEndPosition,
        newEndPosition
      }) {
        this.startIndex = startIndex >>> 0;
        this.oldEndIndex = oldEndIndex >>> 0;
        this.newEndIndex = newEndIndex >>> 0;
        this.startPosition = startPosition;
        this.oldEndPosition = oldEndPosition;
        this.newEndPosition = newEndPosition;
      }
      /**
       * Edit a point and index to keep it in-sync with source code that has been edited.
       *
       * This function updates a single point's byte offset and row/column position
       * based on an edit operation. This is useful for editing points without
       * requiring a tree or node instance.
       */
      editPoint(point3, index2) {
        let newIndex = index2;
        const newPoint = { ...point3 };
        if (index2 >= this.oldEndIndex) {
          newIndex = this.newEndIndex + (index2 - this.oldEndIndex);
          const originalRow = point3.row;
          newPoint.row = this.newEndPosition.row + (point3.row - this.oldEndPosition.row);
          newPoint.column = originalRow === this.oldEndPosition.row ? this.newEndPosition.column + (point3.column - this.oldEndPosition.column) : point3.column;
        } else if (index2 > this.startIndex) {
          newIndex = this.newEndIndex;
          newPoint.row = this.newEndPosition.row;
          newPoint.column = this.newEndPosition.column;
        }
        return { point: newPoint, index: newIndex };
      }
      /**
       * Edit a range to keep it in-sync with source code that has been edited.
       *
       * This function updates a range's start and end positions based on an edit
       * operation. This is useful for editing ranges without requiring a tree
       * or node instance.
       */
      editRange(range2) {
        const newRange = {
          startIndex: range2.startIndex,
          startPosition: { ...range2.startPosition },
          endIndex: range2.endIndex,
          endPosition: { ...range2.endPosition }
        };
        if (range2.endIndex >= this.oldEndIndex) {
          if (range2.endIndex !== Number.MAX_SAFE_INTEGER) {
            newRange.endIndex = this.newEndIndex + (range2.endIndex - this.oldEndIndex);
            newRange.endPosition = {
              row: this.newEndPosition.row + (range2.endPosition.row - this.oldEndPosition.row),
              column: range2.endPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range2.endPosition.column - this.oldEndPosition.column) : range2.endPosition.column
            };
            if (newRange.endIndex < this.newEndIndex) {
              newRange.endIndex = Number.MAX_SAFE_INTEGER;
              newRange.endPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
            }
          }
        } else if (range2.endIndex > this.startIndex) {
          newRange.endIndex = this.startIndex;
          newRange.endPosition = { ...this.startPosition };
        }
        if (range2.startIndex >= this.oldEndIndex) {
          newRange.startIndex = this.newEndIndex + (range2.startIndex - this.oldEndIndex);
          newRange.startPosition = {
            row: this.newEndPosition.row + (range2.startPosition.row - this.oldEndPosition.row),
            column: range2.startPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range2.startPosition.column - this.oldEndPosition.column) : range2.startPosition.column
          };
          if (newRange.startIndex < this.newEndIndex) {
            newRange.startIndex = Number.MAX_SAFE_INTEGER;
            newRange.startPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
          }
        } else if (range2.startIndex > this.startIndex) {
          newRange.startIndex = this.startIndex;
          newRange.startPosition = { ...this.startPosition };
        }
        return newRange;
      }
    };
    var SIZE_OF_SHORT = 2;
    var SIZE_OF_INT = 4;
    var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
    var SIZE_OF_NODE = 5 * SIZE_OF_INT;
    var SIZE_OF_POINT = 2 * SIZE_OF_INT;
    var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
    var ZERO_POINT = { row: 0, column: 0 };
    var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
    function assertInternal(x) {
      if (x !== INTERNAL) throw new Error("Illegal constructor");
    }
    __name(assertInternal, "assertInternal");
    function isPoint(point3) {
      return !!point3 && typeof point3.row === "number" && typeof point3.column === "number";
    }
    __name(isPoint, "isPoint");
    function setModule(module2) {
      C = module2;
    }
    __name(setModule, "setModule");
    var C;
    function newFinalizer(handler) {
      try {
        return new FinalizationRegistry(handler);
      } catch (e) {
        console.error("Unsupported FinalizationRegistry:", e);
        return;
      }
    }
    __name(newFinalizer, "newFinalizer");
    var finalizer = newFinalizer((address) => {
      C._ts_lookahead_iterator_delete(address);
    });
    var LookaheadIterator = class {
      static {
        __name(this, "LookaheadIterator");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      language;
      /** @internal */
      positioned = false;
      /** @internal */
      constructor(internal, address, language) {
        assertInternal(internal);
        this[0] = address;
        this.language = language;
        finalizer?.register(this, address, this);
      }
      /**
       * Get the current symbol of the lookahead iterator.
       *
       * Returns `null` if the iterator is not positioned on a symbol:
       *
       * - Before the first iteration step
       * - After the iterator is exhausted
       * - After a {@link reset} or {@link resetState} call
       */
      get currentTypeId() {
        return this.positioned ? C._ts_lookahead_iterator_current_symbol(this[0]) : null;
      }
      /**
       * Get the current symbol name of the lookahead iterator.
       *
       * Returns `null` if the iterator is not positioned on a symbol.
       */
      get currentType() {
        const id = this.currentTypeId;
        if (id === null) return null;
        return this.language.types[id] ?? C.UTF8ToString(C._ts_language_symbol_name(this.language[0], id));
      }
      /** Delete the lookahead iterator, freeing its resources. */
      delete() {
        finalizer?.unregister(this);
        C._ts_lookahead_iterator_delete(this[0]);
        this[0] = 0;
      }
      /**
       * Reset the lookahead iterator.
       *
       * This returns `true` if the language was set successfully and `false`
       * otherwise.
       */
      reset(language, stateId) {
        if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
          this.language = language;
          this.positioned = false;
          return true;
        }
        return false;
      }
      /**
       * Reset the lookahead iterator to another state.
       *
       * This returns `true` if the iterator was reset to the given state and
       * `false` otherwise.
       */
      resetState(stateId) {
        if (!C._ts_lookahead_iterator_reset_state(this[0], stateId)) return false;
        this.positioned = false;
        return true;
      }
      /**
       * Returns an iterator that iterates over the symbols of the lookahead iterator.
       *
       * The iterator will yield the current symbol name as a string for each step
       * until there are no more symbols to iterate over.
       */
      [Symbol.iterator]() {
        return {
          next: /* @__PURE__ */ __name(() => {
            this.positioned = Boolean(C._ts_lookahead_iterator_next(this[0]));
            const value = this.currentType;
            return value === null ? { done: true, value: "" } : { done: false, value };
          }, "next")
        };
      }
    };
    function getText(tree, startIndex, endIndex, startPosition) {
      const length = endIndex - startIndex;
      let result = tree.textCallback(startIndex, startPosition);
      if (result) {
        startIndex += result.length;
        while (startIndex < endIndex) {
          const string3 = tree.textCallback(startIndex, startPosition);
          if (string3 && string3.length > 0) {
            startIndex += string3.length;
            result += string3;
          } else {
            break;
          }
        }
        if (startIndex > endIndex) {
          result = result.slice(0, length);
        }
      }
      return result ?? "";
    }
    __name(getText, "getText");
    var finalizer2 = newFinalizer((address) => {
      C._ts_tree_delete(address);
    });
    var Tree = class _Tree {
      static {
        __name(this, "Tree");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      textCallback;
      /** The language that was used to parse the syntax tree. */
      language;
      /** @internal */
      constructor(internal, address, language, textCallback) {
        assertInternal(internal);
        this[0] = address;
        this.language = language;
        this.textCallback = textCallback;
        finalizer2?.register(this, address, this);
      }
      /** Create a shallow copy of the syntax tree. This is very fast. */
      copy() {
        const address = C._ts_tree_copy(this[0]);
        return new _Tree(INTERNAL, address, this.language, this.textCallback);
      }
      /** Delete the syntax tree, freeing its resources. */
      delete() {
        finalizer2?.unregister(this);
        C._ts_tree_delete(this[0]);
        this[0] = 0;
      }
      /** Get the root node of the syntax tree. */
      get rootNode() {
        C._ts_tree_root_node_wasm(this[0]);
        return unmarshalNode(this);
      }
      /**
       * Get the root node of the syntax tree, but with its position shifted
       * forward by the given offset.
       */
      rootNodeWithOffset(offsetBytes, offsetExtent) {
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, offsetBytes, "i32");
        marshalPoint(address + SIZE_OF_INT, offsetExtent);
        C._ts_tree_root_node_with_offset_wasm(this[0]);
        return unmarshalNode(this);
      }
      /**
       * Edit the syntax tree to keep it in sync with source code that has been
       * edited.
       *
       * You must describe the edit both in terms of byte offsets and in terms of
       * row/column coordinates.
       */
      edit(edit) {
        marshalEdit(edit);
        C._ts_tree_edit_wasm(this[0]);
      }
      /** Create a new {@link TreeCursor} starting from the root of the tree. */
      walk() {
        return this.rootNode.walk();
      }
      /**
       * Compare this old edited syntax tree to a new syntax tree representing
       * the same document, returning a sequence of ranges whose syntactic
       * structure has changed.
       *
       * For this to work correctly, this syntax tree must have been edited such
       * that its ranges match up to the new tree. Generally, you'll want to
       * call this method right after calling one of the [`Parser::parse`]
       * functions. Call it on the old tree that was passed to parse, and
       * pass the new tree that was returned from `parse`.
       */
      getChangedRanges(other) {
        if (!(other instanceof _Tree)) {
          throw new TypeError("Argument must be a Tree");
        }
        C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalRange(address);
            address += SIZE_OF_RANGE;
          }
          C._free(buffer);
        }
        return result;
      }
      /** Get the included ranges that were used to parse the syntax tree. */
      getIncludedRanges() {
        C._ts_tree_included_ranges_wasm(this[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalRange(address);
            address += SIZE_OF_RANGE;
          }
          C._free(buffer);
        }
        return result;
      }
    };
    var finalizer3 = newFinalizer((handles) => {
      marshalTreeCursor({ handles });
      C._ts_tree_cursor_delete_wasm(0);
    });
    var TreeCursor = class _TreeCursor {
      static {
        __name(this, "TreeCursor");
      }
      /** @internal */
      handles = [0, 0, 0, 0];
      // Internal handles for Wasm, shared with the finalizer.
      /** @internal */
      tree;
      /** @internal */
      constructor(internal, tree) {
        assertInternal(internal);
        this.tree = tree;
        unmarshalTreeCursor(this);
        finalizer3?.register(this, this.handles, this);
      }
      /** Creates a deep copy of the tree cursor. This allocates new memory. */
      copy() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_copy_wasm(this.tree[0]);
        return new _TreeCursor(INTERNAL, this.tree);
      }
      /** Delete the tree cursor, freeing its resources. */
      delete() {
        finalizer3?.unregister(this);
        marshalTreeCursor(this);
        C._ts_tree_cursor_delete_wasm(this.tree[0]);
        this.handles.fill(0);
      }
      /** Get the tree cursor's current {@link Node}. */
      get currentNode() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_current_node_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get the numerical field id of this tree cursor's current node.
       *
       * See also {@link TreeCursor#currentFieldName}.
       */
      get currentFieldId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
      }
      /** Get the field name of this tree cursor's current node. */
      get currentFieldName() {
        return this.tree.language.fields[this.currentFieldId];
      }
      /**
       * Get the depth of the cursor's current node relative to the original
       * node that the cursor was constructed with.
       */
      get currentDepth() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
      }
      /**
       * Get the index of the cursor's current node out of all of the
       * descendants of the original node that the cursor was constructed with.
       */
      get currentDescendantIndex() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
      }
      /** Get the type of the cursor's current node. */
      get nodeType() {
        return this.tree.language.types[this.nodeTypeId] || "ERROR";
      }
      /** Get the type id of the cursor's current node. */
      get nodeTypeId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
      }
      /** Get the state id of the cursor's current node. */
      get nodeStateId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
      }
      /** Get the id of the cursor's current node. */
      get nodeId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
      }
      /**
       * Check if the cursor's current node is *named*.
       *
       * Named nodes correspond to named rules in the grammar, whereas
       * *anonymous* nodes correspond to string literals in the grammar.
       */
      get nodeIsNamed() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if the cursor's current node is *missing*.
       *
       * Missing nodes are inserted by the parser in order to recover from
       * certain kinds of syntax errors.
       */
      get nodeIsMissing() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
      }
      /** Get the string content of the cursor's current node. */
      get nodeText() {
        marshalTreeCursor(this);
        const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
        const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
        C._ts_tree_cursor_start_position_wasm(this.tree[0]);
        const startPosition = unmarshalPoint(TRANSFER_BUFFER);
        return getText(this.tree, startIndex, endIndex, startPosition);
      }
      /** Get the start position of the cursor's current node. */
      get startPosition() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_start_position_wasm(this.tree[0]);
        return unmarshalPoint(TRANSFER_BUFFER);
      }
      /** Get the end position of the cursor's current node. */
      get endPosition() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_end_position_wasm(this.tree[0]);
        return unmarshalPoint(TRANSFER_BUFFER);
      }
      /** Get the start index of the cursor's current node. */
      get startIndex() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
      }
      /** Get the end index of the cursor's current node. */
      get endIndex() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
      }
      /**
       * Move this cursor to the first child of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there were no children.
       */
      gotoFirstChild() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the last child of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there were no children.
       *
       * Note that this function may be slower than
       * {@link TreeCursor#gotoFirstChild} because it needs to
       * iterate through all the children to compute the child's position.
       */
      gotoLastChild() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the parent of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there was no parent node (the cursor was already on the
       * root node).
       *
       * Note that the node the cursor was constructed with is considered the root
       * of the cursor, and the cursor cannot walk outside this node.
       */
      gotoParent() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the next sibling of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there was no next sibling node.
       *
       * Note that the node the cursor was constructed with is considered the root
       * of the cursor, and the cursor cannot walk outside this node.
       */
      gotoNextSibling() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the previous sibling of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there was no previous sibling node.
       *
       * Note that this function may be slower than
       * {@link TreeCursor#gotoNextSibling} due to how node
       * positions are stored. In the worst case, this will need to iterate
       * through all the children up to the previous sibling node to recalculate
       * its position. Also note that the node the cursor was constructed with is
       * considered the root of the cursor, and the cursor cannot walk outside this node.
       */
      gotoPreviousSibling() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move the cursor to the node that is the nth descendant of
       * the original node that the cursor was constructed with, where
       * zero represents the original node itself.
       */
      gotoDescendant(goalDescendantIndex) {
        marshalTreeCursor(this);
        C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
        unmarshalTreeCursor(this);
      }
      /**
       * Move this cursor to the first child of its current node that contains or
       * starts after the given byte offset.
       *
       * This returns `true` if the cursor successfully moved to a child node, and returns
       * `false` if no such child was found.
       */
      gotoFirstChildForIndex(goalIndex) {
        marshalTreeCursor(this);
        C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
        const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the first child of its current node that contains or
       * starts after the given position.
       *
       * This returns `true` if the cursor successfully moved to a child node, and returns
       * `false` if no such child was found.
       */
      gotoFirstChildForPosition(goalPosition) {
        marshalTreeCursor(this);
        marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
        const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Re-initialize this tree cursor to start at the original node that the
       * cursor was constructed with.
       */
      reset(node2) {
        marshalNode(node2);
        marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
        C._ts_tree_cursor_reset_wasm(node2.tree[0]);
        unmarshalTreeCursor(this);
        this.tree = node2.tree;
      }
      /**
       * Re-initialize a tree cursor to the same position as another cursor.
       *
       * Unlike {@link TreeCursor#reset}, this will not lose parent
       * information and allows reusing already created cursors.
       */
      resetTo(cursor) {
        marshalTreeCursor(this, TRANSFER_BUFFER);
        marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
        C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
        unmarshalTreeCursor(this);
        this.tree = cursor.tree;
      }
    };
    var Node = class {
      static {
        __name(this, "Node");
      }
      /** @internal */
      // @ts-expect-error: never read
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      _children;
      /** @internal */
      _namedChildren;
      /** @internal */
      constructor(internal, {
        id,
        tree,
        startIndex,
        startPosition,
        other
      }) {
        assertInternal(internal);
        this[0] = other;
        this.id = id;
        this.tree = tree;
        this.startIndex = startIndex;
        this.startPosition = startPosition;
      }
      /**
       * The numeric id for this node that is unique.
       *
       * Within a given syntax tree, no two nodes have the same id. However:
       *
       * * If a new tree is created based on an older tree, and a node from the old tree is reused in
       *   the process, then that node will have the same id in both trees.
       *
       * * A node not marked as having changes does not guarantee it was reused.
       *
       * * If a node is marked as having changed in the old tree, it will not be reused.
       */
      id;
      /** The byte index where this node starts. */
      startIndex;
      /** The position where this node starts. */
      startPosition;
      /** The tree that this node belongs to. */
      tree;
      /** Get this node's type as a numerical id. */
      get typeId() {
        marshalNode(this);
        return C._ts_node_symbol_wasm(this.tree[0]);
      }
      /**
       * Get the node's type as a numerical id as it appears in the grammar,
       * ignoring aliases.
       */
      get grammarId() {
        marshalNode(this);
        return C._ts_node_grammar_symbol_wasm(this.tree[0]);
      }
      /** Get this node's type as a string. */
      get type() {
        return this.tree.language.types[this.typeId] || "ERROR";
      }
      /**
       * Get this node's symbol name as it appears in the grammar, ignoring
       * aliases as a string.
       */
      get grammarType() {
        return this.tree.language.types[this.grammarId] || "ERROR";
      }
      /**
       * Check if this node is *named*.
       *
       * Named nodes correspond to named rules in the grammar, whereas
       * *anonymous* nodes correspond to string literals in the grammar.
       */
      get isNamed() {
        marshalNode(this);
        return C._ts_node_is_named_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node is *extra*.
       *
       * Extra nodes represent things like comments, which are not required
       * by the grammar, but can appear anywhere.
       */
      get isExtra() {
        marshalNode(this);
        return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node represents a syntax error.
       *
       * Syntax errors represent parts of the code that could not be incorporated
       * into a valid syntax tree.
       */
      get isError() {
        marshalNode(this);
        return C._ts_node_is_error_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node is *missing*.
       *
       * Missing nodes are inserted by the parser in order to recover from
       * certain kinds of syntax errors.
       */
      get isMissing() {
        marshalNode(this);
        return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
      }
      /** Check if this node has been edited. */
      get hasChanges() {
        marshalNode(this);
        return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node represents a syntax error or contains any syntax
       * errors anywhere within it.
       */
      get hasError() {
        marshalNode(this);
        return C._ts_node_has_error_wasm(this.tree[0]) === 1;
      }
      /** Get the byte index where this node ends. */
      get endIndex() {
        marshalNode(this);
        return C._ts_node_end_index_wasm(this.tree[0]);
      }
      /** Get the position where this node ends. */
      get endPosition() {
        marshalNode(this);
        C._ts_node_end_point_wasm(this.tree[0]);
        return unmarshalPoint(TRANSFER_BUFFER);
      }
      /** Get the string content of this node. */
      get text() {
        return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
      }
      /** Get this node's parse state. */
      get parseState() {
        marshalNode(this);
        return C._ts_node_parse_state_wasm(this.tree[0]);
      }
      /** Get the parse state after this node. */
      get nextParseState() {
        marshalNode(this);
        return C._ts_node_next_parse_state_wasm(this.tree[0]);
      }
      /** Check if this node is equal to another node. */
      equals(other) {
        return this.tree === other.tree && this.id === other.id;
      }
      /**
       * Get the node's child at the given index, where zero represents the first child.
       *
       * This method is fairly fast, but its cost is technically log(n), so if
       * you might be iterating over a long list of children, you should use
       * {@link Node#children} instead.
       */
      child(index2) {
        marshalNode(this);
        C._ts_node_child_wasm(this.tree[0], index2);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's *named* child at the given index.
       *
       * See also {@link Node#isNamed}.
       * This method is fairly fast, but its cost is technically log(n), so if
       * you might be iterating over a long list of children, you should use
       * {@link Node#namedChildren} instead.
       */
      namedChild(index2) {
        marshalNode(this);
        C._ts_node_named_child_wasm(this.tree[0], index2);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's child with the given numerical field id.
       *
       * See also {@link Node#childForFieldName}. You can
       * convert a field name to an id using {@link Language#fieldIdForName}.
       */
      childForFieldId(fieldId) {
        marshalNode(this);
        C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
        return unmarshalNode(this.tree);
      }
      /**
       * Get the first child with the given field name.
       *
       * If multiple children may have the same field name, access them using
       * {@link Node#childrenForFieldName}.
       */
      childForFieldName(fieldName) {
        const fieldId = this.tree.language.fields.indexOf(fieldName);
        if (fieldId !== -1) return this.childForFieldId(fieldId);
        return null;
      }
      /** Get the field name of this node's child at the given index. */
      fieldNameForChild(index2) {
        marshalNode(this);
        const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index2);
        if (!address) return null;
        return C.AsciiToString(address);
      }
      /** Get the field name of this node's named child at the given index. */
      fieldNameForNamedChild(index2) {
        marshalNode(this);
        const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index2);
        if (!address) return null;
        return C.AsciiToString(address);
      }
      /**
       * Get an array of this node's children with a given field name.
       *
       * See also {@link Node#children}.
       */
      childrenForFieldName(fieldName) {
        const fieldId = this.tree.language.fields.indexOf(fieldName);
        if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
        return [];
      }
      /**
        * Get an array of this node's children with a given field id.
        *
        * See also {@link Node#childrenForFieldName}.
        */
      childrenForFieldId(fieldId) {
        marshalNode(this);
        C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalNode(this.tree, address);
            address += SIZE_OF_NODE;
          }
          C._free(buffer);
        }
        return result;
      }
      /** Get the node's first child that contains or starts after the given byte offset. */
      firstChildForIndex(index2) {
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, index2, "i32");
        C._ts_node_first_child_for_byte_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the node's first named child that contains or starts after the given byte offset. */
      firstNamedChildForIndex(index2) {
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, index2, "i32");
        C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get this node's number of children. */
      get childCount() {
        marshalNode(this);
        return C._ts_node_child_count_wasm(this.tree[0]);
      }
      /**
       * Get this node's number of *named* children.
       *
       * See also {@link Node#isNamed}.
       */
      get namedChildCount() {
        marshalNode(this);
        return C._ts_node_named_child_count_wasm(this.tree[0]);
      }
      /** Get this node's first child. */
      get firstChild() {
        return this.child(0);
      }
      /**
       * Get this node's first named child.
       *
       * See also {@link Node#isNamed}.
       */
      get firstNamedChild() {
        return this.namedChild(0);
      }
      /** Get this node's last child. */
      get lastChild() {
        return this.child(this.childCount - 1);
      }
      /**
       * Get this node's last named child.
       *
       * See also {@link Node#isNamed}.
       */
      get lastNamedChild() {
        return this.namedChild(this.namedChildCount - 1);
      }
      /**
       * Iterate over this node's children.
       *
       * If you're walking the tree recursively, you may want to use the
       * {@link TreeCursor} APIs directly instead.
       */
      get children() {
        if (!this._children) {
          marshalNode(this);
          C._ts_node_children_wasm(this.tree[0]);
          const count = C.getValue(TRANSFER_BUFFER, "i32");
          const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          this._children = new Array(count);
          if (count > 0) {
            let address = buffer;
            for (let i2 = 0; i2 < count; i2++) {
              this._children[i2] = unmarshalNode(this.tree, address);
              address += SIZE_OF_NODE;
            }
            C._free(buffer);
          }
        }
        return this._children;
      }
      /**
       * Iterate over this node's named children.
       *
       * See also {@link Node#children}.
       */
      get namedChildren() {
        if (!this._namedChildren) {
          marshalNode(this);
          C._ts_node_named_children_wasm(this.tree[0]);
          const count = C.getValue(TRANSFER_BUFFER, "i32");
          const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          this._namedChildren = new Array(count);
          if (count > 0) {
            let address = buffer;
            for (let i2 = 0; i2 < count; i2++) {
              this._namedChildren[i2] = unmarshalNode(this.tree, address);
              address += SIZE_OF_NODE;
            }
            C._free(buffer);
          }
        }
        return this._namedChildren;
      }
      /**
       * Get the descendants of this node that are the given type, or in the given types array.
       *
       * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
       *
       * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
       */
      descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
        if (!Array.isArray(types)) types = [types];
        const symbols = [];
        const typesBySymbol = this.tree.language.types;
        for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
          if (types.includes(typesBySymbol[i2])) {
            symbols.push(i2);
          }
        }
        if (types.includes("ERROR")) {
          symbols.push(65535);
        }
        const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
        for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
          C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
        }
        marshalNode(this);
        C._ts_node_descendants_of_type_wasm(
          this.tree[0],
          symbolsAddress,
          symbols.length,
          startPosition.row,
          startPosition.column,
          endPosition.row,
          endPosition.column
        );
        const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
        const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(descendantCount);
        if (descendantCount > 0) {
          let address = descendantAddress;
          for (let i2 = 0; i2 < descendantCount; i2++) {
            result[i2] = unmarshalNode(this.tree, address);
            address += SIZE_OF_NODE;
          }
        }
        C._free(descendantAddress);
        C._free(symbolsAddress);
        return result;
      }
      /** Get this node's next sibling. */
      get nextSibling() {
        marshalNode(this);
        C._ts_node_next_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get this node's previous sibling. */
      get previousSibling() {
        marshalNode(this);
        C._ts_node_prev_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's next *named* sibling.
       *
       * See also {@link Node#isNamed}.
       */
      get nextNamedSibling() {
        marshalNode(this);
        C._ts_node_next_named_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's previous *named* sibling.
       *
       * See also {@link Node#isNamed}.
       */
      get previousNamedSibling() {
        marshalNode(this);
        C._ts_node_prev_named_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the node's number of descendants, including one for the node itself. */
      get descendantCount() {
        marshalNode(this);
        return C._ts_node_descendant_count_wasm(this.tree[0]);
      }
      /**
       * Get this node's immediate parent.
       * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
       */
      get parent() {
        marshalNode(this);
        C._ts_node_parent_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get the node that contains `descendant`.
       *
       * Note that this can return `descendant` itself.
       */
      childWithDescendant(descendant) {
        marshalNode(this);
        marshalNode(descendant, 1);
        C._ts_node_child_with_descendant_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest node within this node that spans the given byte range. */
      descendantForIndex(start2, end = start2) {
        if (typeof start2 !== "number" || typeof end !== "number") {
          throw new Error("Arguments must be numbers");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, start2, "i32");
        C.setValue(address + SIZE_OF_INT, end, "i32");
        C._ts_node_descendant_for_index_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest named node within this node that spans the given byte range. */
      namedDescendantForIndex(start2, end = start2) {
        if (typeof start2 !== "number" || typeof end !== "number") {
          throw new Error("Arguments must be numbers");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, start2, "i32");
        C.setValue(address + SIZE_OF_INT, end, "i32");
        C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest node within this node that spans the given point range. */
      descendantForPosition(start2, end = start2) {
        if (!isPoint(start2) || !isPoint(end)) {
          throw new Error("Arguments must be {row, column} objects");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        marshalPoint(address, start2);
        marshalPoint(address + SIZE_OF_POINT, end);
        C._ts_node_descendant_for_position_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest named node within this node that spans the given point range. */
      namedDescendantForPosition(start2, end = start2) {
        if (!isPoint(start2) || !isPoint(end)) {
          throw new Error("Arguments must be {row, column} objects");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        marshalPoint(address, start2);
        marshalPoint(address + SIZE_OF_POINT, end);
        C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Create a new {@link TreeCursor} starting from this node.
       *
       * Note that the given node is considered the root of the cursor,
       * and the cursor cannot walk outside this node.
       */
      walk() {
        marshalNode(this);
        C._ts_tree_cursor_new_wasm(this.tree[0]);
        return new TreeCursor(INTERNAL, this.tree);
      }
      /**
       * Edit this node to keep it in-sync with source code that has been edited.
       *
       * This function is only rarely needed. When you edit a syntax tree with
       * the {@link Tree#edit} method, all of the nodes that you retrieve from
       * the tree afterward will already reflect the edit. You only need to
       * use {@link Node#edit} when you have a specific {@link Node} instance that
       * you want to keep and continue to use after an edit.
       */
      edit(edit) {
        const { point: point3, index: index2 } = edit.editPoint(this.startPosition, this.startIndex);
        this.startPosition = point3;
        this.startIndex = index2;
      }
      /** Get the S-expression representation of this node. */
      toString() {
        marshalNode(this);
        const address = C._ts_node_to_string_wasm(this.tree[0]);
        const result = C.AsciiToString(address);
        C._free(address);
        return result;
      }
    };
    function unmarshalCaptures(query, tree, address, patternIndex, result) {
      for (let i2 = 0, n = result.length; i2 < n; i2++) {
        const captureIndex = C.getValue(address, "i32");
        address += SIZE_OF_INT;
        const node2 = unmarshalNode(tree, address);
        address += SIZE_OF_NODE;
        result[i2] = { patternIndex, name: query.captureNames[captureIndex], node: node2 };
      }
      return address;
    }
    __name(unmarshalCaptures, "unmarshalCaptures");
    function marshalNode(node2, index2 = 0) {
      let address = TRANSFER_BUFFER + index2 * SIZE_OF_NODE;
      C.setValue(address, node2.id, "i32");
      address += SIZE_OF_INT;
      C.setValue(address, node2.startIndex, "i32");
      address += SIZE_OF_INT;
      C.setValue(address, node2.startPosition.row, "i32");
      address += SIZE_OF_INT;
      C.setValue(address, node2.startPosition.column, "i32");
      address += SIZE_OF_INT;
      C.setValue(address, node2[0], "i32");
    }
    __name(marshalNode, "marshalNode");
    function unmarshalNode(tree, address = TRANSFER_BUFFER) {
      const id = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      if (id === 0) return null;
      const index2 = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const row = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const column = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const other = C.getValue(address, "i32");
      const result = new Node(INTERNAL, {
        id,
        tree,
        startIndex: index2,
        startPosition: { row, column },
        other
      });
      return result;
    }
    __name(unmarshalNode, "unmarshalNode");
    function marshalTreeCursor({ handles }, address = TRANSFER_BUFFER) {
      C.setValue(address + 0 * SIZE_OF_INT, handles[0], "i32");
      C.setValue(address + 1 * SIZE_OF_INT, handles[1], "i32");
      C.setValue(address + 2 * SIZE_OF_INT, handles[2], "i32");
      C.setValue(address + 3 * SIZE_OF_INT, handles[3], "i32");
    }
    __name(marshalTreeCursor, "marshalTreeCursor");
    function unmarshalTreeCursor({ handles }) {
      handles[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
      handles[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
      handles[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
      handles[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
    }
    __name(unmarshalTreeCursor, "unmarshalTreeCursor");
    function marshalPoint(address, point3) {
      C.setValue(address, point3.row, "i32");
      C.setValue(address + SIZE_OF_INT, point3.column, "i32");
    }
    __name(marshalPoint, "marshalPoint");
    function unmarshalPoint(address) {
      const result = {
        row: C.getValue(address, "i32") >>> 0,
        column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
      };
      return result;
    }
    __name(unmarshalPoint, "unmarshalPoint");
    function marshalRange(address, range2) {
      marshalPoint(address, range2.startPosition);
      address += SIZE_OF_POINT;
      marshalPoint(address, range2.endPosition);
      address += SIZE_OF_POINT;
      C.setValue(address, range2.startIndex, "i32");
      address += SIZE_OF_INT;
      C.setValue(address, range2.endIndex, "i32");
      address += SIZE_OF_INT;
    }
    __name(marshalRange, "marshalRange");
    function unmarshalRange(address) {
      const result = {};
      result.startPosition = unmarshalPoint(address);
      address += SIZE_OF_POINT;
      result.endPosition = unmarshalPoint(address);
      address += SIZE_OF_POINT;
      result.startIndex = C.getValue(address, "i32") >>> 0;
      address += SIZE_OF_INT;
      result.endIndex = C.getValue(address, "i32") >>> 0;
      return result;
    }
    __name(unmarshalRange, "unmarshalRange");
    function marshalEdit(edit, address = TRANSFER_BUFFER) {
      marshalPoint(address, edit.startPosition);
      address += SIZE_OF_POINT;
      marshalPoint(address, edit.oldEndPosition);
      address += SIZE_OF_POINT;
      marshalPoint(address, edit.newEndPosition);
      address += SIZE_OF_POINT;
      C.setValue(address, edit.startIndex, "i32");
      address += SIZE_OF_INT;
      C.setValue(address, edit.oldEndIndex, "i32");
      address += SIZE_OF_INT;
      C.setValue(address, edit.newEndIndex, "i32");
      address += SIZE_OF_INT;
    }
    __name(marshalEdit, "marshalEdit");
    function unmarshalLanguageMetadata(address) {
      const major_version = C.getValue(address, "i32");
      const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
      const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
      return { major_version, minor_version, patch_version };
    }
    __name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
    var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
    var Language = class _Language {
      static {
        __name(this, "Language");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /**
       * A list of all node types in the language. The index of each type in this
       * array is its node type id.
       */
      types;
      /**
       * A list of all field names in the language. The index of each field name in
       * this array is its field id.
       */
      fields;
      /** @internal */
      constructor(internal, address) {
        assertInternal(internal);
        this[0] = address;
        this.types = new Array(C._ts_language_symbol_count(this[0]));
        for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
          if (C._ts_language_symbol_type(this[0], i2) < 2) {
            this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
          }
        }
        this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
        for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
          const fieldName = C._ts_language_field_name_for_id(this[0], i2);
          if (fieldName !== 0) {
            this.fields[i2] = C.UTF8ToString(fieldName);
          } else {
            this.fields[i2] = null;
          }
        }
      }
      /**
       * Gets the name of the language.
       */
      get name() {
        const ptr = C._ts_language_name(this[0]);
        if (ptr === 0) return null;
        return C.UTF8ToString(ptr);
      }
      /**
       * Gets the ABI version of the language.
       */
      get abiVersion() {
        return C._ts_language_abi_version(this[0]);
      }
      /**
      * Get the metadata for this language. This information is generated by the
      * CLI, and relies on the language author providing the correct metadata in
      * the language's `tree-sitter.json` file.
      */
      get metadata() {
        C._ts_language_metadata_wasm(this[0]);
        const length = C.getValue(TRANSFER_BUFFER, "i32");
        if (length === 0) return null;
        return unmarshalLanguageMetadata(TRANSFER_BUFFER + SIZE_OF_INT);
      }
      /**
       * Gets the number of fields in the language.
       */
      get fieldCount() {
        return this.fields.length - 1;
      }
      /**
       * Gets the number of states in the language.
       */
      get stateCount() {
        return C._ts_language_state_count(this[0]);
      }
      /**
       * Get the field id for a field name.
       */
      fieldIdForName(fieldName) {
        const result = this.fields.indexOf(fieldName);
        return result !== -1 ? result : null;
      }
      /**
       * Get the field name for a field id.
       */
      fieldNameForId(fieldId) {
        return this.fields[fieldId] ?? null;
      }
      /**
       * Get the node type id for a node type name.
       */
      idForNodeType(type, named) {
        const typeLength = C.lengthBytesUTF8(type);
        const typeAddress = C._malloc(typeLength + 1);
        C.stringToUTF8(type, typeAddress, typeLength + 1);
        const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
        C._free(typeAddress);
        return result || null;
      }
      /**
       * Gets the number of node types in the language.
       */
      get nodeTypeCount() {
        return C._ts_language_symbol_count(this[0]);
      }
      /**
       * Get the node type name for a node type id.
       */
      nodeTypeForId(typeId) {
        const name2 = C._ts_language_symbol_name(this[0], typeId);
        return name2 ? C.UTF8ToString(name2) : null;
      }
      /**
       * Check if a node type is named.
       *
       * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
       */
      nodeTypeIsNamed(typeId) {
        return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
      }
      /**
       * Check if a node type is visible.
       */
      nodeTypeIsVisible(typeId) {
        return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
      }
      /**
       * Get the supertypes ids of this language.
       *
       * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
       */
      get supertypes() {
        C._ts_language_supertypes_wasm(this[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = C.getValue(address, "i16");
            address += SIZE_OF_SHORT;
          }
        }
        return result;
      }
      /**
       * Get the subtype ids for a given supertype node id.
       */
      subtypes(supertype) {
        C._ts_language_subtypes_wasm(this[0], supertype);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = C.getValue(address, "i16");
            address += SIZE_OF_SHORT;
          }
        }
        return result;
      }
      /**
       * Get the next state id for a given state id and node type id.
       */
      nextState(stateId, typeId) {
        return C._ts_language_next_state(this[0], stateId, typeId);
      }
      /**
       * Create a new lookahead iterator for this language and parse state.
       *
       * This returns `null` if state is invalid for this language.
       *
       * Iterating {@link LookaheadIterator} will yield valid symbols in the given
       * parse state. A newly created iterator is not positioned on a symbol, so
       * {@link LookaheadIterator#currentType} returns `null` until the first
       * iteration step.
       *
       * Lookahead iterators can be useful for generating suggestions and improving
       * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
       * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
       * lookahead iterator created on the previous non-extra leaf node may be
       * appropriate.
       */
      lookaheadIterator(stateId) {
        const address = C._ts_lookahead_iterator_new(this[0], stateId);
        if (address) return new LookaheadIterator(INTERNAL, address, this);
        return null;
      }
      /**
       * Load a language from a WebAssembly module.
       * The module can be provided as a path to a file, a `URL` to a file, or as a
       * buffer.
       */
      static async load(input) {
        let binary2;
        if (input instanceof Uint8Array) {
          binary2 = input;
        } else if (globalThis.process?.versions.node) {
          const fs22 = await import("fs/promises");
          binary2 = await fs22.readFile(input);
        } else {
          const response = await fetch(input);
          if (!response.ok) {
            const body2 = await response.text();
            throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
          }
          const retryResp = response.clone();
          try {
            binary2 = await WebAssembly.compileStreaming(response);
          } catch (reason) {
            console.error("wasm streaming compile failed:", reason);
            console.error("falling back to ArrayBuffer instantiation");
            binary2 = new Uint8Array(await retryResp.arrayBuffer());
          }
        }
        const mod = await C.loadWebAssemblyModule(binary2, { loadAsync: true });
        return _Language.loadFromWasmExports(mod, { sync: false });
      }
      static loadFromWasmExports(mod, { sync }) {
        const symbolNames = Object.keys(mod);
        const functionName = symbolNames.find((key2) => LANGUAGE_FUNCTION_REGEX.test(key2) && !key2.includes("external_scanner_"));
        if (!functionName) {
          console.log(`Couldn't find language function in Wasm file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
          throw new Error(`Language.${sync ? "loadSync" : "load"} failed: no language function found in Wasm file`);
        }
        const languageAddress = mod[functionName]();
        return new _Language(INTERNAL, languageAddress);
      }
      /**
       * Load a language synchronously from a pre-compiled WebAssembly module.
       * Use this when the host environment provides a `WebAssembly.Module` directly.
       */
      static loadSync(wasmModule) {
        const mod = C.loadWebAssemblyModule(wasmModule, { loadAsync: false });
        return _Language.loadFromWasmExports(mod, { sync: true });
      }
    };
    var import_web_tree_sitter = __toESM(require_web_tree_sitter(), 1);
    var Module2 = null;
    async function initializeBinding(moduleOptions) {
      return Module2 ??= await (0, import_web_tree_sitter.default)(moduleOptions);
    }
    __name(initializeBinding, "initializeBinding");
    function checkModule() {
      return !!Module2;
    }
    __name(checkModule, "checkModule");
    var TRANSFER_BUFFER;
    var LANGUAGE_VERSION;
    var MIN_COMPATIBLE_VERSION;
    var finalizer4 = newFinalizer((addresses) => {
      C._ts_parser_delete(addresses[0]);
      C._free(addresses[1]);
    });
    var Parser = class {
      static {
        __name(this, "Parser");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      [1] = 0;
      // Internal handle for Wasm
      /** @internal */
      logCallback = null;
      /** The parser's current language. */
      language = null;
      /**
       * This must always be called before creating a Parser.
       *
       * You can optionally pass in options to configure the Wasm module, the most common
       * one being `locateFile` to help the module find the `.wasm` file.
       */
      static async init(moduleOptions) {
        setModule(await initializeBinding(moduleOptions));
        TRANSFER_BUFFER = C._ts_init();
        LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
        MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      }
      /**
       * Create a new parser.
       */
      constructor() {
        this.initialize();
        finalizer4?.register(this, [this[0], this[1]], this);
      }
      /** @internal */
      initialize() {
        if (!checkModule()) {
          throw new Error("cannot construct a Parser before calling `init()`");
        }
        C._ts_parser_new_wasm();
        this[0] = C.getValue(TRANSFER_BUFFER, "i32");
        this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      }
      /** Delete the parser, freeing its resources. */
      delete() {
        finalizer4?.unregister(this);
        C._ts_parser_delete(this[0]);
        C._free(this[1]);
        this[0] = 0;
        this[1] = 0;
      }
      /**
       * Set the language that the parser should use for parsing.
       *
       * If the language was not successfully assigned, an error will be thrown.
       * This happens if the language was generated with an incompatible
       * version of the Tree-sitter CLI. Check the language's version using
       * {@link Language#version} and compare it to this library's
       * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
       */
      setLanguage(language) {
        let address;
        if (!language) {
          address = 0;
          this.language = null;
        } else if (language.constructor === Language) {
          address = language[0];
          const version = C._ts_language_abi_version(address);
          if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
            throw new Error(
              `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
            );
          }
          this.language = language;
        } else {
          throw new Error("Argument must be a Language");
        }
        C._ts_parser_set_language(this[0], address);
        return this;
      }
      /**
       * Parse a slice of UTF8 text.
       *
       * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
       *
       * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
       *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
       *   the new text using {@link Tree#edit}.
       *
       * @param {ParseOptions} [options] - Options for parsing the text.
       *  This can be used to set the included ranges, or a progress callback.
       *
       * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
       *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
       *  - The progress callback returned true.
       */
      parse(callback, oldTree, options2) {
        if (typeof callback === "string") {
          C.currentParseCallback = (index2) => callback.slice(index2);
        } else if (typeof callback === "function") {
          C.currentParseCallback = callback;
        } else {
          throw new Error("Argument must be a string or a function");
        }
        if (options2?.progressCallback) {
          C.currentProgressCallback = options2.progressCallback;
        } else {
          C.currentProgressCallback = null;
        }
        if (this.logCallback) {
          C.currentLogCallback = this.logCallback;
          C._ts_parser_enable_logger_wasm(this[0], 1);
        } else {
          C.currentLogCallback = null;
          C._ts_parser_enable_logger_wasm(this[0], 0);
        }
        let rangeCount = 0;
        let rangeAddress = 0;
        if (options2?.includedRanges) {
          rangeCount = options2.includedRanges.length;
          rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
          let address = rangeAddress;
          for (let i2 = 0; i2 < rangeCount; i2++) {
            marshalRange(address, options2.includedRanges[i2]);
            address += SIZE_OF_RANGE;
          }
        }
        const treeAddress = C._ts_parser_parse_wasm(
          this[0],
          this[1],
          oldTree ? oldTree[0] : 0,
          rangeAddress,
          rangeCount
        );
        if (!treeAddress) {
          C.currentParseCallback = null;
          C.currentLogCallback = null;
          C.currentProgressCallback = null;
          return null;
        }
        if (!this.language) {
          throw new Error("Parser must have a language to parse");
        }
        const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
        C.currentParseCallback = null;
        C.currentLogCallback = null;
        C.currentProgressCallback = null;
        return result;
      }
      /**
       * Instruct the parser to start the next parse from the beginning.
       *
       * If the parser previously failed because of a callback, 
       * then by default, it will resume where it left off on the
       * next call to {@link Parser#parse} or other parsing functions.
       * If you don't want to resume, and instead intend to use this parser to
       * parse some other document, you must call `reset` first.
       */
      reset() {
        C._ts_parser_reset(this[0]);
      }
      /** Get the ranges of text that the parser will include when parsing. */
      getIncludedRanges() {
        C._ts_parser_included_ranges_wasm(this[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalRange(address);
            address += SIZE_OF_RANGE;
          }
          C._free(buffer);
        }
        return result;
      }
      /** Set the logging callback that a parser should use during parsing. */
      setLogger(callback) {
        if (!callback) {
          this.logCallback = null;
        } else if (typeof callback !== "function") {
          throw new Error("Logger callback must be a function");
        } else {
          this.logCallback = callback;
        }
        return this;
      }
      /** Get the parser's current logger. */
      getLogger() {
        return this.logCallback;
      }
    };
    var PREDICATE_STEP_TYPE_CAPTURE = 1;
    var PREDICATE_STEP_TYPE_STRING = 2;
    var QUERY_WORD_REGEX = /[\w-]+/g;
    var CaptureQuantifier = {
      Zero: 0,
      ZeroOrOne: 1,
      ZeroOrMore: 2,
      One: 3,
      OneOrMore: 4
    };
    var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
    var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
    var QueryErrorKind = {
      Syntax: 1,
      NodeName: 2,
      FieldName: 3,
      CaptureName: 4,
      PatternStructure: 5
    };
    var QueryError = class _QueryError extends Error {
      constructor(kind, info2, index2, length) {
        super(_QueryError.formatMessage(kind, info2));
        this.kind = kind;
        this.info = info2;
        this.index = index2;
        this.length = length;
        this.name = "QueryError";
      }
      kind;
      info;
      index;
      length;
      static {
        __name(this, "QueryError");
      }
      /** Formats an error message based on the error kind and info */
      static formatMessage(kind, info2) {
        switch (kind) {
          case QueryErrorKind.NodeName:
            return `Bad node name '${info2.word}'`;
          case QueryErrorKind.FieldName:
            return `Bad field name '${info2.word}'`;
          case QueryErrorKind.CaptureName:
            return `Bad capture name @${info2.word}`;
          case QueryErrorKind.PatternStructure:
            return `Bad pattern structure at offset ${info2.suffix}`;
          case QueryErrorKind.Syntax:
            return `Bad syntax at offset ${info2.suffix}`;
        }
      }
    };
    function parseAnyPredicate(steps, index2, operator, textPredicates) {
      if (steps.length !== 3) {
        throw new Error(
          `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
        );
      }
      if (!isCaptureStep(steps[1])) {
        throw new Error(
          `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
        );
      }
      const isPositive = operator === "eq?" || operator === "any-eq?";
      const matchAll = !operator.startsWith("any-");
      if (isCaptureStep(steps[2])) {
        const captureName1 = steps[1].name;
        const captureName2 = steps[2].name;
        textPredicates[index2].push((captures) => {
          const nodes1 = [];
          const nodes2 = [];
          for (const c of captures) {
            if (c.name === captureName1) nodes1.push(c.node);
            if (c.name === captureName2) nodes2.push(c.node);
          }
          const compare2 = /* @__PURE__ */ __name((n1, n2, positive) => {
            return positive ? n1.text === n2.text : n1.text !== n2.text;
          }, "compare");
          return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare2(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare2(n1, n2, isPositive)));
        });
      } else {
        const captureName = steps[1].name;
        const stringValue = steps[2].value;
        const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
        const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
        textPredicates[index2].push((captures) => {
          const nodes = [];
          for (const c of captures) {
            if (c.name === captureName) nodes.push(c.node);
          }
          const test = isPositive ? matches : doesNotMatch;
          return matchAll ? nodes.every(test) : nodes.some(test);
        });
      }
    }
    __name(parseAnyPredicate, "parseAnyPredicate");
    function parseMatchPredicate(steps, index2, operator, textPredicates) {
      if (steps.length !== 3) {
        throw new Error(
          `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
        );
      }
      if (steps[1].type !== "capture") {
        throw new Error(
          `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
        );
      }
      if (steps[2].type !== "string") {
        throw new Error(
          `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
        );
      }
      const isPositive = operator === "match?" || operator === "any-match?";
      const matchAll = !operator.startsWith("any-");
      const captureName = steps[1].name;
      const regex2 = new RegExp(steps[2].value);
      textPredicates[index2].push((captures) => {
        const nodes = [];
        for (const c of captures) {
          if (c.name === captureName) nodes.push(c.node.text);
        }
        const test = /* @__PURE__ */ __name((text4, positive) => {
          return positive ? regex2.test(text4) : !regex2.test(text4);
        }, "test");
        if (nodes.length === 0) return !isPositive;
        return matchAll ? nodes.every((text4) => test(text4, isPositive)) : nodes.some((text4) => test(text4, isPositive));
      });
    }
    __name(parseMatchPredicate, "parseMatchPredicate");
    function parseAnyOfPredicate(steps, index2, operator, textPredicates) {
      if (steps.length < 2) {
        throw new Error(
          `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
        );
      }
      if (steps[1].type !== "capture") {
        throw new Error(
          `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
        );
      }
      const isPositive = operator === "any-of?";
      const captureName = steps[1].name;
      const stringSteps = steps.slice(2);
      if (!stringSteps.every(isStringStep)) {
        throw new Error(
          `Arguments to \`#${operator}\` predicate must be strings.".`
        );
      }
      const values = stringSteps.map((s) => s.value);
      textPredicates[index2].push((captures) => {
        const nodes = [];
        for (const c of captures) {
          if (c.name === captureName) nodes.push(c.node.text);
        }
        if (nodes.length === 0) return !isPositive;
        return nodes.every((text4) => values.includes(text4)) === isPositive;
      });
    }
    __name(parseAnyOfPredicate, "parseAnyOfPredicate");
    function parseIsPredicate(steps, index2, operator, assertedProperties, refutedProperties) {
      if (steps.length < 2 || steps.length > 3) {
        throw new Error(
          `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
        );
      }
      if (!steps.every(isStringStep)) {
        throw new Error(
          `Arguments to \`#${operator}\` predicate must be strings.".`
        );
      }
      const properties = operator === "is?" ? assertedProperties : refutedProperties;
      if (!properties[index2]) properties[index2] = {};
      properties[index2][steps[1].value] = steps[2]?.value ?? null;
    }
    __name(parseIsPredicate, "parseIsPredicate");
    function parseSetDirective(steps, index2, setProperties) {
      if (steps.length < 2 || steps.length > 3) {
        throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
      }
      if (!steps.every(isStringStep)) {
        throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
      }
      if (!setProperties[index2]) setProperties[index2] = {};
      setProperties[index2][steps[1].value] = steps[2]?.value ?? null;
    }
    __name(parseSetDirective, "parseSetDirective");
    function parsePattern(index2, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
      if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
        const name2 = captureNames[stepValueId];
        steps.push({ type: "capture", name: name2 });
      } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
        steps.push({ type: "string", value: stringValues[stepValueId] });
      } else if (steps.length > 0) {
        if (steps[0].type !== "string") {
          throw new Error("Predicates must begin with a literal value");
        }
        const operator = steps[0].value;
        switch (operator) {
          case "any-not-eq?":
          case "not-eq?":
          case "any-eq?":
          case "eq?":
            parseAnyPredicate(steps, index2, operator, textPredicates);
            break;
          case "any-not-match?":
          case "not-match?":
          case "any-match?":
          case "match?":
            parseMatchPredicate(steps, index2, operator, textPredicates);
            break;
          case "not-any-of?":
          case "any-of?":
            parseAnyOfPredicate(steps, index2, operator, textPredicates);
            break;
          case "is?":
          case "is-not?":
            parseIsPredicate(steps, index2, operator, assertedProperties, refutedProperties);
            break;
          case "set!":
            parseSetDirective(steps, index2, setProperties);
            break;
          default:
            predicates[index2].push({ operator, operands: steps.slice(1) });
        }
        steps.length = 0;
      }
    }
    __name(parsePattern, "parsePattern");
    function indexForByteOffset(source, byteOffset) {
      return new TextEncoder().encodeInto(source, new Uint8Array(byteOffset)).read;
    }
    __name(indexForByteOffset, "indexForByteOffset");
    var finalizer5 = newFinalizer((address) => {
      C._ts_query_delete(address);
    });
    var Query = class {
      static {
        __name(this, "Query");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      exceededMatchLimit;
      /** @internal */
      textPredicates;
      /** @internal */
      source;
      /** The names of the captures used in the query. */
      captureNames;
      /** The quantifiers of the captures used in the query. */
      captureQuantifiers;
      /**
       * The other user-defined predicates associated with the given index.
       *
       * This includes predicates with operators other than:
       * - `match?`
       * - `eq?` and `not-eq?`
       * - `any-of?` and `not-any-of?`
       * - `is?` and `is-not?`
       * - `set!`
       */
      predicates;
      /** The properties for predicates with the operator `set!`. */
      setProperties;
      /** The properties for predicates with the operator `is?`. */
      assertedProperties;
      /** The properties for predicates with the operator `is-not?`. */
      refutedProperties;
      /** The maximum number of in-progress matches for this cursor. */
      matchLimit;
      /**
       * Create a new query from a string containing one or more S-expression
       * patterns.
       *
       * The query is associated with a particular language, and can only be run
       * on syntax nodes parsed with that language. References to Queries can be
       * shared between multiple threads.
       *
       * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
       */
      constructor(language, source) {
        const sourceLength = C.lengthBytesUTF8(source);
        const sourceAddress = C._malloc(sourceLength + 1);
        C.stringToUTF8(source, sourceAddress, sourceLength + 1);
        const address = C._ts_query_new(
          language[0],
          sourceAddress,
          sourceLength,
          TRANSFER_BUFFER,
          TRANSFER_BUFFER + SIZE_OF_INT
        );
        if (!address) {
          const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
          const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
          const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
          const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
          C._free(sourceAddress);
          switch (errorId) {
            case QueryErrorKind.Syntax:
              throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
            case QueryErrorKind.NodeName:
              throw new QueryError(errorId, { word }, errorIndex, word.length);
            case QueryErrorKind.FieldName:
              throw new QueryError(errorId, { word }, errorIndex, word.length);
            case QueryErrorKind.CaptureName:
              throw new QueryError(errorId, { word }, errorIndex, word.length);
            case QueryErrorKind.PatternStructure:
              throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
          }
        }
        const stringCount = C._ts_query_string_count(address);
        const captureCount = C._ts_query_capture_count(address);
        const patternCount = C._ts_query_pattern_count(address);
        const captureNames = new Array(captureCount);
        const captureQuantifiers = new Array(patternCount);
        const stringValues = new Array(stringCount);
        for (let i2 = 0; i2 < captureCount; i2++) {
          const nameAddress = C._ts_query_capture_name_for_id(
            address,
            i2,
            TRANSFER_BUFFER
          );
          const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
          captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
        }
        for (let i2 = 0; i2 < patternCount; i2++) {
          const captureQuantifiersArray = new Array(captureCount);
          for (let j = 0; j < captureCount; j++) {
            const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
            captureQuantifiersArray[j] = quantifier;
          }
          captureQuantifiers[i2] = captureQuantifiersArray;
        }
        for (let i2 = 0; i2 < stringCount; i2++) {
          const valueAddress = C._ts_query_string_value_for_id(
            address,
            i2,
            TRANSFER_BUFFER
          );
          const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
          stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
        }
        const setProperties = new Array(patternCount);
        const assertedProperties = new Array(patternCount);
        const refutedProperties = new Array(patternCount);
        const predicates = new Array(patternCount);
        const textPredicates = new Array(patternCount);
        for (let i2 = 0; i2 < patternCount; i2++) {
          const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
          const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
          predicates[i2] = [];
          textPredicates[i2] = [];
          const steps = new Array();
          let stepAddress = predicatesAddress;
          for (let j = 0; j < stepCount; j++) {
            const stepType = C.getValue(stepAddress, "i32");
            stepAddress += SIZE_OF_INT;
            const stepValueId = C.getValue(stepAddress, "i32");
            stepAddress += SIZE_OF_INT;
            parsePattern(
              i2,
              stepType,
              stepValueId,
              captureNames,
              stringValues,
              steps,
              textPredicates,
              predicates,
              setProperties,
              assertedProperties,
              refutedProperties
            );
          }
          Object.freeze(textPredicates[i2]);
          Object.freeze(predicates[i2]);
          Object.freeze(setProperties[i2]);
          Object.freeze(assertedProperties[i2]);
          Object.freeze(refutedProperties[i2]);
        }
        C._free(sourceAddress);
        this[0] = address;
        this.captureNames = captureNames;
        this.captureQuantifiers = captureQuantifiers;
        this.textPredicates = textPredicates;
        this.source = source;
        this.predicates = predicates;
        this.setProperties = setProperties;
        this.assertedProperties = assertedProperties;
        this.refutedProperties = refutedProperties;
        this.exceededMatchLimit = false;
        finalizer5?.register(this, address, this);
      }
      /** Delete the query, freeing its resources. */
      delete() {
        finalizer5?.unregister(this);
        C._ts_query_delete(this[0]);
        this[0] = 0;
      }
      /**
       * Iterate over all of the matches in the order that they were found.
       *
       * Each match contains the index of the pattern that matched, and a list of
       * captures. Because multiple patterns can match the same set of nodes,
       * one match may contain captures that appear *before* some of the
       * captures from a previous match.
       *
       * @param {Node} node - The node to execute the query on.
       *
       * @param {QueryOptions} options - Options for query execution.
       */
      matches(node2, options2 = {}) {
        const startPosition = options2.startPosition ?? ZERO_POINT;
        const endPosition = options2.endPosition ?? ZERO_POINT;
        const startIndex = options2.startIndex ?? 0;
        const endIndex = options2.endIndex ?? 0;
        const startContainingPosition = options2.startContainingPosition ?? ZERO_POINT;
        const endContainingPosition = options2.endContainingPosition ?? ZERO_POINT;
        const startContainingIndex = options2.startContainingIndex ?? 0;
        const endContainingIndex = options2.endContainingIndex ?? 0;
        const matchLimit = options2.matchLimit ?? 4294967295;
        const maxStartDepth = options2.maxStartDepth ?? 4294967295;
        const progressCallback = options2.progressCallback;
        if (typeof matchLimit !== "number") {
          throw new Error("Arguments must be numbers");
        }
        this.matchLimit = matchLimit;
        if (endIndex !== 0 && startIndex > endIndex) {
          throw new Error("`startIndex` cannot be greater than `endIndex`");
        }
        if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
          throw new Error("`startPosition` cannot be greater than `endPosition`");
        }
        if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
          throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
        }
        if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
          throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
        }
        if (progressCallback) {
          C.currentQueryProgressCallback = progressCallback;
        }
        marshalNode(node2);
        C._ts_query_matches_wasm(
          this[0],
          node2.tree[0],
          startPosition.row,
          startPosition.column,
          endPosition.row,
          endPosition.column,
          startIndex,
          endIndex,
          startContainingPosition.row,
          startContainingPosition.column,
          endContainingPosition.row,
          endContainingPosition.column,
          startContainingIndex,
          endContainingIndex,
          matchLimit,
          maxStartDepth
        );
        const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
        const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
        const result = new Array(rawCount);
        this.exceededMatchLimit = Boolean(didExceedMatchLimit);
        let filteredCount = 0;
        let address = startAddress;
        for (let i2 = 0; i2 < rawCount; i2++) {
          const patternIndex = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const captureCount = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const captures = new Array(captureCount);
          address = unmarshalCaptures(this, node2.tree, address, patternIndex, captures);
          if (this.textPredicates[patternIndex].every((p) => p(captures))) {
            result[filteredCount] = { patternIndex, captures };
            const setProperties = this.setProperties[patternIndex];
            result[filteredCount].setProperties = setProperties;
            const assertedProperties = this.assertedProperties[patternIndex];
            result[filteredCount].assertedProperties = assertedProperties;
            const refutedProperties = this.refutedProperties[patternIndex];
            result[filteredCount].refutedProperties = refutedProperties;
            filteredCount++;
          }
        }
        result.length = filteredCount;
        C._free(startAddress);
        C.currentQueryProgressCallback = null;
        return result;
      }
      /**
       * Iterate over all of the individual captures in the order that they
       * appear.
       *
       * This is useful if you don't care about which pattern matched, and just
       * want a single, ordered sequence of captures.
       *
       * @param {Node} node - The node to execute the query on.
       *
       * @param {QueryOptions} options - Options for query execution.
       */
      captures(node2, options2 = {}) {
        const startPosition = options2.startPosition ?? ZERO_POINT;
        const endPosition = options2.endPosition ?? ZERO_POINT;
        const startIndex = options2.startIndex ?? 0;
        const endIndex = options2.endIndex ?? 0;
        const startContainingPosition = options2.startContainingPosition ?? ZERO_POINT;
        const endContainingPosition = options2.endContainingPosition ?? ZERO_POINT;
        const startContainingIndex = options2.startContainingIndex ?? 0;
        const endContainingIndex = options2.endContainingIndex ?? 0;
        const matchLimit = options2.matchLimit ?? 4294967295;
        const maxStartDepth = options2.maxStartDepth ?? 4294967295;
        const progressCallback = options2.progressCallback;
        if (typeof matchLimit !== "number") {
          throw new Error("Arguments must be numbers");
        }
        this.matchLimit = matchLimit;
        if (endIndex !== 0 && startIndex > endIndex) {
          throw new Error("`startIndex` cannot be greater than `endIndex`");
        }
        if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
          throw new Error("`startPosition` cannot be greater than `endPosition`");
        }
        if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
          throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
        }
        if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
          throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
        }
        if (progressCallback) {
          C.currentQueryProgressCallback = progressCallback;
        }
        marshalNode(node2);
        C._ts_query_captures_wasm(
          this[0],
          node2.tree[0],
          startPosition.row,
          startPosition.column,
          endPosition.row,
          endPosition.column,
          startIndex,
          endIndex,
          startContainingPosition.row,
          startContainingPosition.column,
          endContainingPosition.row,
          endContainingPosition.column,
          startContainingIndex,
          endContainingIndex,
          matchLimit,
          maxStartDepth
        );
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
        const result = new Array();
        this.exceededMatchLimit = Boolean(didExceedMatchLimit);
        const captures = new Array();
        let address = startAddress;
        for (let i2 = 0; i2 < count; i2++) {
          const patternIndex = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const captureCount = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const captureIndex = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          captures.length = captureCount;
          address = unmarshalCaptures(this, node2.tree, address, patternIndex, captures);
          if (this.textPredicates[patternIndex].every((p) => p(captures))) {
            const capture = captures[captureIndex];
            const setProperties = this.setProperties[patternIndex];
            capture.setProperties = setProperties;
            const assertedProperties = this.assertedProperties[patternIndex];
            capture.assertedProperties = assertedProperties;
            const refutedProperties = this.refutedProperties[patternIndex];
            capture.refutedProperties = refutedProperties;
            result.push(capture);
          }
        }
        C._free(startAddress);
        C.currentQueryProgressCallback = null;
        return result;
      }
      /** Get the predicates for a given pattern. */
      predicatesForPattern(patternIndex) {
        return this.predicates[patternIndex];
      }
      /**
       * Disable a certain capture within a query.
       *
       * This prevents the capture from being returned in matches, and also
       * avoids any resource usage associated with recording the capture.
       */
      disableCapture(captureName) {
        const captureNameLength = C.lengthBytesUTF8(captureName);
        const captureNameAddress = C._malloc(captureNameLength + 1);
        C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
        C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
        C._free(captureNameAddress);
      }
      /**
       * Disable a certain pattern within a query.
       *
       * This prevents the pattern from matching, and also avoids any resource
       * usage associated with the pattern. This throws an error if the pattern
       * index is out of bounds.
       */
      disablePattern(patternIndex) {
        if (patternIndex >= this.predicates.length) {
          throw new Error(
            `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
          );
        }
        C._ts_query_disable_pattern(this[0], patternIndex);
      }
      /**
       * Check if, on its last execution, this cursor exceeded its maximum number
       * of in-progress matches.
       */
      didExceedMatchLimit() {
        return this.exceededMatchLimit;
      }
      /** Get the index where the given pattern starts in the query's source. */
      startIndexForPattern(patternIndex) {
        if (patternIndex >= this.predicates.length) {
          throw new Error(
            `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
          );
        }
        const byteOffset = C._ts_query_start_byte_for_pattern(this[0], patternIndex);
        return indexForByteOffset(this.source, byteOffset);
      }
      /** Get the index where the given pattern ends in the query's source. */
      endIndexForPattern(patternIndex) {
        if (patternIndex >= this.predicates.length) {
          throw new Error(
            `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
          );
        }
        const byteOffset = C._ts_query_end_byte_for_pattern(this[0], patternIndex);
        return indexForByteOffset(this.source, byteOffset);
      }
      /** Get the number of patterns in the query. */
      patternCount() {
        return C._ts_query_pattern_count(this[0]);
      }
      /** Get the index for a given capture name. */
      captureIndexForName(captureName) {
        return this.captureNames.indexOf(captureName);
      }
      /** Check if a given pattern within a query has a single root node. */
      isPatternRooted(patternIndex) {
        return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
      }
      /** Check if a given pattern within a query has a single root node. */
      isPatternNonLocal(patternIndex) {
        return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
      }
      /**
       * Check if the step at the given index in the query's source is 'definite'.
       *
       * A query step is 'definite' if its parent pattern will be guaranteed to
       * match successfully once it reaches the step.
       */
      isPatternGuaranteedAtStep(index2) {
        const byteOffset = C.lengthBytesUTF8(this.source.slice(0, index2));
        return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteOffset) === 1;
      }
    };
    module.exports.default = module.exports;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS2({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS2({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports2.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options2 = {}) => {
      const prepend = options2.contains ? "" : "^";
      const append = options2.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports2.basename = (path21, { windows } = {}) => {
      const segs = path21.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS2({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code2) => {
      return code2 === CHAR_FORWARD_SLASH || code2 === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan3 = (input, options2) => {
      const opts = options2 || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts2 = [];
      let str = input;
      let index2 = -1;
      let start2 = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code2;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index2 >= length;
      const peek = () => str.charCodeAt(index2 + 1);
      const advance = () => {
        prev = code2;
        return str.charCodeAt(++index2);
      };
      while (index2 < length) {
        code2 = advance();
        let next;
        if (code2 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code2 = advance();
          if (code2 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code2 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code2 = advance())) {
            if (code2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code2 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code2 === CHAR_DOT && (code2 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code2 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code2 === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_FORWARD_SLASH) {
          slashes.push(index2);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index2 === start2 + 1) {
            start2 += 2;
            continue;
          }
          lastIndex = index2 + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code2 === CHAR_PLUS || code2 === CHAR_AT || code2 === CHAR_ASTERISK || code2 === CHAR_QUESTION_MARK || code2 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code2 === CHAR_EXCLAMATION_MARK && index2 === start2) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code2 = advance())) {
                if (code2 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code2 === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code2 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code2 === CHAR_EXCLAMATION_MARK && index2 === start2) {
          negated = token.negated = true;
          start2++;
          continue;
        }
        if (opts.noparen !== true && code2 === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code2 = advance())) {
              if (code2 === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code2 === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start2 > 0) {
        prefix = str.slice(0, start2);
        str = str.slice(start2);
        lastIndex -= start2;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start: start2,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code2)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start2;
          const i2 = slashes[idx];
          const value2 = input.slice(n2, i2);
          if (opts.tokens) {
            if (idx === 0 && start2 !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i2 >= start2) {
            parts2.push(value2);
            prevIndex = i2;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start2;
        const value = input.slice(n);
        parts2.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts2;
      }
      return state;
    };
    module2.exports = scan3;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS2({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args2, options2) => {
      if (typeof options2.expandRange === "function") {
        return options2.expandRange(...args2, options2);
      }
      args2.sort();
      const value = `[${args2.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args2.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts2 = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts2.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts2.push(value);
      return parts2;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i2 = 0; i2 < values.length; i2++) {
        for (let j = i2 + 1; j < values.length; j++) {
          const a = values[i2];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i2 = 1; i2 < pattern.length; i2++) {
        const ch = pattern[i2];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i2 !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i2),
              end: i2
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index2 = 0;
      const chars = [];
      while (index2 < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index2), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index2 += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body2, options2) => {
      if (options2.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options2.maxExtglobRecursion === "number" ? options2.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body2).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse3 = (input, options2) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options2 };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push2 = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push2({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push2({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body2 = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body2, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i2 = token.tokensIndex + 1; i2 < tokens.length; i2++) {
            tokens[i2].value = "";
            tokens[i2].output = "";
            delete tokens[i2].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push2({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse3(rest, { ...options2, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push2({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index2) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index2 === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options2);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push2({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push2({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix7 = POSIX_REGEX_SOURCE[rest2];
                if (posix7) {
                  prev.value = pre + posix7;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push2({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push2({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push2({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push2({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push2(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push2({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range2 = [];
            for (let i2 = arr.length - 1; i2 >= 0; i2--) {
              tokens.pop();
              if (arr[i2].type === "brace") {
                break;
              }
              if (arr[i2].type !== "dots") {
                range2.unshift(arr[i2].value);
              }
            }
            output = expandRange(range2, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out2 = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out2;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push2({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push2({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push2({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push2({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push2({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push2({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push2({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push2({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push2({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push2({ type: "plus", value });
            continue;
          }
          push2({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push2({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push2({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push2(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push2(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push2(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push2({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse3.fastpaths = (input, options2) => {
      const opts = { ...options2 };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse3;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS2({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var scan3 = require_scan();
    var parse3 = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options2, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options2, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options2 || {};
      const posix7 = opts.windows;
      const regex2 = isState ? picomatch3.compileRe(glob, options2) : picomatch3.makeRe(glob, options2, false, true);
      const state = regex2.state;
      delete regex2.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options2, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex2, options2, { glob, posix: posix7 });
        const result = { glob, state, regex: regex2, posix: posix7, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex2, options2, { glob, posix: posix7 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options2 || {};
      const format = opts.format || (posix7 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex2, options2, posix7);
        } else {
          match = regex2.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options2, posix7 = options2 && options2.windows) => {
      const regex2 = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options2);
      return regex2.test(utils.basename(input, { windows: posix7 }));
    };
    picomatch3.isMatch = (str, patterns, options2) => picomatch3(patterns, options2)(str);
    picomatch3.parse = (pattern, options2) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options2));
      return parse3(pattern, { ...options2, fastpaths: false });
    };
    picomatch3.scan = (input, options2) => scan3(input, options2);
    picomatch3.compileRe = (state, options2, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options2 || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex2 = picomatch3.toRegex(source, options2);
      if (returnState === true) {
        regex2.state = state;
      }
      return regex2;
    };
    picomatch3.makeRe = (input, options2 = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed2 = { negated: false, fastpaths: true };
      if (options2.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed2.output = parse3.fastpaths(input, options2);
      }
      if (!parsed2.output) {
        parsed2 = parse3(input, options2);
      }
      return picomatch3.compileRe(parsed2, options2, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options2) => {
      try {
        const opts = options2 || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err2) {
        if (options2 && options2.debug === true) throw err2;
        return /$^/;
      }
    };
    picomatch3.constants = constants2;
    module2.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS2({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob, options2, returnState = false) {
      if (options2 && (options2.windows === null || options2.windows === void 0)) {
        options2 = { ...options2, windows: utils.isWindows() };
      }
      return pico(glob, options2, returnState);
    }
    Object.assign(picomatch3, pico);
    module2.exports = picomatch3;
  }
});

// server/src/cli/main.ts
var fs8 = __toESM2(require("node:fs"));
var path20 = __toESM2(require("node:path"));

// server/src/core/profiles/prompt.json
var prompt_default = {
  name: "prompt",
  description: "The section order of macro-plan-prompt.txt's OUTPUT FORMAT (default).",
  kind: "macro",
  minSections: 5,
  sections: [
    { letter: "A", title: "Executive Summary", aliases: ["Summary", "Elevator Pitch"], required: true, maxLines: 15, go: "forbidden", role: "summary" },
    { letter: "B", title: "Repository Recon Summary", aliases: ["Repository Recon", "Recon Summary", "Recon"], required: true, go: "forbidden", role: "recon" },
    { letter: "C", title: "High-Level Objectives + Non-Goals + Model Scoping Table", aliases: ["High-Level Objectives + Non-Goals + Model Scoping", "High-Level Objectives + Non-Goals", "High-Level Objectives and Model Scoping", "High-Level Objectives", "Objectives + Non-Goals", "Objectives and Non-Goals", "Objectives"], required: true, go: "forbidden", role: "objectives" },
    { letter: "D", title: "Concept Model", aliases: [], required: true, maxLines: 80, go: "forbidden", role: "concept-model" },
    { letter: "E", title: "Architectural Risk Register", aliases: ["Risk Register"], required: true, go: "forbidden", role: "risks" },
    { letter: "F", title: "Architectural Evolution", aliases: ["Proposed Architectural Evolution"], required: true, go: "forbidden", role: "evolution" },
    { letter: "G", title: "Frozen Interface Reference", aliases: ["Frozen Interfaces", "Frozen Interface Signatures"], required: false, go: "frozen-interfaces", role: "frozen" },
    { letter: "H", title: "Cross-Cutting Infrastructure Plan", aliases: ["Cross-Cutting Infrastructure"], required: true, go: "forbidden", role: "cross-cutting" },
    { letter: "I", title: "PR Plan", aliases: ["PR Series", "Ordered PR Series", "PR Series (Ordered)"], required: true, go: "forbidden", role: "pr-plan" },
    { letter: "J", title: "Dependency DAG", aliases: ["Dependency DAG & Parallelism", "Dependency DAG and Parallelism", "PR Dependency DAG"], required: true, go: "forbidden", role: "dag" },
    { letter: "K", title: "Design Bug Prevention Checklist", aliases: ["Design Bug Prevention"], required: true, go: "forbidden", role: "checklist" }
  ],
  contractFields: ["OBSERVES", "CONTROLS", "OWNS", "INVARIANTS", "EVENTS", "EXTENSION FRICTION"],
  prCard: {
    tier1: ["Title", "Building Block Change", "Extension Type", "Motivation", "Scope", "Behavioral Guarantees", "Risks", "Cross-Cutting", "Validation Gate"],
    tier2: ["Architectural Impact", "API Surface Changes", "CLI Changes", "Test Categories", "Documentation Updates", "Extension Friction", "Parallel Development", "Why independently reviewable", "Why no dead code"],
    tiered: true
  },
  costlyRisks: { cost: "Cost if Wrong", filled: [], namingPr: ["Gate"] },
  extensionTypes: ["policy template", "subsystem module", "backend swap", "tier composition"],
  eventClasses: ["EXOGENOUS", "ENDOGENOUS"],
  tables: {
    scoping: ["Component", "Modeled", "Simplified", "Omitted", "Justification"],
    risks: ["Decision", "Assumption", "Validation Method", "Cost if Wrong", "Gate"],
    correspondence: ["Building Block"]
  },
  limits: {
    objectives: [3, 7],
    buildingBlocks: [3, 7],
    tier1Lines: 25,
    tier1InfoLines: 15,
    mandatoryValidationPRs: 3
  }
};

// server/src/core/profiles/template.json
var template_default = {
  name: "template",
  description: "The older section order of macro-plan-template.md (repository recon as an appendix).",
  kind: "macro",
  minSections: 5,
  sections: [
    { letter: "A", title: "Executive Summary", aliases: ["Summary"], required: true, maxLines: 15, go: "forbidden", role: "summary" },
    { letter: "B", title: "High-Level Objectives and Model Scoping", aliases: ["High-Level Objectives + Model Scoping", "High-Level Objectives + Non-Goals + Model Scoping Table", "High-Level Objectives + Non-Goals", "High-Level Objectives", "Objectives and Model Scoping", "Objectives"], required: true, go: "forbidden", role: "objectives" },
    { letter: "C", title: "Concept Model", aliases: [], required: true, maxLines: 80, go: "forbidden", role: "concept-model" },
    { letter: "D", title: "Architectural Evolution", aliases: ["Proposed Architectural Evolution"], required: true, go: "forbidden", role: "evolution" },
    { letter: "E", title: "PR Series (Ordered)", aliases: ["PR Series", "Ordered PR Series", "PR Plan"], required: true, go: "forbidden", role: "pr-plan" },
    { letter: "F", title: "Frozen Interfaces", aliases: ["Frozen Interface Reference", "Frozen Interface Signatures"], required: false, go: "frozen-interfaces", role: "frozen" },
    { letter: "G", title: "Dependency DAG", aliases: ["Dependency DAG & Parallelism", "Dependency DAG and Parallelism", "PR Dependency DAG"], required: true, go: "forbidden", role: "dag" },
    { letter: "H", title: "Risk Register", aliases: ["Architectural Risk Register"], required: true, go: "forbidden", role: "risks" },
    { letter: "I", title: "Cross-Cutting Infrastructure", aliases: ["Cross-Cutting Infrastructure Plan"], required: true, go: "forbidden", role: "cross-cutting" },
    { letter: "J", title: "Extension Friction Assessment", aliases: ["Extension Friction"], required: true, go: "forbidden", role: "extension-friction" },
    { letter: "K", title: "Design Bug Prevention", aliases: ["Design Bug Prevention Checklist"], required: true, go: "forbidden", role: "checklist" },
    { letter: "", title: "Appendix: Repository Recon", aliases: ["Repository Recon", "Repository Recon Summary", "Appendix A: Repository Recon"], required: true, go: "forbidden", role: "recon" }
  ],
  contractFields: ["OBSERVES", "CONTROLS", "OWNS", "INVARIANTS", "EVENTS", "EXTENSION FRICTION"],
  prCard: {
    tier1: ["Scope and Deliverables", "Extension Type", "Module Contract", "Dependencies", "Interfaces"],
    tier2: [],
    tiered: false
  },
  costlyRisks: { cost: "Cost of Being Wrong", filled: ["Validation", "Abort Plan"], namingPr: [] },
  extensionTypes: ["policy template", "subsystem module", "backend swap", "tier composition"],
  eventClasses: ["EXOGENOUS", "ENDOGENOUS"],
  tables: {
    scoping: ["Component", "Modeled", "Simplified", "Omitted", "Justification"],
    risks: ["Risk", "Cost of Being Wrong", "Validation", "Abort Plan"],
    correspondence: ["Building Block"]
  },
  limits: {
    objectives: [3, 7],
    buildingBlocks: [3, 7],
    tier1Lines: 25,
    tier1InfoLines: 15,
    mandatoryValidationPRs: 3
  }
};

// server/src/core/profiles/micro.json
var micro_default = {
  name: "micro",
  description: "A single-PR micro plan in the full format of micro-plan-template.md: Part 1 (A-E), Part 2 (F-I), Part 3 (J), the file-level appendix optional.",
  kind: "micro",
  minSections: 5,
  parts: [
    { number: 1, title: "Design Validation", maxLines: 120 },
    { number: 2, title: "Executable Implementation" },
    { number: 3, title: "Quality Assurance" }
  ],
  sections: [
    { letter: "A", title: "Executive Summary", aliases: ["Summary"], required: true, go: "allowed", role: "summary" },
    { letter: "B", title: "Behavioral Contracts", aliases: ["Behavioural Contracts", "Contracts"], required: true, go: "allowed", role: "contracts" },
    { letter: "C", title: "Component Interaction", aliases: [], required: true, go: "allowed", role: "component-interaction" },
    { letter: "D", title: "Deviation Log", aliases: ["Deviations"], required: true, go: "allowed", role: "deviation-log" },
    { letter: "E", title: "Review Guide", aliases: [], required: true, go: "allowed", role: "review-guide" },
    { letter: "F", title: "Implementation Overview", aliases: ["Implementation Summary"], required: true, go: "allowed", role: "overview" },
    { letter: "G", title: "Task Breakdown", aliases: ["Tasks", "Executable Task Breakdown"], required: true, go: "allowed", role: "tasks" },
    { letter: "H", title: "Test Strategy", aliases: [], required: true, go: "allowed", role: "test-strategy" },
    { letter: "I", title: "Risk Analysis", aliases: ["Risks"], required: true, go: "allowed", role: "risk-analysis" },
    { letter: "J", title: "Sanity Checklist", aliases: ["Design Sanity Checklist"], required: true, go: "allowed", role: "checklist" },
    { letter: "K", title: "File-Level Implementation Details", aliases: ["Appendix: File-Level Implementation Details", "Appendix - File-Level Implementation Details", "Detailed Specifications", "Appendix"], required: false, go: "allowed", role: "appendix" }
  ],
  micro: {
    contractPrefixes: ["BC", "NC", "EC"],
    clauses: ["GIVEN", "WHEN", "THEN"],
    taskParts: ["files", "test", "impl", "verify", "commit"],
    testStrategy: ["Contract", "Task", "Test Type", "Test Name"],
    deviationLog: ["Source Says", "Micro Plan Does", "Reason"],
    deviationReasons: ["CLARIFICATION", "SIMPLIFICATION", "CORRECTION", "DEFERRAL", "ADDITION", "SCOPE_CHANGE"]
  },
  contractFields: [],
  prCard: { tier1: [], tier2: [] },
  extensionTypes: [],
  eventClasses: [],
  tables: { scoping: [], risks: [], correspondence: [] },
  limits: { objectives: [0, 1e3], buildingBlocks: [0, 1e3], tier1Lines: 25, tier1InfoLines: 15, mandatoryValidationPRs: 3 }
};

// server/src/core/profiles/micro-compact.json
var micro_compact_default = {
  name: "micro-compact",
  description: "A single-PR micro plan in the compact format of micro-plan-template.md (small-tier PRs): Behavioral Contracts, Tasks and Sanity Checklist; other sections allowed.",
  kind: "micro",
  minSections: 3,
  sections: [
    {
      letter: "",
      title: "Behavioral Contracts",
      aliases: [
        "Behavioural Contracts",
        "Contracts"
      ],
      required: true,
      go: "allowed",
      role: "contracts"
    },
    {
      letter: "",
      title: "Tasks",
      aliases: [
        "Task Breakdown"
      ],
      required: true,
      go: "allowed",
      role: "tasks"
    },
    {
      letter: "",
      title: "Sanity Checklist",
      aliases: [
        "Design Sanity Checklist"
      ],
      required: true,
      go: "allowed",
      role: "checklist"
    }
  ],
  micro: {
    contractPrefixes: [
      "BC",
      "NC",
      "EC"
    ],
    clauses: [
      "GIVEN",
      "WHEN",
      "THEN"
    ],
    taskParts: [
      "files",
      "test",
      "impl",
      "verify",
      "commit"
    ],
    testStrategy: [
      "Contract",
      "Task",
      "Test Type",
      "Test Name"
    ],
    deviationLog: [
      "Source Says",
      "Micro Plan Does",
      "Reason"
    ],
    deviationReasons: [
      "CLARIFICATION",
      "SIMPLIFICATION",
      "CORRECTION",
      "DEFERRAL",
      "ADDITION",
      "SCOPE_CHANGE"
    ]
  },
  contractFields: [],
  prCard: {
    tier1: [],
    tier2: []
  },
  extensionTypes: [],
  eventClasses: [],
  tables: {
    scoping: [],
    risks: [],
    correspondence: []
  },
  limits: {
    objectives: [
      0,
      1e3
    ],
    buildingBlocks: [
      0,
      1e3
    ],
    tier1Lines: 25,
    tier1InfoLines: 15,
    mandatoryValidationPRs: 3
  }
};

// server/src/core/profiles/design.json
var design_default = {
  name: "design",
  description: "A design document per design-guidelines.md: a declared species (\xA73.2), the eight required sections of \xA73.3, none of the prohibited content of \xA73.4.",
  kind: "design",
  minSections: 4,
  design: {
    speciesLabels: ["Species", "Type", "Design Species", "Doc Species"],
    declarationLines: 20,
    species: [
      { name: "Decision Record", aliases: ["Decision Records", "DR"], decisionParts: ["Problem|Context|Issue", "Decision|Chosen|Choice", "Rationale|Why|Justification|Reasoning", "Alternatives|Alternatives considered|Rejected alternatives|Options considered|Considered"], snippetLines: 12 },
      { name: "Specification", aliases: ["Spec"] },
      { name: "Problem Analysis", aliases: [] },
      { name: "System Overview", aliases: [] }
    ]
  },
  sections: [
    { letter: "", title: "Motivation", aliases: ["Problem", "Problem Statement", "Why"], required: true, description: "what problem this solves and what users cannot do today, in 2-5 sentences", go: "forbidden", role: "motivation" },
    { letter: "", title: "Scope", aliases: ["Scope and Non-Goals", "Goals and Non-Goals", "In Scope and Out of Scope", "Design Scope"], required: true, description: "what is in, what is explicitly out, what is deferred", go: "forbidden", role: "scope" },
    { letter: "", title: "Modeling Decisions", aliases: ["Modelling Decisions", "Model Scoping", "Model Scoping Table"], required: true, description: "what is modeled, simplified and omitted, as a table", go: "forbidden", role: "modeling-decisions" },
    { letter: "", title: "Invariants", aliases: ["System Invariants", "Invariant Analysis"], required: true, description: "what must always hold and what must never happen, named INV-1, INV-2, ...", go: "forbidden", role: "invariants" },
    { letter: "", title: "Decisions with Trade-offs", aliases: ["Decisions and Trade-offs", "Design Decisions", "Key Design Decisions", "Decisions", "Trade-offs"], required: true, description: "for each non-obvious choice: the alternatives considered, why this one won, what breaks if it is wrong", go: "forbidden", role: "decisions" },
    { letter: "", title: "Extension Points", aliases: [], required: true, description: "where future extensions plug in, the default behavior, what a non-default looks like", go: "forbidden", role: "extension-points" },
    { letter: "", title: "Validation Strategy", aliases: ["Verification and Validation", "Validation", "Verification Strategy"], required: true, description: "how correctness is verified (invariants) and fidelity validated (calibration, comparison)", go: "forbidden", role: "validation" },
    { letter: "", title: "DES Checklist", aliases: ["DES Design Review Checklist", "DES Review Checklist", "DES Design Checklist"], required: true, description: "the completed checklist of design-guidelines.md \xA72.6", go: "forbidden", role: "des-checklist" }
  ]
};

// server/src/core/profiles/spec-kit-spec.json
var spec_kit_spec_default = {
  name: "spec-kit-spec",
  description: "A spec-kit feature specification (specs/NNN-name/spec.md, spec-template.md): prioritised user stories with Given/When/Then acceptance scenarios, FR-### requirements, SC-### success criteria.",
  kind: "spec-kit-spec",
  minSections: 3,
  detect: {
    paths: [
      "(?:^|/)specs/\\d{3,}-[^/]+/spec\\.md$"
    ],
    title: "^Feature Specification\\b",
    minSections: 2,
    placeholders: [
      "[FEATURE NAME]",
      "[FEATURE]",
      "[DATE]",
      "[###-feature-name]",
      "[###-feature]",
      "[CHECKLIST TYPE]",
      "[Brief Title]",
      "[Category 1]",
      "[Entity 1]"
    ]
  },
  sections: [
    {
      letter: "",
      title: "User Scenarios & Testing",
      aliases: [
        "User Scenarios and Testing",
        "User Scenarios",
        "User Stories"
      ],
      required: true,
      go: "allowed",
      role: "user-stories"
    },
    {
      letter: "",
      title: "Requirements",
      aliases: [
        "Functional Requirements"
      ],
      required: true,
      go: "allowed",
      role: "requirements"
    },
    {
      letter: "",
      title: "Success Criteria",
      aliases: [
        "Measurable Outcomes"
      ],
      required: true,
      go: "allowed",
      role: "success-criteria"
    }
  ],
  contractFields: [],
  prCard: {
    tier1: [],
    tier2: []
  },
  extensionTypes: [],
  eventClasses: [],
  tables: {
    scoping: [],
    risks: [],
    correspondence: []
  },
  limits: {
    objectives: [
      0,
      1e3
    ],
    buildingBlocks: [
      0,
      1e3
    ],
    tier1Lines: 25,
    tier1InfoLines: 15,
    mandatoryValidationPRs: 3
  }
};

// server/src/core/profiles/spec-kit-plan.json
var spec_kit_plan_default = {
  name: "spec-kit-plan",
  description: "A spec-kit implementation plan (specs/NNN-name/plan.md, plan-template.md): Summary, Technical Context, Constitution Check, Project Structure; Complexity Tracking when the check has violations.",
  kind: "spec-kit-plan",
  minSections: 4,
  detect: {
    paths: [
      "(?:^|/)specs/\\d{3,}-[^/]+/plan\\.md$"
    ],
    title: "^Implementation Plan\\b",
    minSections: 3,
    placeholders: [
      "[FEATURE NAME]",
      "[FEATURE]",
      "[DATE]",
      "[###-feature-name]",
      "[###-feature]",
      "[CHECKLIST TYPE]",
      "[Brief Title]",
      "[Category 1]",
      "[Entity 1]"
    ]
  },
  sections: [
    {
      letter: "",
      title: "Summary",
      aliases: [],
      required: true,
      go: "allowed",
      role: "summary"
    },
    {
      letter: "",
      title: "Technical Context",
      aliases: [],
      required: true,
      go: "allowed",
      role: "technical-context"
    },
    {
      letter: "",
      title: "Constitution Check",
      aliases: [],
      required: true,
      go: "allowed",
      role: "constitution-check"
    },
    {
      letter: "",
      title: "Project Structure",
      aliases: [],
      required: true,
      go: "allowed",
      role: "project-structure"
    },
    {
      letter: "",
      title: "Complexity Tracking",
      aliases: [],
      required: false,
      go: "allowed",
      role: "complexity-tracking"
    }
  ],
  contractFields: [],
  prCard: {
    tier1: [],
    tier2: []
  },
  extensionTypes: [],
  eventClasses: [],
  tables: {
    scoping: [],
    risks: [],
    correspondence: []
  },
  limits: {
    objectives: [
      0,
      1e3
    ],
    buildingBlocks: [
      0,
      1e3
    ],
    tier1Lines: 25,
    tier1InfoLines: 15,
    mandatoryValidationPRs: 3
  }
};

// server/src/core/profiles/spec-kit-tasks.json
var spec_kit_tasks_default = {
  name: "spec-kit-tasks",
  description: "A spec-kit task list (specs/NNN-name/tasks.md, tasks-template.md): phases of `- [ ] T001 [P] [US1] Description with file path` tasks.",
  kind: "spec-kit-tasks",
  minSections: 1,
  detect: {
    paths: [
      "(?:^|/)specs/\\d{3,}-[^/]+/tasks\\.md$"
    ],
    title: "^Tasks\\b",
    minSections: 1,
    placeholders: [
      "[FEATURE NAME]",
      "[FEATURE]",
      "[DATE]",
      "[###-feature-name]",
      "[###-feature]",
      "[CHECKLIST TYPE]",
      "[Brief Title]",
      "[Category 1]",
      "[Entity 1]"
    ]
  },
  sections: [
    {
      letter: "",
      title: "Dependencies & Execution Order",
      aliases: [
        "Dependencies and Execution Order",
        "Dependencies"
      ],
      required: false,
      go: "allowed",
      role: "dependencies"
    }
  ],
  contractFields: [],
  prCard: {
    tier1: [],
    tier2: []
  },
  extensionTypes: [],
  eventClasses: [],
  tables: {
    scoping: [],
    risks: [],
    correspondence: []
  },
  limits: {
    objectives: [
      0,
      1e3
    ],
    buildingBlocks: [
      0,
      1e3
    ],
    tier1Lines: 25,
    tier1InfoLines: 15,
    mandatoryValidationPRs: 3
  }
};

// server/src/core/profiles/spec-kit-checklist.json
var spec_kit_checklist_default = {
  name: "spec-kit-checklist",
  description: "A spec-kit checklist (specs/NNN-name/checklists/*.md, checklist-template.md): `- [ ] CHK001 ...` items under category headings.",
  kind: "spec-kit-checklist",
  minSections: 1,
  detect: {
    paths: [
      "(?:^|/)specs/\\d{3,}-[^/]+/checklists/[^/]+\\.md$"
    ],
    title: "^.{1,80}\\bChecklist:\\s",
    minSections: 1,
    placeholders: [
      "[FEATURE NAME]",
      "[FEATURE]",
      "[DATE]",
      "[###-feature-name]",
      "[###-feature]",
      "[CHECKLIST TYPE]",
      "[Brief Title]",
      "[Category 1]",
      "[Entity 1]"
    ]
  },
  sections: [
    {
      letter: "",
      title: "Notes",
      aliases: [],
      required: false,
      go: "allowed",
      role: "notes"
    }
  ],
  contractFields: [],
  prCard: {
    tier1: [],
    tier2: []
  },
  extensionTypes: [],
  eventClasses: [],
  tables: {
    scoping: [],
    risks: [],
    correspondence: []
  },
  limits: {
    objectives: [
      0,
      1e3
    ],
    buildingBlocks: [
      0,
      1e3
    ],
    tier1Lines: 25,
    tier1InfoLines: 15,
    mandatoryValidationPRs: 3
  }
};

// server/src/core/profiles/spec-kit-research.json
var spec_kit_research_default = {
  name: "spec-kit-research",
  description: "A spec-kit feature folder's research document (specs/NNN-name/research.md): no structure rules, citation rules only.",
  kind: "spec-kit-doc",
  minSections: 1,
  detect: {
    paths: [
      "(?:^|/)specs/\\d{3,}-[^/]+/research\\.md$"
    ],
    placeholders: [
      "[FEATURE NAME]",
      "[FEATURE]",
      "[DATE]",
      "[###-feature-name]",
      "[###-feature]",
      "[CHECKLIST TYPE]",
      "[Brief Title]",
      "[Category 1]",
      "[Entity 1]"
    ]
  },
  sections: [
    {
      letter: "",
      title: "Notes",
      aliases: [],
      required: false,
      go: "allowed"
    }
  ],
  contractFields: [],
  prCard: {
    tier1: [],
    tier2: []
  },
  extensionTypes: [],
  eventClasses: [],
  tables: {
    scoping: [],
    risks: [],
    correspondence: []
  },
  limits: {
    objectives: [
      0,
      1e3
    ],
    buildingBlocks: [
      0,
      1e3
    ],
    tier1Lines: 25,
    tier1InfoLines: 15,
    mandatoryValidationPRs: 3
  }
};

// server/src/core/profiles/spec-kit-data-model.json
var spec_kit_data_model_default = {
  name: "spec-kit-data-model",
  description: "A spec-kit feature folder's data model document (specs/NNN-name/data-model.md): no structure rules, citation rules only.",
  kind: "spec-kit-doc",
  minSections: 1,
  detect: {
    paths: [
      "(?:^|/)specs/\\d{3,}-[^/]+/data-model\\.md$"
    ],
    placeholders: [
      "[FEATURE NAME]",
      "[FEATURE]",
      "[DATE]",
      "[###-feature-name]",
      "[###-feature]",
      "[CHECKLIST TYPE]",
      "[Brief Title]",
      "[Category 1]",
      "[Entity 1]"
    ]
  },
  sections: [
    {
      letter: "",
      title: "Notes",
      aliases: [],
      required: false,
      go: "allowed"
    }
  ],
  contractFields: [],
  prCard: {
    tier1: [],
    tier2: []
  },
  extensionTypes: [],
  eventClasses: [],
  tables: {
    scoping: [],
    risks: [],
    correspondence: []
  },
  limits: {
    objectives: [
      0,
      1e3
    ],
    buildingBlocks: [
      0,
      1e3
    ],
    tier1Lines: 25,
    tier1InfoLines: 15,
    mandatoryValidationPRs: 3
  }
};

// server/src/core/profiles/spec-kit-contract.json
var spec_kit_contract_default = {
  name: "spec-kit-contract",
  description: "A spec-kit feature folder's contract document (specs/NNN-name/contracts/*.md): no structure rules, citation rules only.",
  kind: "spec-kit-doc",
  minSections: 1,
  detect: {
    paths: [
      "(?:^|/)specs/\\d{3,}-[^/]+/contracts/.+\\.md$"
    ],
    placeholders: [
      "[FEATURE NAME]",
      "[FEATURE]",
      "[DATE]",
      "[###-feature-name]",
      "[###-feature]",
      "[CHECKLIST TYPE]",
      "[Brief Title]",
      "[Category 1]",
      "[Entity 1]"
    ]
  },
  sections: [
    {
      letter: "",
      title: "Notes",
      aliases: [],
      required: false,
      go: "allowed"
    }
  ],
  contractFields: [],
  prCard: {
    tier1: [],
    tier2: []
  },
  extensionTypes: [],
  eventClasses: [],
  tables: {
    scoping: [],
    risks: [],
    correspondence: []
  },
  limits: {
    objectives: [
      0,
      1e3
    ],
    buildingBlocks: [
      0,
      1e3
    ],
    tier1Lines: 25,
    tier1InfoLines: 15,
    mandatoryValidationPRs: 3
  }
};

// server/src/core/profiles/spec-kit-quickstart.json
var spec_kit_quickstart_default = {
  name: "spec-kit-quickstart",
  description: "A spec-kit feature folder's quickstart document (specs/NNN-name/quickstart.md): no structure rules, citation rules only.",
  kind: "spec-kit-doc",
  minSections: 1,
  detect: {
    paths: [
      "(?:^|/)specs/\\d{3,}-[^/]+/quickstart\\.md$"
    ],
    placeholders: [
      "[FEATURE NAME]",
      "[FEATURE]",
      "[DATE]",
      "[###-feature-name]",
      "[###-feature]",
      "[CHECKLIST TYPE]",
      "[Brief Title]",
      "[Category 1]",
      "[Entity 1]"
    ]
  },
  sections: [
    {
      letter: "",
      title: "Notes",
      aliases: [],
      required: false,
      go: "allowed"
    }
  ],
  contractFields: [],
  prCard: {
    tier1: [],
    tier2: []
  },
  extensionTypes: [],
  eventClasses: [],
  tables: {
    scoping: [],
    risks: [],
    correspondence: []
  },
  limits: {
    objectives: [
      0,
      1e3
    ],
    buildingBlocks: [
      0,
      1e3
    ],
    tier1Lines: 25,
    tier1InfoLines: 15,
    mandatoryValidationPRs: 3
  }
};

// server/src/core/profiles/superpowers.json
var superpowers_default = {
  name: "superpowers",
  description: "An implementation plan written with the superpowers writing-plans skill (docs/superpowers/plans/YYYY-MM-DD-<feature>.md): a header (title, the agentic-workers line, Goal, Architecture, Tech Stack), then tasks `### Task N: ...`, each with a Files list and checkbox steps `- [ ] **Step N: ...**`. Any language.",
  kind: "superpowers",
  minSections: 1,
  yieldsTo: ["macro", "micro"],
  superpowers: {
    paths: ["**/docs/superpowers/plans/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]-*.md"],
    titleSuffix: "Implementation Plan",
    agenticLine: "For agentic workers",
    agenticMarkers: ["For agentic workers", "REQUIRED SUB-SKILL", "superpowers:executing-plans", "superpowers:subagent-driven-development"],
    headerFields: ["Goal", "Architecture", "Tech Stack"],
    taskWord: "Task",
    stepWord: "Step",
    fileKinds: ["Create", "Modify", "Test"],
    runLabel: "Run",
    expectedLabel: "Expected",
    codeVerbs: ["write", "implement", "add", "create", "update", "modify", "change", "refactor", "replace", "rename", "extract", "wire", "register", "fix", "define", "extend", "edit", "introduce", "make"],
    notCode: ["commit", "doc", "docs", "documentation", "readme", "changelog", "comment"],
    placeholders: ["TBD", "TODO", "implement later", "fill in details", "fill in the details"],
    vagueSteps: ["add appropriate error handling", "add error handling", "add validation", "handle edge cases", "write tests for the above", "similar to Task \\d+"]
  },
  contractFields: [],
  prCard: { tier1: [], tier2: [] },
  extensionTypes: [],
  eventClasses: [],
  tables: { scoping: [], risks: [], correspondence: [] },
  limits: { objectives: [0, 1e3], buildingBlocks: [0, 1e3], tier1Lines: 25, tier1InfoLines: 15, mandatoryValidationPRs: 3 }
};

// server/src/core/plan/profile.ts
var PLAN_KINDS = ["macro", "micro", "design", "spec-kit-spec", "spec-kit-plan", "spec-kit-tasks", "spec-kit-checklist", "spec-kit-doc", "superpowers"];
var BUILTIN_PROFILES = {
  prompt: freeze(prompt_default),
  template: freeze(template_default),
  micro: freeze(micro_default),
  "micro-compact": freeze(micro_compact_default),
  design: freeze(withMacroDefaults(design_default)),
  "spec-kit-spec": freeze(spec_kit_spec_default),
  "spec-kit-plan": freeze(spec_kit_plan_default),
  "spec-kit-tasks": freeze(spec_kit_tasks_default),
  "spec-kit-checklist": freeze(spec_kit_checklist_default),
  "spec-kit-research": freeze(spec_kit_research_default),
  "spec-kit-data-model": freeze(spec_kit_data_model_default),
  "spec-kit-contract": freeze(spec_kit_contract_default),
  "spec-kit-quickstart": freeze(spec_kit_quickstart_default),
  // A superpowers plan has no sections (it is read by its shape): the file lists none.
  superpowers: freeze({ sections: [], ...superpowers_default })
};
function withMacroDefaults(p) {
  return {
    contractFields: [],
    prCard: { tier1: [], tier2: [] },
    extensionTypes: [],
    eventClasses: [],
    tables: { scoping: [], risks: [], correspondence: [] },
    limits: { objectives: [0, 0], buildingBlocks: [0, 0], tier1Lines: 0, tier1InfoLines: 0, mandatoryValidationPRs: 0 },
    ...p
  };
}
var AUTO_PROFILE = "auto";
var NO_PROFILE = "none";
var DEFAULT_PROFILE_NAME = "prompt";
function defaultProfile() {
  return BUILTIN_PROFILES[DEFAULT_PROFILE_NAME];
}
var byName = /* @__PURE__ */ new Map();
var byObject = /* @__PURE__ */ new WeakMap();
function resolveProfile(setting) {
  if (setting === void 0 || setting === null || setting === "" || setting === AUTO_PROFILE) return { profile: defaultProfile(), problems: [] };
  if (typeof setting === "string") {
    let r2 = byName.get(setting);
    if (!r2) {
      const p = BUILTIN_PROFILES[setting];
      r2 = p ? { profile: p, problems: [] } : { profile: defaultProfile(), problems: [`unknown profile "${setting}" (known: ${Object.keys(BUILTIN_PROFILES).join(", ")}); using "${DEFAULT_PROFILE_NAME}"`] };
      byName.set(setting, r2);
    }
    return r2;
  }
  if (typeof setting !== "object" || Array.isArray(setting)) {
    return { profile: defaultProfile(), problems: ['"profile" must be a profile name or a profile object; using the default'] };
  }
  let r = byObject.get(setting);
  if (!r) {
    const problems = [];
    const profile = freeze(validateProfile(setting, problems));
    r = { profile, problems };
    byObject.set(setting, r);
  }
  return r;
}
var GO_POLICIES = /* @__PURE__ */ new Set(["forbidden", "frozen-interfaces", "allowed"]);
function isStringArray(v) {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}
function isRange(v) {
  return Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === "number" && x >= 0) && v[0] <= v[1];
}
function validateProfile(raw, problems) {
  let base = defaultProfile();
  if (raw.extends !== void 0) {
    if (typeof raw.extends === "string" && BUILTIN_PROFILES[raw.extends]) base = BUILTIN_PROFILES[raw.extends];
    else problems.push(`profile.extends: unknown profile ${JSON.stringify(raw.extends)} (known: ${Object.keys(BUILTIN_PROFILES).join(", ")}); extending "${DEFAULT_PROFILE_NAME}"`);
  }
  const out2 = {
    ...base,
    name: typeof raw.name === "string" && raw.name ? raw.name : "custom",
    prCard: { ...base.prCard },
    costlyRisks: base.costlyRisks && { ...base.costlyRisks, filled: [...base.costlyRisks.filled], namingPr: [...base.costlyRisks.namingPr] },
    tables: { ...base.tables },
    limits: { ...base.limits }
  };
  if (raw.name !== void 0 && typeof raw.name !== "string") problems.push("profile.name must be a string");
  if (raw.kind !== void 0) {
    if (typeof raw.kind === "string" && PLAN_KINDS.includes(raw.kind)) out2.kind = raw.kind;
    else problems.push(`profile.kind must be one of ${PLAN_KINDS.map((k) => `"${k}"`).join(", ")}`);
  }
  if (raw.minSections !== void 0) {
    if (typeof raw.minSections === "number" && raw.minSections >= 1) out2.minSections = raw.minSections;
    else problems.push("profile.minSections must be a number of at least 1");
  }
  if (typeof raw.description === "string") out2.description = raw.description;
  if (raw.sections !== void 0) {
    if (!Array.isArray(raw.sections) || raw.sections.length === 0) problems.push("profile.sections must be a non-empty array of sections; using the base sections");
    else {
      const sections = [];
      const letters = /* @__PURE__ */ new Set();
      raw.sections.forEach((s, i2) => {
        const where3 = `profile.sections[${i2}]`;
        if (!s || typeof s !== "object" || Array.isArray(s)) {
          problems.push(`${where3} must be an object`);
          return;
        }
        const o = s;
        if (typeof o.title !== "string" || !o.title.trim()) {
          problems.push(`${where3}.title must be a non-empty string; section skipped`);
          return;
        }
        const letter = typeof o.letter === "string" ? o.letter.toUpperCase() : "";
        if (o.letter !== void 0 && (typeof o.letter !== "string" || !/^[A-Za-z]?$/.test(o.letter))) problems.push(`${where3}.letter must be one letter (or "" for a section recognised by title only)`);
        if (letter && letters.has(letter)) problems.push(`${where3}.letter "${letter}" is used by two sections`);
        if (letter) letters.add(letter);
        const spec2 = {
          letter: /^[A-Z]$/.test(letter) ? letter : "",
          title: o.title.trim(),
          aliases: isStringArray(o.aliases) ? o.aliases.slice() : [],
          required: typeof o.required === "boolean" ? o.required : true,
          go: typeof o.go === "string" && GO_POLICIES.has(o.go) ? o.go : "forbidden"
        };
        if (o.aliases !== void 0 && !isStringArray(o.aliases)) problems.push(`${where3}.aliases must be an array of strings`);
        if (typeof o.description === "string" && o.description) spec2.description = o.description;
        if (o.required !== void 0 && typeof o.required !== "boolean") problems.push(`${where3}.required must be true or false`);
        if (o.go !== void 0 && !GO_POLICIES.has(o.go)) problems.push(`${where3}.go must be one of forbidden, frozen-interfaces, allowed`);
        if (o.maxLines !== void 0) {
          if (typeof o.maxLines === "number" && o.maxLines > 0) spec2.maxLines = o.maxLines;
          else problems.push(`${where3}.maxLines must be a positive number`);
        }
        if (o.role !== void 0) {
          if (typeof o.role === "string" && o.role) spec2.role = o.role;
          else problems.push(`${where3}.role must be a string`);
        }
        sections.push(spec2);
      });
      if (sections.length > 0) out2.sections = sections;
    }
  }
  for (const key2 of ["contractFields", "extensionTypes", "eventClasses"]) {
    const v = raw[key2];
    if (v === void 0) continue;
    if (isStringArray(v)) out2[key2] = v.slice();
    else problems.push(`profile.${key2} must be an array of strings`);
  }
  if (raw.prCard !== void 0) {
    const pc = raw.prCard;
    if (!pc || typeof pc !== "object" || Array.isArray(pc)) problems.push("profile.prCard must be an object with tier1 and tier2 arrays");
    else for (const tier of ["tier1", "tier2"]) {
      if (pc[tier] === void 0) continue;
      if (isStringArray(pc[tier])) out2.prCard[tier] = pc[tier].slice();
      else problems.push(`profile.prCard.${tier} must be an array of strings`);
    }
    if (pc && typeof pc === "object" && pc.tiered !== void 0) {
      if (typeof pc.tiered === "boolean") out2.prCard.tiered = pc.tiered;
      else problems.push("profile.prCard.tiered must be true or false");
    }
  }
  if (raw.costlyRisks !== void 0) {
    const cr = raw.costlyRisks;
    if (!cr || typeof cr !== "object" || Array.isArray(cr)) problems.push("profile.costlyRisks must be an object with cost, filled and namingPr");
    else {
      out2.costlyRisks ??= { cost: "", filled: [], namingPr: [] };
      if (cr.cost !== void 0) {
        if (typeof cr.cost === "string" && cr.cost) out2.costlyRisks.cost = cr.cost;
        else problems.push("profile.costlyRisks.cost must be a column name");
      }
      for (const k of ["filled", "namingPr"]) {
        if (cr[k] === void 0) continue;
        if (isStringArray(cr[k])) out2.costlyRisks[k] = cr[k].slice();
        else problems.push(`profile.costlyRisks.${k} must be an array of strings`);
      }
    }
  }
  if (raw.tables !== void 0) {
    const t = raw.tables;
    if (!t || typeof t !== "object" || Array.isArray(t)) problems.push("profile.tables must be an object");
    else for (const k of ["scoping", "risks", "correspondence"]) {
      if (t[k] === void 0) continue;
      if (isStringArray(t[k])) out2.tables[k] = t[k].slice();
      else problems.push(`profile.tables.${k} must be an array of strings`);
    }
  }
  if (raw.limits !== void 0) {
    const l = raw.limits;
    if (!l || typeof l !== "object" || Array.isArray(l)) problems.push("profile.limits must be an object");
    else {
      for (const k of ["objectives", "buildingBlocks"]) {
        if (l[k] === void 0) continue;
        if (isRange(l[k])) out2.limits[k] = l[k].slice();
        else problems.push(`profile.limits.${k} must be [min, max] with 0 <= min <= max`);
      }
      for (const k of ["tier1Lines", "tier1InfoLines", "mandatoryValidationPRs"]) {
        if (l[k] === void 0) continue;
        if (typeof l[k] === "number" && l[k] > 0) out2.limits[k] = l[k];
        else problems.push(`profile.limits.${k} must be a positive number`);
      }
    }
  }
  if (raw.parts !== void 0) {
    const ok3 = Array.isArray(raw.parts) && raw.parts.every((x) => x && typeof x === "object" && typeof x.number === "number" && typeof x.title === "string");
    if (ok3) out2.parts = raw.parts.map((x) => ({ ...x }));
    else problems.push("profile.parts must be an array of { number, title, maxLines? }");
  }
  if (raw.micro !== void 0) {
    const m = raw.micro;
    if (!m || typeof m !== "object" || Array.isArray(m)) problems.push("profile.micro must be an object");
    else {
      const micro = { ...base.micro ?? BUILTIN_PROFILES.micro.micro };
      for (const k of ["contractPrefixes", "clauses", "taskParts", "testStrategy", "deviationLog", "deviationReasons"]) {
        if (m[k] === void 0) continue;
        if (isStringArray(m[k])) micro[k] = m[k].slice();
        else problems.push(`profile.micro.${k} must be an array of strings`);
      }
      out2.micro = micro;
    }
  }
  if (raw.design !== void 0) {
    const d = raw.design;
    const speciesOk = Array.isArray(d?.species) && d.species.every((x) => !!x && typeof x.name === "string");
    if (!d || typeof d !== "object" || !isStringArray(d.speciesLabels) || !speciesOk) problems.push("profile.design must be { speciesLabels: string[], species: [{ name, aliases, decisionParts?, snippetLines? }], declarationLines }");
    else {
      out2.design = {
        speciesLabels: d.speciesLabels.slice(),
        species: d.species.map((x) => ({ name: x.name, aliases: isStringArray(x.aliases) ? x.aliases.slice() : [], decisionParts: isStringArray(x.decisionParts) ? x.decisionParts.slice() : void 0, snippetLines: typeof x.snippetLines === "number" ? x.snippetLines : void 0 })),
        declarationLines: typeof d.declarationLines === "number" && d.declarationLines > 0 ? d.declarationLines : 20
      };
    }
  }
  if (raw.detect !== void 0) problems.push('profile.detect is read from the shipped profiles only (ignored); pin an inline profile with "profiles" instead');
  if (raw.yieldsTo !== void 0) {
    if (isStringArray(raw.yieldsTo) && raw.yieldsTo.every((k) => PLAN_KINDS.includes(k))) out2.yieldsTo = raw.yieldsTo.slice();
    else problems.push(`profile.yieldsTo must be an array of plan kinds (${PLAN_KINDS.join(", ")})`);
  }
  if (raw.superpowers !== void 0) {
    const sp = raw.superpowers;
    if (!sp || typeof sp !== "object" || Array.isArray(sp)) problems.push("profile.superpowers must be an object");
    else {
      const spec2 = { ...base.superpowers ?? BUILTIN_PROFILES.superpowers.superpowers };
      for (const [k, v] of Object.entries(sp)) {
        const current = spec2[k];
        if (current === void 0) problems.push(`profile.superpowers.${k} is not a superpowers field (ignored)`);
        else if (Array.isArray(current) ? isStringArray(v) : typeof v === "string") spec2[k] = Array.isArray(v) ? v.slice() : v;
        else problems.push(`profile.superpowers.${k} must be ${Array.isArray(current) ? "an array of strings" : "a string"}`);
      }
      out2.superpowers = spec2;
    }
  }
  const known = /* @__PURE__ */ new Set(["detect", "design", "name", "description", "kind", "minSections", "parts", "micro", "superpowers", "yieldsTo", "extends", "sections", "contractFields", "prCard", "costlyRisks", "extensionTypes", "eventClasses", "tables", "limits", "$schema"]);
  for (const k of Object.keys(raw)) if (!known.has(k)) problems.push(`profile.${k} is not a profile field (ignored)`);
  return out2;
}
function freeze(o) {
  if (o && typeof o === "object" && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) freeze(v);
  }
  return o;
}

// server/src/cli/args.ts
var FORMATS = ["text", "json", "sarif", "github", "codequality"];
var UsageError = class extends Error {
};
var USAGE = `Usage: macroplan check [FILES or folders...] [--root DIR] [--format FORMAT]
                       [--profile NAME] [--max-warnings N] [--fix] [--since REF] [--no-history]
                       [--sarif-file FILE]
       macroplan impact [FILES or folders...] [--base REF] [--root DIR] [--format text|json|sarif]
                        [--fail-on-impact]
       macroplan lsp --stdio | --node-ipc
       macroplan rules [--format text|json]  list the rules
       macroplan COMMAND --help the command's options
FORMAT: ${FORMATS.join(", ")}`;
function walkArgs(argv, take) {
  const paths = [];
  for (let i2 = 0; i2 < argv.length; i2++) {
    const a = argv[i2];
    const [flag, inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, void 0];
    const value = () => {
      const v = inline ?? argv[++i2];
      if (v === void 0 || inline === void 0 && v.startsWith("--")) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (take(flag, value)) continue;
    if (a.startsWith("-") && a !== "-") throw new UsageError(`unknown option ${a}`);
    paths.push(a);
  }
  return paths;
}
function gitRef(flag, v) {
  if (/[\0\n\r]/.test(v) || v.startsWith("-")) throw new UsageError(`${flag} needs a git ref, not "${v}"`);
  return v;
}
function parseCheckArgs(argv) {
  const out2 = { paths: [], format: "text", fix: false };
  out2.paths = walkArgs(argv, (flag, value) => {
    switch (flag) {
      case "--root":
        out2.root = value();
        return true;
      case "--format": {
        const f = value();
        if (!FORMATS.includes(f)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${f}"`);
        out2.format = f;
        return true;
      }
      case "--profile": {
        const p = value();
        if (!BUILTIN_PROFILES[p] && p !== AUTO_PROFILE) throw new UsageError(`--profile must be one of ${[AUTO_PROFILE, ...Object.keys(BUILTIN_PROFILES)].join(", ")}, not "${p}" (a custom profile goes in .macroplan.json)`);
        out2.profile = p;
        return true;
      }
      case "--max-warnings": {
        const v = value();
        if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings needs a whole number, not "${v}"`);
        out2.maxWarnings = Number(v);
        return true;
      }
      case "--fix":
        out2.fix = true;
        return true;
      case "--since":
        out2.since = gitRef(flag, value());
        return true;
      case "--no-history":
        out2.noHistory = true;
        return true;
      case "--sarif-file":
        out2.sarifFile = value();
        return true;
      default:
        return false;
    }
  });
  return out2;
}

// server/src/cli/targets.ts
var fs2 = __toESM2(require("node:fs"));
var path = __toESM2(require("node:path"));
function markdownFiles(dir) {
  const out2 = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop();
    for (const e of fs2.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (e.name !== "node_modules" && e.name !== ".git") stack.push(path.join(d, e.name));
      } else if (e.isFile() && e.name.endsWith(".md")) out2.push(path.join(d, e.name));
    }
  }
  return out2.sort();
}
function expandTargets(paths, root) {
  const given = paths.length ? paths : [path.relative(process.cwd(), root) || "."];
  const targets = [];
  for (const p of given) {
    const abs = path.resolve(p);
    if (!fs2.existsSync(abs)) throw new UsageError(`${p}: no such file or folder`);
    const st = fs2.statSync(abs);
    if (st.isDirectory()) {
      for (const f of markdownFiles(abs)) targets.push({ shown: path.join(p, path.relative(abs, f)), abs: f });
    } else if (st.isFile()) targets.push({ shown: p, abs });
    else throw new UsageError(`${p}: not a regular file`);
  }
  return targets;
}

// server/src/cli/impact.ts
var fs7 = __toESM2(require("node:fs"));

// server/src/cli/report.ts
var path13 = __toESM2(require("node:path"));
var import_node_url = require("node:url");

// server/src/core/text.ts
var LineIndex = class {
  constructor(text4) {
    this.text = text4;
    const starts = [0];
    for (let i2 = 0; i2 < text4.length; i2++) {
      const c = text4.charCodeAt(i2);
      if (c === 10) starts.push(i2 + 1);
      else if (c === 13) {
        if (text4.charCodeAt(i2 + 1) === 10) i2++;
        starts.push(i2 + 1);
      }
    }
    this.starts = starts;
  }
  /** Offset of the first character of each line. Lines end at \n, \r\n or a lone \r. */
  starts;
  get lineCount() {
    return this.starts.length;
  }
  positionAt(offset) {
    offset = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
  offsetAt(pos) {
    if (pos.line >= this.starts.length) return this.text.length;
    if (pos.line < 0) return 0;
    const start2 = this.starts[pos.line];
    const end = this.lineEnd(pos.line);
    return Math.min(start2 + Math.max(0, pos.character), end);
  }
  /** Offset of the end of a line's content, before its line break. */
  lineEnd(line) {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    let end = next;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
  lineText(line) {
    return this.text.slice(this.starts[line], this.lineEnd(line));
  }
};
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function squashSpace(line) {
  return line.trim().replace(/\s+/g, " ");
}
function clip(text4, max) {
  const s = squashSpace(text4);
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(" ", max - 1);
  return (cut >= max / 2 ? s.slice(0, cut) : s.slice(0, max - 1)).replace(/[\s,;:.]+$/, "") + "\u2026";
}

// server/src/core/golex.ts
var NOT_IDENTS = new Set(
  "break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var true false nil iota".split(" ")
);
var LETTER = new RegExp("\\p{L}", "u");
var LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;
function isIdentStart(c, ch) {
  if (c < 128) return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
  return LETTER.test(ch);
}
function isIdentPart(c, ch) {
  if (c < 128) return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c >= 48 && c <= 57;
  return LETTER_OR_DIGIT.test(ch);
}
function lexGo(text4) {
  const idents2 = /* @__PURE__ */ new Map();
  const comments = [];
  const n = text4.length;
  let line = 1;
  let i2 = 0;
  while (i2 < n) {
    const c = text4.charCodeAt(i2);
    if (c === 10) {
      line++;
      i2++;
    } else if (c === 47 && text4.charCodeAt(i2 + 1) === 47) {
      const end = text4.indexOf("\n", i2);
      const e = end < 0 ? n : end;
      comments.push([i2, e]);
      i2 = e;
    } else if (c === 47 && text4.charCodeAt(i2 + 1) === 42) {
      const end = text4.indexOf("*/", i2 + 2);
      const e = end < 0 ? n : end + 2;
      comments.push([i2, e]);
      line += countNewlines(text4, i2, e);
      i2 = e;
    } else if (c === 34 || c === 39) {
      let j = i2 + 1;
      while (j < n) {
        const d = text4.charCodeAt(j);
        if (d === 92) j += 2;
        else if (d === c || d === 10) break;
        else j++;
      }
      if (j < n && text4.charCodeAt(j) === c) j++;
      i2 = Math.min(j, n);
    } else if (c === 96) {
      const end = text4.indexOf("`", i2 + 1);
      const e = end < 0 ? n : end + 1;
      line += countNewlines(text4, i2, e);
      i2 = e;
    } else if (c >= 48 && c <= 57 || c === 46 && isDigit(text4.charCodeAt(i2 + 1))) {
      let j = i2 + 1;
      while (j < n) {
        const d = text4.charCodeAt(j);
        if ((d === 43 || d === 45) && /[eEpP]/.test(text4[j - 1]) && !/^0[xX][0-9a-fA-F_]*[eE]$/.test(text4.slice(i2, j))) j++;
        else if (isIdentPart(d, charAt(text4, j)) || d === 46) j++;
        else break;
      }
      i2 = j;
    } else if (isIdentStart(c, charAt(text4, i2))) {
      let j = i2 + (c >= 55296 && c <= 56319 ? 2 : 1);
      while (j < n) {
        const d = text4.charCodeAt(j);
        if (!isIdentPart(d, charAt(text4, j))) break;
        j += d >= 55296 && d <= 56319 ? 2 : 1;
      }
      const name2 = text4.slice(i2, j);
      if (!NOT_IDENTS.has(name2)) {
        let list3 = idents2.get(name2);
        if (!list3) idents2.set(name2, list3 = []);
        if (list3[list3.length - 1] !== line) list3.push(line);
      }
      i2 = j;
    } else {
      i2++;
    }
  }
  return { idents: idents2, comments };
}
function charAt(text4, i2) {
  const c = text4.charCodeAt(i2);
  return c >= 55296 && c <= 56319 ? text4.slice(i2, i2 + 2) : text4[i2];
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function countNewlines(text4, from, to) {
  let k = 0;
  for (let i2 = text4.indexOf("\n", from); i2 >= 0 && i2 < to; i2 = text4.indexOf("\n", i2 + 1)) k++;
  return k;
}

// server/src/core/gofile.ts
function normaliseWs(s) {
  return s.replace(/\s+/g, " ").replace(/([(\[]) /g, "$1").replace(/ ([)\],])/g, "$1").replace(/,(?=\S)/g, ", ").trim();
}
function indexGoFile(text4, tree) {
  const li = new LineIndex(text4);
  const lines = text4.split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  const lineCount = text4.length === 0 ? 0 : lines.length;
  const root = tree.rootNode;
  const decls = [];
  for (const node2 of root.namedChildren) {
    if (node2) collectDecl(node2, text4, decls);
  }
  const { idents: idents2, comments } = lexGo(text4);
  return { lineCount, lines, decls, idents: idents2, lineKinds: lineKinds(lines, li, comments), hasError: root.hasError };
}
function lineKinds(lines, li, comments) {
  const masked = lines.slice();
  for (const [s, e] of comments) {
    const a = li.positionAt(s);
    const b = li.positionAt(e);
    for (let l = a.line; l <= b.line && l < masked.length; l++) {
      const from = l === a.line ? a.character : 0;
      const to = l === b.line ? b.character : masked[l].length;
      masked[l] = masked[l].slice(0, from) + " ".repeat(Math.max(0, to - from)) + masked[l].slice(to);
    }
  }
  const kinds = new Uint8Array(lines.length);
  for (let i2 = 0; i2 < lines.length; i2++) {
    const rest = masked[i2].trim();
    if (rest === "") kinds[i2] = lines[i2].trim() === "" ? 1 /* Blank */ : 2 /* Comment */;
    else if (/^[{}()\[\],;\s]*$/.test(rest)) kinds[i2] = 3 /* Brace */;
    else kinds[i2] = 0 /* Code */;
  }
  return kinds;
}
function field(node2, name2) {
  return node2.childForFieldName(name2);
}
function head(node2, text4) {
  const body2 = field(node2, "body");
  const end = body2 ? body2.startIndex : node2.endIndex;
  return normaliseWs(text4.slice(node2.startIndex, end));
}
function range(node2) {
  return { startLine: node2.startPosition.row + 1, endLine: node2.endPosition.row + 1 };
}
function collectDecl(node2, text4, out2) {
  switch (node2.type) {
    case "function_declaration": {
      const name2 = field(node2, "name");
      if (name2) out2.push({ kind: "func", name: name2.text, ...range(node2), signature: head(node2, text4) });
      return;
    }
    case "method_declaration": {
      const name2 = field(node2, "name");
      const recv = field(node2, "receiver");
      const recvType = recv ? recv.text.match(/([\p{L}_][\p{L}\p{Nd}_]*)(?:\[[^\]]*\])?\s*\)$/u)?.[1] ?? "" : "";
      if (name2) out2.push({ kind: "method", name: name2.text, receiver: recvType, ...range(node2), signature: head(node2, text4) });
      return;
    }
    case "type_declaration": {
      const specs = node2.namedChildren.filter((c) => !!c && (c.type === "type_spec" || c.type === "type_alias"));
      for (const spec2 of specs) {
        const name2 = field(spec2, "name");
        const type = field(spec2, "type");
        if (!name2) continue;
        const where3 = specs.length === 1 ? node2 : spec2;
        const typeKind = spec2.type === "type_alias" ? "alias" : type?.type === "struct_type" ? "struct" : type?.type === "interface_type" ? "interface" : "other";
        const decl = { kind: "type", name: name2.text, typeKind, ...range(where3), signature: `type ${name2.text} ${typeKind === "alias" ? "= " : ""}${typeKind === "struct" || typeKind === "interface" ? typeKind : normaliseWs(type?.text ?? "")}` };
        if (typeKind === "interface" && type) decl.methods = interfaceMethods(type);
        out2.push(decl);
      }
      return;
    }
    case "const_declaration":
    case "var_declaration": {
      const kind = node2.type === "const_declaration" ? "const" : "var";
      const specs = [];
      const gather = (n) => {
        for (const c of n.namedChildren) {
          if (!c) continue;
          if (c.type === "const_spec" || c.type === "var_spec") specs.push(c);
          else if (c.type === "var_spec_list") gather(c);
        }
      };
      gather(node2);
      for (const spec2 of specs) {
        const where3 = specs.length === 1 ? node2 : spec2;
        for (const name2 of spec2.childrenForFieldName("name")) {
          if (name2) out2.push({ kind, name: name2.text, ...range(where3), signature: `${kind} ${normaliseWs(spec2.text).slice(0, 120)}` });
        }
      }
      return;
    }
    default:
      return;
  }
}
function interfaceMethods(iface) {
  const out2 = [];
  for (const c of iface.namedChildren) {
    if (!c || c.type !== "method_elem") continue;
    const name2 = field(c, "name");
    if (!name2) continue;
    const params = field(c, "parameters")?.text ?? "()";
    const result = field(c, "result")?.text ?? "";
    out2.push({ name: name2.text, signature: normaliseWs(`${params} ${result}`) });
  }
  return out2;
}

// server/src/core/citations.ts
var PATH_RUN = /[\p{L}\p{N}_.\-/\\~%@+]+/gu;
var COLON_SPEC = /:(L?)(\d{1,9})(?:([-\u2013]L?)(\d{1,9}))?((?:,\d{1,9}(?:[-\u2013]\d{1,9})?)*)/y;
var HASH_SPEC = /#L(\d{1,9})(?:,\d{1,9})?(?:[-\u2013]L?(\d{1,9})(?:,\d{1,9})?)?/y;
var COMMA_PART = /,(\d{1,9})(?:[-\u2013](\d{1,9}))?/g;
function scanCitations(text4, base = 0, excluded) {
  const out2 = [];
  PATH_RUN.lastIndex = 0;
  let m;
  while (m = PATH_RUN.exec(text4)) {
    const run2 = m[0];
    const runEnd = m.index + run2.length;
    const next = text4.charCodeAt(runEnd);
    if (!run2.endsWith(".go") || next !== 58 && next !== 35) continue;
    if (run2.startsWith("//") && text4.charCodeAt(m.index - 1) === 58) continue;
    let pathStartInRun = 0;
    while (pathStartInRun < run2.length - 3 && /[-+@]/.test(run2[pathStartInRun])) pathStartInRun++;
    const parsed2 = parseSpec(text4, runEnd, base);
    if (!parsed2) continue;
    const mark = run2[pathStartInRun];
    if (mark === "_" || mark === "~") {
      let n = 1;
      while (run2[pathStartInRun + n] === mark) n++;
      if (text4.startsWith(mark.repeat(n), parsed2.end) && text4[parsed2.end + n] !== mark) pathStartInRun += n;
      else if (mark === "~" && run2[pathStartInRun + n] !== "/") pathStartInRun += n;
    }
    const rawPath = run2.slice(pathStartInRun);
    if (rawPath.length <= 3) continue;
    const start2 = base + m.index + pathStartInRun;
    if (excluded?.(start2)) continue;
    out2.push({
      start: start2,
      end: base + parsed2.end,
      pathStart: start2,
      pathEnd: base + runEnd,
      rawPath,
      path: normalizePath(rawPath),
      form: parsed2.form,
      ranges: parsed2.ranges,
      link: isLinkTarget(text4, m.index + pathStartInRun)
    });
  }
  return out2;
}
function isLinkTarget(text4, at) {
  let i2 = at;
  if (text4[i2 - 1] === "<") i2--;
  if (text4[i2 - 1] === "(" && text4[i2 - 2] === "]") return true;
  if (/href\s*=\s*["']?$/i.test(text4.slice(Math.max(0, at - 12), at))) return true;
  let j = i2;
  while (j > 0 && (text4[j - 1] === " " || text4[j - 1] === "	")) j--;
  if (j === i2 || text4[j - 1] !== ":" || text4[j - 2] !== "]") return false;
  const stop2 = Math.max(0, j - 1e3);
  let lineStart = j - 1;
  while (lineStart > stop2 && text4[lineStart - 1] !== "\n") lineStart--;
  if (lineStart > 0 && text4[lineStart - 1] !== "\n") return false;
  return /^ {0,3}\[[^\]\n]+\]:$/.test(text4.slice(lineStart, j));
}
function parseSpec(text4, at, base) {
  COLON_SPEC.lastIndex = at;
  const c = COLON_SPEC.exec(text4);
  if (c) {
    const firstEnd = at + 1 + c[1].length + c[2].length + (c[4] !== void 0 ? c[3].length + c[4].length : 0);
    const ranges = [part(c[2], c[4], base + at + 1, base + firstEnd)];
    if (c[5]) {
      COMMA_PART.lastIndex = 0;
      let p;
      while (p = COMMA_PART.exec(c[5])) {
        const s = firstEnd + p.index + 1;
        ranges.push(part(p[1], p[2], base + s, base + s + p[0].length - 1));
      }
    }
    return { end: at + c[0].length, form: "colon", ranges };
  }
  HASH_SPEC.lastIndex = at;
  const h = HASH_SPEC.exec(text4);
  if (h) {
    return { end: at + h[0].length, form: "hash", ranges: [part(h[1], h[2], base + at + 2, base + at + h[0].length)] };
  }
  return void 0;
}
function part(a, b, specStart, specEnd) {
  const start2 = Number(a);
  return { start: start2, end: b !== void 0 ? Number(b) : start2, specStart, specEnd };
}
function normalizePath(raw) {
  let p = raw;
  if (p.includes("%")) {
    try {
      p = decodeURIComponent(p);
    } catch {
    }
  }
  return p.replace(/\\/g, "/");
}
function formatSpec(form, start2, end) {
  if (form === "hash") return start2 === end ? `#L${start2}` : `#L${start2}-L${end}`;
  return start2 === end ? `:${start2}` : `:${start2}-${end}`;
}

// server/src/core/rules/citation/citation-util.ts
function citedFile(c) {
  return c.resolution.kind === "ok" && c.loaded?.kind === "ok" ? c.loaded.file : void 0;
}
function rangeProblem(r, lineCount) {
  if (r.start === 0) return "line numbers start at 1";
  if (r.end < r.start) return `the range ends (${r.end}) before it starts (${r.start})`;
  const size = `${lineCount} line${lineCount === 1 ? "" : "s"}`;
  if (r.start > lineCount) return `line ${r.start} is past the end of the file (${size})`;
  if (r.end > lineCount) return `the range ends at line ${r.end}, past the end of the file (${size})`;
  return void 0;
}
function validRanges(c, file) {
  return c.ranges.filter((r) => rangeProblem(r, file.lineCount) === void 0);
}
function describeRange(r) {
  return r.start === r.end ? `line ${r.start}` : `lines ${r.start}-${r.end}`;
}
function occursIn(lines, ranges) {
  for (const r of ranges) {
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (lines[mid] < r.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < lines.length && lines[lo] <= r.end) return true;
  }
  return false;
}
var codePrefix = /* @__PURE__ */ new WeakMap();
function codeLinesIn(file, start2, end) {
  let prefix = codePrefix.get(file);
  if (!prefix) {
    prefix = new Uint32Array(file.lineKinds.length + 1);
    for (let i2 = 0; i2 < file.lineKinds.length; i2++) prefix[i2 + 1] = prefix[i2] + (file.lineKinds[i2] === 0 /* Code */ ? 1 : 0);
    codePrefix.set(file, prefix);
  }
  const hi = Math.min(end, file.lineKinds.length);
  return hi < start2 ? 0 : prefix[hi] - prefix[start2 - 1];
}
function claimHolds(file, claimed, ranges) {
  if (claimed.some((name2) => name2 === packageName(file) || occursIn(file.idents.get(name2) ?? [], ranges) || inComments(file, name2, ranges) || imported(file, name2, ranges) || inStrings(file, name2, ranges))) return true;
  return ranges.every((r) => claimed.some((name2) => withinDeclaration(file, name2, r)));
}
var packageNames = /* @__PURE__ */ new WeakMap();
function packageName(file) {
  let name2 = packageNames.get(file);
  if (name2 === void 0) {
    name2 = null;
    for (let i2 = 0; i2 < file.lines.length; i2++) {
      if (file.lineKinds[i2] !== 0 /* Code */) continue;
      name2 = /^\s*package\s+([\p{L}_][\p{L}\p{Nd}_]*)/u.exec(file.lines[i2])?.[1] ?? null;
      break;
    }
    packageNames.set(file, name2);
  }
  return name2;
}
function exactComment(file, r) {
  return codeLinesIn(file, r.start, r.end) === 0 && file.lineKinds[r.start - 1] === 2 /* Comment */ && file.lineKinds[r.end - 1] === 2 /* Comment */;
}
var MAX_COMMENT_LINES = 400;
function inComments(file, name2, ranges) {
  const word = wordRegExp(name2);
  for (const r of ranges) {
    if (!exactComment(file, r)) continue;
    for (let l = r.start; l <= Math.min(r.end, r.start + MAX_COMMENT_LINES); l++) {
      if (file.lineKinds[l - 1] === 2 /* Comment */ && word.test(file.lines[l - 1] ?? "")) return true;
    }
  }
  return false;
}
function wordRegExp(name2) {
  return new RegExp(`(?<![\\p{L}\\p{Nd}_])${escapeRegExp(name2)}(?![\\p{L}\\p{Nd}_])`, "u");
}
var STRING = /"(?:[^"\\]|\\.)*"|`[^`]*`/g;
function inStrings(file, name2, ranges) {
  const word = wordRegExp(name2);
  for (const r of ranges) {
    for (let l = r.start; l <= Math.min(r.end, r.start + MAX_COMMENT_LINES); l++) {
      const line = file.lines[l - 1] ?? "";
      if (!line.includes(name2) || file.lineKinds[l - 1] === 2 /* Comment */) continue;
      for (const m of line.matchAll(STRING)) if (word.test(m[0])) return true;
    }
  }
  return false;
}
var IMPORT_SPEC = /^\s*(?:import\s+)?(?:[\p{L}_.][\p{L}\p{Nd}_]*\s+)?"([^"\s]+)"\s*(?:\/\/.*)?$/u;
function imported(file, name2, ranges) {
  for (const r of ranges) {
    for (let l = r.start; l <= Math.min(r.end, r.start + MAX_COMMENT_LINES); l++) {
      const m = IMPORT_SPEC.exec(file.lines[l - 1] ?? "");
      if (m && m[1].split("/").includes(name2)) return true;
    }
  }
  return false;
}
function withinDeclaration(file, name2, r) {
  for (const d of file.decls) {
    if (d.name !== name2) continue;
    if (r.start >= d.startLine && r.end <= d.endLine) return true;
    let top = d.startLine;
    while (top > 1 && file.lineKinds[top - 2] === 2 /* Comment */) top--;
    if (top < d.startLine && r.start >= top && r.end <= d.endLine) return true;
  }
  return false;
}
function moveToDeclaration(c, file) {
  const decl = declarationOf(file, c.claimed);
  if (!decl) return void 0;
  const spec2 = formatSpec(c.form, decl.startLine, decl.endLine);
  const slid = c.ranges.length === 1 && c.ranges[0].end - c.ranges[0].start === decl.endLine - decl.startLine;
  return {
    note: `\`${decl.receiver ? decl.receiver + "." : ""}${decl.name}\` is declared at ${describeRange({ start: decl.startLine, end: decl.endLine })}`,
    fix: { title: `Move citation to ${c.rawPath}${spec2}`, edits: [{ start: c.pathEnd, end: c.end, newText: spec2 }], ...slid ? {} : { manual: true } }
  };
}
function declarationOf(file, claimed) {
  for (let i2 = 0; i2 < claimed.length; i2++) {
    const name2 = claimed[i2];
    const next = claimed[i2 + 1];
    if (next) {
      const method = file.decls.find((d) => d.kind === "method" && d.receiver === name2 && d.name === next);
      if (method) return method;
    }
    const decl = file.decls.find((d) => d.name === name2 && d.kind !== "method") ?? file.decls.find((d) => d.name === name2);
    if (decl) return decl;
  }
  return void 0;
}
function missingMessage(rawPath, res, asCited = (r) => r) {
  if (res.checkout) return `${rawPath} does not exist in the checkout mapped for it (${res.checkout}).`;
  if (res.notHere) return `${rawPath} is not in this workspace: it has no folder ${res.notHere}/. If it cites another repository, map the prefix in "repositories" of .macroplan.json (to a local checkout, or to null to leave it unchecked).`;
  const s = res.suggestions.map(asCited);
  return `${rawPath} does not exist in the workspace.${s.length ? ` Closest: ${s.join(", ")}.` : ""}`;
}

// server/src/core/rules/citation/mp001-citation-file-missing.ts
var rule = {
  meta: {
    id: "MP001",
    name: "citation-file-missing",
    severity: "error",
    description: "The cited path resolves to no Go file in the workspace.",
    scope: "markdown",
    needs: ["citations"]
  },
  check(ctx) {
    for (const c of ctx.citations) {
      if (c.resolution.kind !== "missing") continue;
      if (c.drift) continue;
      const written = (rel) => ctx.workspace.asCited(c, rel, ctx.path);
      const s = c.resolution.suggestions.map(written);
      ctx.report({
        start: c.start,
        end: c.end,
        message: missingMessage(c.rawPath, c.resolution, written),
        fixes: s.map((p) => ({ title: `Replace with ${p}`, edits: [{ start: c.pathStart, end: c.pathEnd, newText: p }] }))
      });
    }
  }
};

// server/src/core/rules/citation/mp002-citation-path-ambiguous.ts
var rule2 = {
  meta: {
    id: "MP002",
    name: "citation-path-ambiguous",
    severity: "warning",
    description: "A partial path matches more than one Go file in the workspace.",
    scope: "markdown",
    needs: ["citations"]
  },
  check(ctx) {
    for (const c of ctx.citations) {
      if (c.resolution.kind !== "ambiguous") continue;
      const all2 = c.resolution.candidates.map((rel) => ctx.workspace.asCited(c, rel, ctx.path));
      ctx.report({
        start: c.start,
        end: c.end,
        message: `${c.rawPath} matches ${all2.length} files: ${all2.join(", ")}. Qualify the path.`,
        fixes: all2.map((p) => ({ title: `Qualify as ${p}`, edits: [{ start: c.pathStart, end: c.pathEnd, newText: p }] }))
      });
    }
  }
};

// server/src/core/rules/citation/mp003-citation-line-out-of-range.ts
var rule3 = {
  meta: {
    id: "MP003",
    name: "citation-line-out-of-range",
    severity: "error",
    description: "A cited line is 0, starts past the end of the file, ends before it starts, or ends past the end.",
    scope: "markdown",
    needs: ["citations", "go-files"]
  },
  check(ctx) {
    for (const c of ctx.citations) {
      const file = citedFile(c);
      if (!file) continue;
      if (c.drift) continue;
      for (const r of c.ranges) {
        const problem = rangeProblem(r, file.lineCount);
        if (problem && c.resolution.kind === "ok") {
          ctx.report({ start: c.start, end: c.end, message: `${c.resolution.rel}: ${problem}.` });
        }
      }
    }
  }
};

// server/src/core/rules/citation/quotes.ts
function quotedIn(file, quotes, r) {
  if (!quotes.length) return false;
  const hi = Math.min(r.end, r.start + MAX_COMMENT_LINES, file.lines.length);
  const cited = normaliseWs(file.lines.slice(r.start - 1, hi).map((l) => l.replace(/^\s*(?:\/\/+|\/?\*+\/?)/, "")).join(" ")).toLowerCase();
  return quotes.some((q) => cited.includes(normaliseWs(q).toLowerCase()));
}
var COMMON = new Set("about above after again against along among another because before below between could every first their there these those through under until where which while would should other still since being".split(" "));
function words(s) {
  const out2 = new Set((s.toLowerCase().match(new RegExp("\\p{L}{5,}", "gu")) ?? []).filter((w) => !COMMON.has(w)).map((w) => w.replace(/(?<=[^s])s$/, "")));
  for (const ch of s.match(/(?![\x00-\x7f\u2026\u00b7\u2022])[\p{S}\p{Po}]/gu) ?? []) out2.add(ch);
  return out2;
}
function commentDiscussed(file, sentence, r) {
  if (!exactComment(file, r)) return false;
  const said2 = words(sentence);
  let shared = 0;
  const seen = /* @__PURE__ */ new Set();
  for (let l = r.start; l <= Math.min(r.end, r.start + MAX_COMMENT_LINES); l++) {
    if (file.lineKinds[l - 1] !== 2 /* Comment */) continue;
    for (const w of words(file.lines[l - 1] ?? "")) {
      if (said2.has(w) && !seen.has(w)) {
        seen.add(w);
        if (++shared >= 2) return true;
      }
    }
  }
  return false;
}
function docExample(file, r) {
  if (!exactComment(file, r) || r.end - r.start > MAX_COMMENT_LINES) return false;
  for (let l = r.start; l <= r.end; l++) if (!/^\s*\/\/\t\s*\S/.test(file.lines[l - 1] ?? "")) return false;
  return true;
}
var MIN_COPIED = 20;
function copiedNearby(model, c, file, r, commentOnly = false) {
  if (commentOnly && !exactComment(file, r)) return false;
  let from = 0;
  let to = model.text.length;
  let depth = 0;
  for (const h of model.headings) {
    if (h.start <= c.start) {
      from = h.start;
      depth = h.depth;
    } else if (depth && h.depth <= depth) {
      to = h.start;
      break;
    }
  }
  const blocks = model.codeBlocks.filter((b) => b.start >= from && b.start < to);
  if (!blocks.length) return false;
  const shown = new Set(blocks.flatMap((b) => b.value.split("\n").map((l) => normaliseWs(l))).filter((l) => l.length >= MIN_COPIED));
  const hi = Math.min(r.end, r.start + MAX_COMMENT_LINES, file.lines.length);
  for (let l = r.start; l <= (commentOnly ? r.start : hi); l++) if (shown.has(normaliseWs(file.lines[l - 1] ?? ""))) return true;
  return false;
}

// server/src/core/treesitter.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var import_web_tree_sitter2 = __toESM2(require_web_tree_sitter2());
var loading;
function wasmDir() {
  const candidates = [__dirname, (0, import_node_path.join)(__dirname, ".."), (0, import_node_path.join)(__dirname, "..", "..", "..", "dist")];
  for (const dir of candidates) {
    if ((0, import_node_fs.existsSync)((0, import_node_path.join)(dir, "tree-sitter-go.wasm"))) {
      return { runtime: (0, import_node_path.join)(dir, "web-tree-sitter.wasm"), go: (0, import_node_path.join)(dir, "tree-sitter-go.wasm") };
    }
  }
  const nm = (0, import_node_path.join)(__dirname, "..", "..", "..", "node_modules");
  return { runtime: (0, import_node_path.join)(nm, "web-tree-sitter", "web-tree-sitter.wasm"), go: (0, import_node_path.join)(nm, "tree-sitter-go", "tree-sitter-go.wasm") };
}
function goParser() {
  loading ??= (async () => {
    const files = wasmDir();
    await import_web_tree_sitter2.Parser.init({ locateFile: () => files.runtime });
    const go = await import_web_tree_sitter2.Language.load(await import_node_fs.promises.readFile(files.go));
    const parser = new import_web_tree_sitter2.Parser();
    parser.setLanguage(go);
    return parser;
  })();
  return loading;
}

// server/src/core/plan/gocode.ts
var GO_LABELS = /* @__PURE__ */ new Set(["go", "golang"]);
var GO_MARKERS = /* @__PURE__ */ new Set(["package_clause", "import_declaration", "function_declaration", "method_declaration", "type_declaration", "const_declaration", "var_declaration", "short_var_declaration"]);
var QUIET_TOP = /* @__PURE__ */ new Set(["comment", "package_clause", "import_declaration"]);
var MAX_CACHE = 500;
var cache = /* @__PURE__ */ new Map();
function isGoLabel(lang) {
  return !!lang && GO_LABELS.has(lang.toLowerCase().split(/[\s{]/)[0]);
}
async function goSnippet(block) {
  const labelled = isGoLabel(block.lang);
  if (!labelled && block.lang) return { labelled, isGo: false, interfaces: [], otherTypes: [], otherCode: [], hasError: false };
  const key2 = (labelled ? "g" : "u") + block.value;
  const hit = cache.get(key2);
  if (hit) return hit;
  const parser = await goParser();
  const tree = parser.parse(block.value + "\n");
  let out2;
  if (!tree) out2 = { labelled, isGo: labelled, interfaces: [], otherTypes: [], otherCode: [], hasError: true };
  else {
    try {
      const root = tree.rootNode;
      const top = root.namedChildren.filter((c) => !!c);
      const hasError = root.hasError;
      const interfaces = [];
      const otherTypes = [];
      const otherCode = [];
      for (const n of top) {
        if (n.type !== "type_declaration") {
          if (!QUIET_TOP.has(n.type) && n.type !== "ERROR") otherCode.push({ kind: n.type.replace(/_declaration$|_statement$/, ""), name: n.childForFieldName("name")?.text, row: n.startPosition.row, body: !!n.childForFieldName("body") });
          continue;
        }
        for (const spec2 of n.namedChildren) {
          if (!spec2 || spec2.type !== "type_spec") continue;
          const name2 = spec2.childForFieldName("name")?.text;
          const type = spec2.childForFieldName("type");
          if (!name2) continue;
          const where3 = n.namedChildren.filter((c) => c?.type === "type_spec").length === 1 ? n : spec2;
          if (type?.type === "interface_type") {
            const embedded = type.namedChildren.filter((c) => !!c && c.type === "type_elem").map((c) => c.text.replace(/\s+/g, " ").trim());
            interfaces.push({ name: name2, methods: interfaceMethods(type), embedded, row: where3.startPosition.row, endRow: where3.endPosition.row });
          } else if (type?.type === "struct_type") {
            const list3 = type.namedChildren.find((c) => c?.type === "field_declaration_list");
            const fields = list3 ? list3.namedChildren.filter((c) => c?.type === "field_declaration").length : 0;
            otherTypes.push({ name: name2, row: where3.startPosition.row, endRow: where3.endPosition.row, kind: "struct", fields });
          } else otherTypes.push({ name: name2, row: where3.startPosition.row, endRow: where3.endPosition.row, kind: "type" });
        }
      }
      const isGo = labelled || !hasError && top.some((n) => GO_MARKERS.has(n.type));
      out2 = { labelled, isGo, interfaces, otherTypes, otherCode, hasError };
    } finally {
      tree.delete();
    }
  }
  if (cache.size >= MAX_CACHE) cache.delete(cache.keys().next().value);
  cache.set(key2, out2);
  return out2;
}
function codeStart(model, block) {
  if (!block.fenced) return block.start;
  const nl = model.text.indexOf("\n", block.start);
  return nl < 0 || nl >= block.end ? block.end : nl + 1;
}
function rowSpan(model, block, row) {
  const first = model.lines.positionAt(codeStart(model, block)).line;
  const line = Math.min(first + row, model.lines.lineCount - 1);
  const start2 = model.lines.starts[line];
  const end = model.lines.lineEnd(line);
  const text4 = model.text.slice(start2, end);
  const lead = /^\s*/.exec(text4)[0].length;
  return { start: start2 + lead, end };
}

// server/src/core/history/replaced.ts
var CLOSE_EDIT = 0.6;
var MAX_PAIRS = 2e3;
var MAX_CHARS = 200;
var CONTENT = /[\p{L}\p{N}_]{2}/u;
var KEYWORDS = /* @__PURE__ */ new Set(["break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct", "switch", "type", "var"]);
var ID = "[\\p{L}_][\\p{L}\\p{N}_]*";
var FUNC = new RegExp(`^func\\s*(?:\\([^)]*\\)\\s*)?(${ID})`, "u");
var SPEC = new RegExp(`^(?:type|var|const)\\s+(${ID})`, "u");
var NAMES = new RegExp(`^(${ID})(?:\\s*,\\s*${ID})*(?:\\s+(?![=:.]|[-+*/%&|^<>]+=|<-|\\+\\+|--)\\S|\\s*\\(|\\s*$)`, "u");
function declarationName(line) {
  const s = squashSpace(line);
  return (FUNC.exec(s) ?? SPEC.exec(s))?.[1];
}
function declaredName(line) {
  const d = declarationName(line);
  if (d) return d;
  const n = NAMES.exec(squashSpace(line));
  return n && !KEYWORDS.has(n[1]) ? n[1] : void 0;
}
function similarity(a, b) {
  a = a.slice(0, MAX_CHARS);
  b = b.slice(0, MAX_CHARS);
  const total = a.length + b.length;
  return total === 0 ? 1 : 2 * matched(a, 0, a.length, b, 0, b.length) / total;
}
function matched(a, alo, ahi, b, blo, bhi) {
  let best = 0;
  let bi = alo;
  let bj = blo;
  let prev = new Int32Array(bhi - blo + 1);
  for (let i2 = alo; i2 < ahi; i2++) {
    const cur = new Int32Array(bhi - blo + 1);
    for (let j = blo; j < bhi; j++) {
      if (a[i2] !== b[j]) continue;
      const k = cur[j - blo + 1] = prev[j - blo] + 1;
      if (k > best) {
        best = k;
        bi = i2 - k + 1;
        bj = j - k + 1;
      }
    }
    prev = cur;
  }
  if (best === 0) return 0;
  return best + matched(a, alo, bi, b, blo, bj) + matched(a, bi + best, ahi, b, bj + best, bhi);
}
function holdsOtherCode(was, is2) {
  const old = was.map(squashSpace).filter((l) => CONTENT.test(l));
  if (old.length === 0) return false;
  const cur = is2.map(squashSpace);
  const same = new Set(cur);
  const names = new Set(cur.map(declaredName).filter((n) => n !== void 0));
  if (old.some((l) => same.has(l) || names.has(declaredName(l) ?? "\0"))) return false;
  let pairs = 0;
  for (const l of old) {
    for (const c of cur) {
      if (++pairs > MAX_PAIRS) return false;
      if (similarity(l, c) >= CLOSE_EDIT) return false;
    }
  }
  return true;
}

// server/src/core/rules/citation/plan-names.ts
function namesDeclaredInPlan(model) {
  let names = cache2.get(model);
  if (!names) {
    names = /* @__PURE__ */ new Set();
    for (const b of model.codeBlocks) if (isGoLabel(b.lang)) declaredIn(b.value, names);
    cache2.set(model, names);
  }
  return names;
}
var cache2 = /* @__PURE__ */ new WeakMap();
var ID2 = "[\\p{L}_][\\p{L}\\p{Nd}_]*";
var MEMBER = new RegExp(`^\\s*(${ID2})((?:\\s*,\\s*${ID2})*)\\s+(?![=:.]|[-+*/%&|^<>]+=|<-|\\+\\+|--)\\S`, "u");
function declaredIn(code2, names) {
  let group = 0;
  for (const line of code2.split("\n")) {
    const d = declarationName(line);
    if (d) names.add(d);
    else if (group > 0) {
      const m = MEMBER.exec(line);
      if (m) for (const n of [m[1], ...m[2].split(",").map((x) => x.trim()).filter(Boolean)]) names.add(n);
    }
    if (/\bstruct\s*\{\s*(?:\/\/.*)?$|^\s*(?:var|const|type)\s*\(\s*$/.test(line)) group++;
    else if (group > 0 && /^\s*[})]/.test(line)) group--;
  }
}

// server/src/core/rules/citation/mp004-citation-symbol-mismatch.ts
var rule4 = {
  meta: {
    id: "MP004",
    name: "citation-symbol-mismatch",
    severity: "warning",
    description: "None of the symbols named next to the citation is declared or used in the cited lines.",
    scope: "markdown",
    needs: ["citations", "go-files"]
  },
  check(ctx) {
    for (const c of ctx.citations) {
      const file = citedFile(c);
      if (!file || c.claimed.length === 0 || c.resolution.kind !== "ok") continue;
      if (c.drift) continue;
      const ranges = validRanges(c, file);
      if (ranges.length === 0 || ranges.length < c.ranges.length) continue;
      if (namesBorneOut(ctx.model, c, file, ranges)) continue;
      const names = c.claimed.map((n) => "`" + n + "`").join(", ");
      const where3 = ranges.map(describeRange).join(", ");
      const move = moveToDeclaration(c, file);
      const message = `${names} ${c.claimed.length > 1 ? "do" : "does"} not appear in ${where3} of ${c.resolution.rel}`;
      ctx.report({ start: c.start, end: c.end, message: move ? `${message}; ${move.note}.` : `${message}.`, fixes: move && [move.fix] });
    }
  }
};
function namesBorneOut(model, c, file, ranges) {
  if (claimHolds(file, c.claimed, ranges)) return true;
  const added = namesDeclaredInPlan(model);
  if (c.claimed.every((n) => added.has(n) && !file.idents.has(n))) return true;
  if (c.sentenceClaimed && !ranges.some((r) => straddles(file, c.claimed, r)) && claimHolds(file, c.sentenceClaimed, ranges)) return true;
  if (ranges.some((r) => quotedIn(file, c.quotes, r) || copiedNearby(model, c, file, r))) return true;
  return ranges.some((r) => codeLinesIn(file, r.start, r.end) === 0);
}
function straddles(file, names, r) {
  return file.decls.some((d) => names.includes(d.name) && r.start <= d.endLine && r.end >= d.startLine && (r.start < d.startLine || r.end > d.endLine));
}

// server/src/core/rules/citation/mp005-citation-empty-range.ts
var rule5 = {
  meta: {
    id: "MP005",
    name: "citation-empty-range",
    severity: "warning",
    description: "The cited lines hold only blank lines, comments or closing braces: the code has likely moved.",
    scope: "markdown",
    needs: ["citations", "go-files"]
  },
  check(ctx) {
    for (const c of ctx.citations) {
      const file = citedFile(c);
      if (!file || c.resolution.kind !== "ok") continue;
      if (c.drift) continue;
      for (const r of validRanges(c, file)) {
        if (codeLinesIn(file, r.start, r.end) > 0 || docExample(file, r)) continue;
        if (onPurpose(ctx.model, c, file, r)) continue;
        if (onFilesLine(ctx.model, c) && ctx.citations.some((o) => o !== c && citedFile(o) === file && o.ranges.some((x) => x.start === r.start && x.end === r.end) && sameSection(ctx.model, c, o) && onPurpose(ctx.model, o, file, r))) continue;
        const move = c.claimed.length > 0 && c.ranges.length === 1 ? moveToDeclaration(c, file) : void 0;
        const message = `${describeRange(r)} of ${c.resolution.rel} hold${r.start === r.end ? "s" : ""} no code (only blank lines, comments or braces)`;
        ctx.report({ start: c.start, end: c.end, message: move ? `${message}; ${move.note}.` : `${message}.`, fixes: move && [move.fix] });
      }
    }
  }
};
function onPurpose(model, c, file, r) {
  if (c.claimed.length > 0 && claimHolds(file, c.claimed, [r])) return true;
  const sentence = sentenceAround(model, c);
  return quotedIn(file, c.quotes, r) || commentDiscussed(file, sentence, r) || copiedNearby(model, c, file, r, true) || meantAsIs(sentence, file, r);
}
var NAMES_COMMENT = /\b(?:comments?|todo|fixme|godoc|docstring)\b/i;
var INSERTS_AT = /\b(?:add|insert|append|put|place|wire)\w*\b[^.;]{0,60}\b(?:after|before|below|above|following)\b|\binsertion\s+point\b/i;
function meantAsIs(sentence, file, r) {
  const kinds = Array.from({ length: r.end - r.start + 1 }, (_, i2) => file.lineKinds[r.start - 1 + i2]);
  if (NAMES_COMMENT.test(sentence) && kinds.every((k) => k === 2 /* Comment */)) return true;
  return r.end - r.start <= 1 && INSERTS_AT.test(sentence) && kinds.every((k) => k === 3 /* Brace */ || k === 1 /* Blank */);
}
function onFilesLine(model, c) {
  const before = model.text.slice(lineAround(model, c).start, c.start);
  return /^\s*(?:[-*+]\s+)?(?:\*\*)?(?:files|modify|create|update|edit|change|test)\b/i.test(before);
}
function sameSection(model, a, b) {
  const heading = (at) => model.headings.filter((h) => h.start < at).pop();
  return heading(a.start) === heading(b.start);
}
function sentenceAround(model, c) {
  const line = lineAround(model, c);
  const row = /^\s*\|/.test(model.text.slice(line.start, c.start));
  const [from, to] = row ? [line.start, line.end] : [c.sentence.start, c.sentence.end];
  return model.text.slice(from, c.start) + " " + model.text.slice(c.end, to);
}
function lineAround(model, c) {
  const line = model.lines.positionAt(c.start).line;
  return { start: model.lines.starts[line], end: model.lines.lineEnd(line) };
}

// server/src/core/rules/citation/mp006-citation-outside-workspace.ts
var rule6 = {
  meta: {
    id: "MP006",
    name: "citation-outside-workspace",
    severity: "error",
    description: "The cited path is absolute, climbs out of the workspace, or is a link leading outside it; it is never opened.",
    scope: "markdown",
    needs: ["citations"]
  },
  check(ctx) {
    const external = /* @__PURE__ */ new Map();
    for (const c of ctx.citations) {
      if (c.resolution.kind === "external") {
        const e = external.get(c.resolution.prefix);
        if (e) e.count++;
        else external.set(c.resolution.prefix, { first: c, count: 1 });
      }
      if (c.resolution.kind !== "outside") continue;
      ctx.report({ start: c.start, end: c.end, message: `${c.rawPath.slice(0, 200)} is outside the workspace: ${c.resolution.reason}. It was not read.` });
    }
    for (const [prefix, { first, count }] of external) {
      const n = count === 1 ? "1 citation" : `${count} citations`;
      ctx.report({ start: first.start, end: first.end, severity: "info", message: `${n} into ${prefix}/ ${count === 1 ? "is" : "are"} not checked: "repositories" in .macroplan.json maps it to no checkout.` });
    }
  }
};

// server/src/core/rules/citation/mp007-citation-file-unreadable.ts
var rule7 = {
  meta: {
    id: "MP007",
    name: "citation-file-unreadable",
    severity: "warning",
    description: "The cited file exists but cannot be checked: binary, too large, not a regular file, unreadable, or not valid UTF-8.",
    scope: "markdown",
    needs: ["citations", "go-files"]
  },
  check(ctx) {
    for (const c of ctx.citations) {
      if (c.resolution.kind !== "ok" || !c.loaded) continue;
      if (c.loaded.kind === "problem") {
        ctx.report({ start: c.start, end: c.end, message: `${c.resolution.rel} cannot be checked: ${c.loaded.reason}.` });
      } else if (c.loaded.encoding === "latin1") {
        ctx.report({ start: c.start, end: c.end, severity: "info", message: `${c.resolution.rel} is not valid UTF-8; it was read as Latin-1 and checked anyway.` });
      }
    }
  }
};

// server/src/core/types.ts
var CancelledError = class extends Error {
  constructor() {
    super("cancelled");
  }
};
function throwIfCancelled(token) {
  if (token?.isCancellationRequested) throw new CancelledError();
}

// server/src/core/history/linediff.ts
var MAX_EDIT_DISTANCE = 4e3;
function diffLines(a, b) {
  let head3 = 0;
  while (head3 < a.length && head3 < b.length && a[head3] === b[head3]) head3++;
  let tail = 0;
  while (tail < a.length - head3 && tail < b.length - head3 && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const n = a.length - head3 - tail;
  const m = b.length - head3 - tail;
  if (n === 0 && m === 0) return [];
  const ids = /* @__PURE__ */ new Map();
  const id = (s) => {
    let v = ids.get(s);
    if (v === void 0) ids.set(s, v = ids.size);
    return v;
  };
  const x = Int32Array.from({ length: n }, (_, i3) => id(a[head3 + i3]));
  const y = Int32Array.from({ length: m }, (_, i3) => id(b[head3 + i3]));
  const matches = myers(x, y);
  const hunks = [];
  let i2 = 0;
  let j = 0;
  for (const [mi, mj] of [...matches, [n, m]]) {
    if (mi > i2 || mj > j) hunks.push({ oldStart: head3 + i2 + 1, oldCount: mi - i2, newStart: head3 + j + 1, newCount: mj - j });
    i2 = mi + 1;
    j = mj + 1;
  }
  return hunks;
}
function myers(x, y) {
  const n = x.length;
  const m = y.length;
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice(off - d - 1, off + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let i3 = k === -d || k !== d && v[off + k - 1] < v[off + k + 1] ? v[off + k + 1] : v[off + k - 1] + 1;
      let j2 = i3 - k;
      while (i3 < n && j2 < m && x[i3] === y[j2]) {
        i3++;
        j2++;
      }
      v[off + k] = i3;
      if (i3 >= n && j2 >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return [];
  const out2 = [];
  let i2 = n;
  let j = m;
  for (let d = found; d >= 0; d--) {
    const t = trace[d];
    const at = (k2) => t[k2 + d + 1];
    const k = i2 - j;
    let prevK;
    if (d === 0) prevK = 0;
    else prevK = k === -d || k !== d && at(k - 1) < at(k + 1) ? k + 1 : k - 1;
    const prevI = d === 0 ? 0 : at(prevK);
    const prevJ = prevI - prevK;
    const startI = d === 0 ? 0 : prevK === k + 1 ? prevI : prevI + 1;
    const startJ = startI - k;
    while (i2 > startI && j > startJ) {
      i2--;
      j--;
      out2.push([i2, j]);
    }
    i2 = prevI;
    j = prevJ;
  }
  return out2.reverse();
}
function mapLine(hunks, line) {
  let delta = 0;
  for (const h of hunks) {
    if (line < h.oldStart) break;
    if (line < h.oldStart + h.oldCount) return void 0;
    delta += h.newCount - h.oldCount;
  }
  return line + delta;
}
function mapRangeIntact(hunks, start2, end) {
  for (const h of hunks) {
    if (h.oldStart > end) break;
    if (h.oldCount > 0 ? h.oldStart + h.oldCount - 1 >= start2 : h.oldStart > start2) return void 0;
  }
  const s = mapLine(hunks, start2);
  const e = mapLine(hunks, end);
  return s === void 0 || e === void 0 ? void 0 : { start: s, end: e };
}
function mapRangeLoose(hunks, start2, end) {
  const s = edge(hunks, start2, "start");
  const e = edge(hunks, end, "end");
  return s <= e ? { start: s, end: e } : void 0;
}
function edge(hunks, line, side) {
  let delta = 0;
  for (const h of hunks) {
    if (line < h.oldStart) break;
    if (line < h.oldStart + h.oldCount) {
      if (h.newCount > 0) return side === "start" ? h.newStart : h.newStart + h.newCount - 1;
      return side === "start" ? h.newStart : h.newStart - 1;
    }
    delta += h.newCount - h.oldCount;
  }
  return line + delta;
}
function splitLines(text4) {
  if (text4 === "") return [];
  const lines = text4.replace(/\r\n?/g, "\n").split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

// server/src/core/history/types.ts
var HistoryUnavailable = class extends Error {
};
var NOT_COMMITTED = "0000000000000000000000000000000000000000";
function pairKey(p) {
  return `${p.from}..${p.to}`;
}
var NotCached = class extends Error {
  constructor(what) {
    super(`not cached: ${what}`);
  }
};

// server/src/core/history/baseline.ts
function shortSha(sha) {
  return sha.slice(0, 7);
}
function isoDate(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}
function describeBaseline(b) {
  const sha = shortSha(b.commit.sha);
  switch (b.source) {
    case "blame":
      return `since ${sha}, ${isoDate(b.commit.time)}`;
    case "since":
      return b.ref && !b.commit.sha.startsWith(b.ref) ? `since ${b.ref} (${sha}, ${isoDate(b.commit.time)})` : `since ${sha}, ${isoDate(b.commit.time)}`;
    case "stamp":
      return `since the plan's stamp ${sha}`;
    case "mtime":
      return `since ${sha}, the last commit before the plan was saved`;
    case "permalink":
      return `since the permalink's commit ${sha}, ${isoDate(b.commit.time)}`;
  }
}
function describeCommit(c) {
  return c ? `in ${shortSha(c.sha)} (${isoDate(c.time)}, "${c.subject}")` : void 0;
}
function describeChange(c) {
  return describeCommit(c) ?? "in the working tree (not committed yet)";
}
var STAMP = /<!--\s*macroplan-stamp:\s*([0-9a-f]{7,64})(?:\s+cites=([0-9a-f,]*))?\s*-->/;
function readStamp(text4) {
  const m = STAMP.exec(text4);
  if (!m) return void 0;
  return { sha: m[1], cites: m[2] === void 0 ? void 0 : new Set(m[2].split(",").filter(Boolean)) };
}
function citationDigest(cited) {
  const { createHash } = require("node:crypto");
  return createHash("sha1").update(cited).digest("hex").slice(0, 8);
}
function stampEdit(text4, sha, citations) {
  const m = STAMP.exec(text4);
  const digests = [...new Set(citations.map(citationDigest))].sort();
  const comment = `<!-- macroplan-stamp: ${sha} cites=${digests.join(",")} -->`;
  if (m) return m[0] === comment ? void 0 : { start: m.index, end: m.index + m[0].length, newText: comment };
  const sep8 = text4 === "" || text4.endsWith("\n\n") ? "" : text4.endsWith("\n") ? "\n" : "\n\n";
  return { start: text4.length, end: text4.length, newText: `${sep8}${comment}
` };
}
async function planBaselines(h, head3, planPath, text4, opts, token) {
  const none = { at: () => void 0, status: planPath ? "untracked" : "outside" };
  if (opts.since !== void 0) {
    const commit = await h.commit(opts.since, token);
    if (!commit) {
      opts.warn(`history: "${opts.since}" (since) names no commit in this repository${(await h.repository(token)).shallow ? " (the clone is shallow)" : ""}; citations are checked without history`);
      return none;
    }
    const b = { commit, source: "since", ref: opts.since };
    return { at: () => b, status: none.status };
  }
  const [blame, committed] = planPath ? await Promise.all([h.blame(head3.sha, planPath, token), h.readFile(head3.sha, planPath, token)]) : [];
  const tracked = planPath ? !!blame || (await h.tracked([planPath], token)).has(planPath) : false;
  if (planPath && tracked) {
    if (!blame || !committed) return { at: () => void 0, status: "tracked" };
    const headLines = splitLines(committed.text);
    const nowLines = splitLines(text4);
    const hunks = diffLines(headLines, nowLines);
    const back = hunks.map((x) => ({ oldStart: x.newStart, oldCount: x.newCount, newStart: x.oldStart, newCount: x.oldCount }));
    const atHead = (line, cited, column) => {
      const same = mapLine(back, line);
      if (same !== void 0) return { line: same, column };
      return cited === void 0 || column === void 0 ? void 0 : sameCitationIn(back, headLines, nowLines[line - 1] ?? "", line, cited, column);
    };
    const walked = /* @__PURE__ */ new Map();
    const starts = [];
    for (const c of opts.citations ?? []) {
      const head4 = atHead(c.line, c.cited, c.column);
      const at = head4 && blame[head4.line - 1];
      if (head4 && at && head4.column !== void 0) starts.push({ key: citationKey(c.line, c.cited, c.column), cited: c.cited, column: head4.column, at, headLine: head4.line });
    }
    if (starts.length) for (const [key2, sha] of await walkBack(h, blame, starts, token)) walked.set(key2, sha);
    const commits = /* @__PURE__ */ new Map();
    const resolved = /* @__PURE__ */ new Map();
    for (const sha of /* @__PURE__ */ new Set([...blame.map((b) => b.commit), ...walked.values()])) if (sha && sha !== NOT_COMMITTED) commits.set(sha, h.commit(sha, token));
    for (const [sha, p] of commits) resolved.set(sha, await p);
    if ((await h.repository(token)).shallow) {
      let cut = false;
      for (const [sha, c] of resolved) {
        for (const parent of c?.parents ?? []) {
          if (!await h.commit(parent, token)) {
            resolved.set(sha, void 0);
            cut = true;
            break;
          }
        }
      }
      if (cut) opts.warn("history: the clone is shallow and lacks the commits some plan lines were written at; those citations are checked without history");
    }
    return {
      status: "tracked",
      at(line, cited, column) {
        const w = cited === void 0 || column === void 0 ? void 0 : walked.get(citationKey(line, cited, column));
        if (w === null) return void 0;
        const head4 = w === void 0 ? atHead(line, cited, column) : void 0;
        const sha = w ?? (head4 && blame[head4.line - 1]?.commit);
        const commit = sha && sha !== NOT_COMMITTED ? resolved.get(sha) : void 0;
        return commit ? { commit, source: "blame" } : void 0;
      }
    };
  }
  const stamp = readStamp(text4);
  if (stamp) {
    const commit = await h.commit(stamp.sha, token);
    if (commit) {
      const b = { commit, source: "stamp" };
      const cites = stamp.cites;
      return { at: () => b, status: none.status, vouches: cites ? (cited) => cites.has(citationDigest(cited)) : void 0 };
    }
    opts.warn(`history: the plan's stamp ${stamp.sha} names no commit in this repository; citations are checked without history`);
    return none;
  }
  if (opts.planMtime !== void 0) {
    const commit = await h.commitBefore(opts.planMtime, token);
    if (commit) {
      const b = { commit, source: "mtime" };
      return { at: () => b, status: none.status };
    }
  }
  return none;
}
function citationKey(line, cited, column) {
  return `${line}\0${column}\0${cited}`;
}
var MAX_WALK_STEPS = 3;
var MAX_WALK_BLAMES = 32;
var WALK_PARALLEL = 4;
var walkMemo = /* @__PURE__ */ new WeakMap();
async function walkBack(h, headBlame, starts, token) {
  const out2 = /* @__PURE__ */ new Map();
  let memo = walkMemo.get(headBlame);
  if (!memo) walkMemo.set(headBlame, memo = /* @__PURE__ */ new Map());
  const memoKey = (s) => `${s.headLine}\0${s.column}\0${s.cited}`;
  let walking = [];
  for (const s of starts) {
    const hit = memo.get(memoKey(s));
    if (hit !== void 0) out2.set(s.key, hit);
    else walking.push({ ...s, headColumn: s.column, line: s.at.line });
  }
  const blobs = /* @__PURE__ */ new Map();
  const read3 = (commit, path21) => {
    const k = `${commit}\0${path21}`;
    let p = blobs.get(k);
    if (!p) blobs.set(k, p = h.readFile(commit, path21, token));
    return p;
  };
  const diffs = /* @__PURE__ */ new Map();
  let blames = 0;
  const missed = /* @__PURE__ */ new Set();
  const notCached = (e) => {
    if (!(e instanceof NotCached)) throw e;
    return "missed";
  };
  for (let step = 0; step < MAX_WALK_STEPS && walking.length; step++) {
    const found = [];
    await Promise.all(walking.map(async (s) => {
      const prev = s.at.previous;
      if (!prev) return;
      const got = await Promise.all([read3(s.at.commit, s.at.path), read3(prev.commit, prev.path)]).catch(notCached);
      if (got === "missed") return void missed.add(s.key);
      const [now, was] = got;
      if (!now || !was) return;
      const dk = `${now.oid}\0${was.oid}`;
      let back = diffs.get(dk);
      const nowLines = splitLines(now.text);
      const wasLines = splitLines(was.text);
      if (!back) diffs.set(dk, back = diffLines(nowLines, wasLines));
      const text4 = nowLines[s.line - 1] ?? "";
      if (text4.slice(s.column, s.column + s.cited.length) !== s.cited) return;
      const same = mapLine(back, s.line);
      const there = same !== void 0 ? { line: same, column: s.column } : sameCitationIn(back, wasLines, text4, s.line, s.cited, s.column);
      if (there) found.push({ s, prev, ...there });
    }));
    throwIfCancelled(token);
    const groups = /* @__PURE__ */ new Map();
    for (const f of found) {
      const k = `${f.prev.commit}\0${f.prev.path}`;
      const g = groups.get(k);
      if (g) g.push(f);
      else if (blames < MAX_WALK_BLAMES) {
        blames++;
        groups.set(k, [f]);
      }
    }
    const next = [];
    const keys = [...groups.keys()];
    for (let i2 = 0; i2 < keys.length; i2 += WALK_PARALLEL) {
      await Promise.all(keys.slice(i2, i2 + WALK_PARALLEL).map(async (k) => {
        const g = groups.get(k);
        const blamed = await h.blame(g[0].prev.commit, g[0].prev.path, token).catch(notCached);
        for (const f of g) {
          if (blamed === "missed") missed.add(f.s.key);
          const at = blamed === "missed" ? void 0 : blamed?.[f.line - 1];
          if (at) next.push({ ...f.s, at, line: at.line, column: f.column });
        }
      }));
    }
    const going = new Set(next.map((s) => s.key));
    for (const s of walking) if (!going.has(s.key) && !missed.has(s.key)) settle(s);
    walking = next;
  }
  for (const s of walking) settle(s);
  for (const k of missed) out2.set(k, null);
  return out2;
  function settle(s) {
    if (missed.has(s.key)) return;
    out2.set(s.key, s.at.commit);
    memo.set(memoKey({ cited: s.cited, column: s.headColumn, headLine: s.headLine }), s.at.commit);
  }
}
function sameCitationIn(back, before, now, line, cited, column) {
  const hunk = back.find((x) => x.oldStart <= line && line < x.oldStart + x.oldCount);
  if (!hunk || now.slice(column, column + cited.length) !== cited) return void 0;
  for (let l = hunk.newStart; l < hunk.newStart + hunk.newCount; l++) {
    const was = before[l - 1] ?? "";
    if (!was.includes(cited)) continue;
    const kept = mapRangeIntact(diffLines(now.split(""), was.split("")), column + 1, column + cited.length);
    if (kept && was.slice(kept.start - 1, kept.end) === cited && !/[\w./-]/.test(was[kept.start - 2] ?? "") && !/[\w:,-]/.test(was[kept.end] ?? "")) return { line: l, column: kept.start - 1 };
  }
  return void 0;
}

// server/src/core/rules/citation/mp009-citation-drifted.ts
var rule8 = {
  meta: {
    id: "MP009",
    name: "citation-drifted",
    severity: "warning",
    description: "Git history shows the cited code moved, was renamed, edited or deleted since the citation was written.",
    scope: "markdown",
    needs: ["citations", "go-files", "history"]
  },
  check(ctx) {
    for (const c of ctx.citations) {
      const d = c.drift;
      if (!d || d.kind === "unchanged" || d.inPlace) continue;
      const since = describeBaseline(d.baseline);
      const was = `${d.oldPath}${spec(c, d.ranges.map((r) => r.old))}`;
      const now = d.ranges.every((r) => r.now) ? d.ranges.map((r) => r.now) : void 0;
      const newSpec = now ? spec(c, now) : "";
      const samePath = d.newPath === void 0 || d.newPath === d.oldPath || c.resolution.kind === "ok" && d.newPath === c.resolution.rel;
      const target = now ? samePath ? newSpec.slice(1) : `${d.newPath}${newSpec}` : "";
      const broken = c.resolution.kind !== "ok" || d.kind === "deleted" ? "error" : void 0;
      const newCited = d.newPath === void 0 ? "" : ctx.workspace.asCited(c, d.newPath, ctx.path);
      const fix = (manual) => now ? [{ title: `Move citation to ${samePath ? c.rawPath : newCited}${newSpec}`, edits: [samePath ? { start: c.pathEnd, end: c.end, newText: newSpec } : { start: c.pathStart, end: c.end, newText: `${newCited}${newSpec}` }], ...manual ? { manual: true } : {} }] : [];
      switch (d.kind) {
        case "moved":
          ctx.report({ start: c.start, end: c.end, severity: broken, message: `the code cited here moved${samePath ? "" : " to another file"}: ${was} is now ${target} (${since}).`, fixes: fix(false) });
          break;
        case "renamed":
          ctx.report({ start: c.start, end: c.end, severity: broken, message: `the file cited here was renamed: ${was} is now ${target} (${since}).`, fixes: fix(false) });
          break;
        case "reanchored":
          if (d.replaced) {
            const by = describeChange(d.replacedBy);
            ctx.report({ start: c.start, end: c.end, severity: broken, message: `the code cited here was replaced ${by}: ${was} now holds ${firstLine(d.newCode)} where it held ${firstLine(d.oldCode)} (${since}); check the sentence still holds.` });
            break;
          }
          ctx.report({ start: c.start, end: c.end, severity: broken, message: `the code cited here was edited: ${was} is now ${target}, following \`${d.declaration}\` (${since}).${sideBySide(d)}`, fixes: fix(true) });
          break;
        case "edited":
          ctx.report({ start: c.start, end: c.end, severity: broken, message: `the code cited here was edited ${since}: ${was} ${now ? `is now about ${target}` : "has no single place now"}; check the sentence still holds.${sideBySide(d)}`, fixes: fix(true) });
          break;
        case "deleted": {
          const by = describeChange(d.deletedBy);
          ctx.report({ start: c.start, end: c.end, severity: "error", message: `the code cited here was deleted ${by}: ${was} (${since}).` });
          break;
        }
      }
    }
    for (const { link, drift: d, fixable } of ctx.history?.permalinks ?? []) {
      const was = `${link.path}${formatSpec("hash", link.startLine, link.endLine)}`;
      const now = d.ranges[0].now;
      const since = describeBaseline(d.baseline);
      const what = d.kind === "deleted" ? `was deleted${d.deletedBy ? ` ${describeCommit(d.deletedBy)}` : ""}` : d.kind === "moved" || d.kind === "renamed" ? `moved: it is now ${d.newPath}${now ? formatSpec("hash", now.start, now.end) : ""}` : `changed${now && d.newPath ? `: it is now about ${d.newPath}${formatSpec("hash", now.start, now.end)}` : ""}`;
      const head3 = ctx.history?.head;
      const fixes = fixable && now && head3 && d.newRepoPath ? [{ title: "Point the permalink at HEAD", edits: [{ start: link.start, end: link.end, newText: `https://github.com/${link.owner}/${link.repo}/blob/${head3}/${d.newRepoPath}${formatSpec("hash", now.start, now.end)}` }] }] : void 0;
      ctx.report({ start: link.start, end: link.end, severity: d.kind === "deleted" ? "error" : void 0, message: `the code this permalink shows (${was}) ${what} (${since}).`, fixes });
    }
  }
};
function spec(c, ranges) {
  if (c.form === "hash" || ranges.length === 1) return formatSpec(c.form, ranges[0].start, ranges[0].end);
  return ":" + ranges.map((r) => formatSpec("colon", r.start, r.end).slice(1)).join(",");
}
function firstLine(code2) {
  const line = (code2 ?? "").split("\n").map((l) => l.trim()).find((l) => l !== "");
  return line === void 0 ? "blank lines" : `\`${line.length > 80 ? `${line.slice(0, 79)}\u2026` : line}\``;
}
function sideBySide(d) {
  if (d.oldCode === void 0 || d.newCode === void 0) return "";
  const a = d.oldCode.split("\n");
  const b = d.newCode.split("\n");
  for (let i2 = 0; i2 < Math.max(a.length, b.length); i2++) {
    if (a[i2] !== b[i2]) return ` Was: \`${(a[i2] ?? "").trim().slice(0, 80)}\`; now: \`${(b[i2] ?? "").trim().slice(0, 80)}\`.`;
  }
  return "";
}

// server/src/core/rules/macro/structure-util.ts
function describeSpec(spec2) {
  return spec2.letter ? `${spec2.letter}) ${spec2.title}` : spec2.title;
}
function headingRange(s) {
  return { start: s.heading.start, end: s.heading.end };
}
function isBlankCell(text4) {
  return /^\s*(?:|[-\u2013\u2014]+|n\/?a|none|no|nothing|\.\.\.|\u2026|tbd)\s*$/i.test(text4.replace(/[*_`]/g, ""));
}
function headerKey(s) {
  return s.toLowerCase().replace(/[*_`]/g, "").replace(/[^a-z0-9]+/g, " ").trim();
}
function plural(n, one2, many = one2 + "s") {
  return `${n} ${n === 1 ? one2 : many}`;
}

// server/src/core/rules/macro/mp101-section-missing.ts
var rule9 = {
  meta: {
    id: "MP101",
    name: "section-missing",
    severity: "error",
    description: "A section the profile requires is absent.",
    scope: "plan",
    kinds: ["macro", "micro"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    const specs = plan.profile.sections;
    const present = new Set(plan.sections.map((s) => s.spec).filter(Boolean));
    const depth = plan.sections[0]?.heading.depth ?? 2;
    if (present.size === 0) {
      const missing = specs.filter((s) => s.required);
      const h = ctx.model.headings[0];
      ctx.report({
        start: h?.start ?? 0,
        end: h?.end ?? 0,
        message: `No section of the "${plan.profile.name}" profile was found; it requires ${missing.map(describeSpec).join(", ")}. Headings are recognised as "## A) Executive Summary", "## A. ...", "## Section A \u2014 ...".`
      });
      return;
    }
    specs.forEach((spec2, i2) => {
      if (!spec2.required || present.has(spec2)) return;
      const after = specs.slice(i2 + 1).map((s) => plan.sections.find((p) => p.spec === s)).find(Boolean);
      const before = specs.slice(0, i2).reverse().map((s) => plan.sections.find((p) => p.spec === s)).find(Boolean);
      const anchor2 = after ?? before;
      const where3 = anchor2 ? headingRange(anchor2) : { start: 0, end: 0 };
      const at = after ? after.start : before ? before.end : ctx.model.text.length;
      const lead = at > 0 && ctx.model.text[at - 1] !== "\n" ? "\n\n" : "";
      const heading = `${"#".repeat(depth)} ${spec2.letter ? `${spec2.letter}) ` : ""}${spec2.title}

TODO

`;
      const position2 = after ? ` (before ${describeSpec(after.spec)})` : before ? ` (after ${describeSpec(before.spec)})` : "";
      ctx.report({
        ...where3,
        message: `Section ${describeSpec(spec2)} is missing${position2}: the "${plan.profile.name}" profile requires it.`,
        fixes: [{ title: `Insert section ${describeSpec(spec2)}`, edits: [{ start: at, end: at, newText: lead + heading }] }]
      });
    });
  }
};

// server/src/core/plan/scan.ts
var hiddenCache = /* @__PURE__ */ new WeakMap();
function hiddenSpans(model) {
  let s = hiddenCache.get(model);
  if (!s) {
    s = [...model.codeBlocks, ...model.comments].map((b) => ({ start: b.start, end: b.end })).sort((a, b) => a.start - b.start);
    hiddenCache.set(model, s);
  }
  return s;
}
function searchSpans(spans, offset) {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -lo - 1;
}
function spanAt(spans, offset) {
  const i2 = searchSpans(spans, offset);
  return i2 >= 0 ? spans[i2] : void 0;
}
function inSpans(spans, offset) {
  const i2 = searchSpans(spans, offset);
  if (i2 >= 0) return true;
  const lo = -i2 - 1;
  return lo > 0 && spans[lo - 1].start <= offset && offset < spans[lo - 1].end;
}
function proseLines(model, from, to) {
  const hidden = hiddenSpans(model);
  const out2 = [];
  const first = model.lines.positionAt(from).line;
  for (let l = first; l < model.lines.lineCount; l++) {
    const start2 = model.lines.starts[l];
    if (start2 >= to) break;
    if (inSpans(hidden, start2) || inSpans(hidden, Math.max(start2, from))) continue;
    const end = model.lines.lineEnd(l);
    out2.push({ line: l, start: start2, end, text: model.text.slice(start2, end) });
  }
  return out2;
}
var THEMATIC_BREAK = /^\s*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
var PR_REF = /\bPR[ \t]?-?[ \t]?(\d{1,4})(?![\d.]*\d)(?!-\d)/g;
function prRefs(text4, base = 0) {
  const out2 = [];
  PR_REF.lastIndex = 0;
  let m;
  while (m = PR_REF.exec(text4)) out2.push({ start: base + m.index, end: base + m.index + m[0].length, number: Number(m[1]) });
  return out2;
}
var ID_RE = /\b(BC|INV)-(\d{1,4}(?:[-.]\d{1,4})?)\b/g;
function idMatches(text4, base = 0) {
  const out2 = [];
  ID_RE.lastIndex = 0;
  let m;
  while (m = ID_RE.exec(text4)) out2.push({ start: base + m.index, end: base + m.index + m[0].length, kind: m[1], id: `${m[1]}-${m[2]}` });
  return out2;
}
var DEF_RE = /^\s*(?:>\s*)*(?:(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?|#{1,6}\s+|\|\s*)?(?:\*\*|__|`|\*|_)?(BC|INV)-(\d{1,4}(?:[-.]\d{1,4})?)\b(?:\*\*|__|`|\*|_)?(?:\s*\([^)]*\))?(?:\*\*|__)?\s*(:|\u2014|\u2013|\s-\s|\|)/;
function idDefinitionAt(line) {
  const m = DEF_RE.exec(line);
  if (!m) return void 0;
  const id = `${m[1]}-${m[2]}`;
  const col = line.indexOf(id, 0);
  if (m[3] === "|" && !/^\s*\|/.test(line)) return void 0;
  return { kind: m[1], id, col, len: id.length };
}
var STOP = /* @__PURE__ */ new Set(["this", "pr", "is", "it", "the", "a", "an", "of", "introduces", "does", "that", "be", "its", "for", "and", "per"]);
function labelKey(label) {
  return label.replace(/\([^)]*\)/g, " ").toLowerCase().replace(/behaviour/g, "behavior").split(/[^a-z0-9]+/).filter((w) => w && !STOP.has(w)).map((w) => w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w).join(" ");
}
var BOLD_LABEL = /^(\s*(?:>\s*)?(?:(?:[-*+]|\d{1,3}[.)])\s+)?)(\*\*|__)([^*_\n]{1,80}?)\s*(:?)\s*\2\s*(:?)[ \t]*/;
var PLAIN_LABEL = /^(\s*(?:>\s*)?(?:(?:[-*+]|\d{1,3}[.)])\s+)?)([A-Z][A-Za-z /&'()-]{1,60}?):[ \t]+/;
function labelAt(line, known) {
  let m = BOLD_LABEL.exec(line);
  if (m && (m[4] || m[5])) {
    const labelStart = m[1].length + m[2].length;
    return { label: m[3].trim(), labelStart, labelEnd: labelStart + m[3].length, valueStart: m[0].length, lead: m[1], bold: true };
  }
  m = PLAIN_LABEL.exec(line);
  if (m && known?.(m[2])) {
    const labelStart = m[1].length;
    return { label: m[2].trim(), labelStart, labelEnd: labelStart + m[2].length, valueStart: m[0].length, lead: m[1], bold: false };
  }
  return void 0;
}
var PLACEHOLDER_WORDS = String.raw`(?:todo|tbd|tba|tbc|fixme|xxx|wip|placeholder|fill(?:[ -]?(?:in|me))?(?: later)?|to be (?:written|done|filled(?: in)?|added|decided|determined|defined|completed|confirmed)|coming soon|\.\.\.|\u2026)`;
var PLACEHOLDER_ONLY = new RegExp(String.raw`^(?:${PLACEHOLDER_WORDS}|<\s*${PLACEHOLDER_WORDS}\s*>|\[\s*${PLACEHOLDER_WORDS}\s*\]|\(\s*${PLACEHOLDER_WORDS}\s*\)|\{\s*${PLACEHOLDER_WORDS}\s*\})[.!]?$`, "i");
var PLACEHOLDER_NOTE = /^(?:todo|tbd|fixme)\b\s*(?:[:(\-\u2013\u2014]|$)/i;
var HTML_TAGS = /* @__PURE__ */ new Set(["br", "hr", "p", "b", "i", "u", "em", "strong", "sub", "sup", "details", "summary", "div", "span", "img", "a", "code", "pre", "kbd", "table", "tr", "td", "th", "ul", "ol", "li", "small", "mark", "del", "ins", "abbr", "center", "picture", "source"]);
function anglePlaceholder(t) {
  const m = /^<([^<>\n]{1,80})>$/.exec(t);
  if (!m || /^(?:\/|[a-z][\w+.-]*:)/i.test(m[1])) return false;
  const tag = /^([a-z][a-z0-9]*)(?:\s|\/|$)/i.exec(m[1]);
  return !(tag && HTML_TAGS.has(tag[1].toLowerCase()));
}
function isPlaceholder(text4) {
  const t = plain(text4).trim();
  if (!t) return false;
  return PLACEHOLDER_ONLY.test(t) || PLACEHOLDER_NOTE.test(t) || anglePlaceholder(t);
}
function plain(s) {
  return s.replace(/\*\*|__|`/g, "").replace(/(^|\s)[*_](\S)/g, "$1$2").replace(/(\S)[*_](?=\s|$|[.,;:])/g, "$1").trim();
}
function cellContentStart(text4, cell) {
  let i2 = cell.start;
  if (text4[i2] === "|") i2++;
  while (i2 < cell.end && (text4[i2] === " " || text4[i2] === "	")) i2++;
  return i2;
}
function cellContentEnd(text4, cell) {
  let i2 = cell.end;
  if (text4[i2 - 1] === "|") i2--;
  while (i2 > cell.start && (text4[i2 - 1] === " " || text4[i2 - 1] === "	")) i2--;
  return i2;
}

// server/src/core/plan/structure.ts
var cache3 = /* @__PURE__ */ new WeakMap();
function planStructure(model, profile) {
  let perModel = cache3.get(model);
  if (!perModel) cache3.set(model, perModel = /* @__PURE__ */ new Map());
  let s = perModel.get(profile);
  if (!s) perModel.set(profile, s = build(model, profile));
  return s;
}
var LETTERED = /^[^\p{L}\p{N}(]*(?:(?:section|part)\s+([a-z])\b\s*(?:[).:\]\u2014\u2013-]+\s*)?|\(?([a-z])\s*(?:\)|\]|\.(?!\d)|:|\s[\u2014\u2013-]|[\u2014\u2013])\s*)(.*)$/iu;
var NUMBERED = /^[^\p{L}\p{N}(]*(?:section\s+(\d{1,2})\b\s*(?:[).:\]\u2014\u2013-]+\s*)?|\(?(\d{1,2})\s*(?:\)|\]|\.(?!\d)|:|\s[\u2014\u2013-]|[\u2014\u2013])\s*)(.*)$/iu;
var PART_SECTION = /^[^\p{L}\p{N}]*part\s+(\d{1,2})([a-z])?\s*(?:[).:\u2014\u2013-]+\s*)(.+)$/iu;
var STOP2 = /* @__PURE__ */ new Set(["and", "the", "of", "a", "an", "with", "for"]);
function normaliseTitle(s) {
  return s.toLowerCase().replace(/[*_`]/g, "").split(/[^a-z0-9]+/).filter((w) => w && !STOP2.has(w)).join(" ");
}
var titleIndexes = /* @__PURE__ */ new WeakMap();
function titleIndex(profile) {
  let idx = titleIndexes.get(profile);
  if (idx) return idx;
  idx = { exact: /* @__PURE__ */ new Map(), all: [] };
  for (const spec2 of profile.sections) {
    for (const t of [spec2.title, ...spec2.aliases]) {
      const norm2 = normaliseTitle(t);
      if (!norm2) continue;
      if (!idx.exact.has(norm2)) idx.exact.set(norm2, spec2);
      idx.all.push({ norm: norm2, spec: spec2 });
    }
  }
  titleIndexes.set(profile, idx);
  return idx;
}
function matchTitle(profile, title, preferLetter) {
  const norm2 = normaliseTitle(title);
  if (!norm2) return { score: 0 };
  const idx = titleIndex(profile);
  const exact = idx.exact.get(norm2);
  if (exact) {
    if (preferLetter && exact.letter !== preferLetter) {
      const same = idx.all.find((e) => e.norm === norm2 && e.spec.letter === preferLetter);
      if (same) return { spec: same.spec, score: 3 };
    }
    return { spec: exact, score: 3 };
  }
  const padded = ` ${norm2} `;
  let best;
  for (const e of idx.all) {
    if (e.norm.length < 5) continue;
    const contains = padded.includes(` ${e.norm} `) || norm2.length >= 5 && ` ${e.norm} `.includes(padded);
    if (!contains) continue;
    if (!best || e.norm.length > best.len || e.norm.length === best.len && e.spec.letter === preferLetter) best = { spec: e.spec, len: e.norm.length };
  }
  return best ? { spec: best.spec, score: 1 } : { score: 0 };
}
function parseLetteredHeading(text4) {
  const m = LETTERED.exec(text4.trim());
  if (!m) return void 0;
  const letter = (m[1] ?? m[2]).toUpperCase();
  const title = m[3].trim();
  if (/^\d/.test(title)) return void 0;
  if (!m[1] && !title) return void 0;
  return { letter, title };
}
function parseNumberedHeading(text4) {
  const m = NUMBERED.exec(text4.trim());
  if (!m) return void 0;
  const number = Number(m[1] ?? m[2]);
  const title = m[3].trim();
  if (/^\d/.test(title)) return void 0;
  if (!m[1] && !title) return void 0;
  return { number, title };
}
function numberLetter(n) {
  return n >= 1 && n <= 26 ? String.fromCharCode(64 + n) : void 0;
}
function build(model, profile) {
  const byLetterSpec = /* @__PURE__ */ new Map();
  for (const s of profile.sections) if (s.letter && !byLetterSpec.has(s.letter)) byLetterSpec.set(s.letter, s);
  const candidates = [];
  for (const h of model.headings) {
    const part2 = PART_SECTION.exec(h.text.trim());
    if (part2) {
      const t2 = matchTitle(profile, part2[3], part2[2]?.toUpperCase());
      if (t2.spec && t2.score === 3) {
        const letter = part2[2]?.toUpperCase();
        candidates.push({ heading: h, writtenLetter: letter, title: part2[3].trim(), titleSpec: t2.spec, letterSpec: letter ? byLetterSpec.get(letter) : void 0, score: 3 });
        continue;
      }
    }
    const lettered = parseLetteredHeading(h.text);
    if (lettered) {
      const t2 = matchTitle(profile, lettered.title, lettered.letter);
      const letterSpec = byLetterSpec.get(lettered.letter);
      candidates.push({ heading: h, writtenLetter: lettered.letter, title: lettered.title, titleSpec: t2.spec, letterSpec, score: t2.score });
      continue;
    }
    const numbered = parseNumberedHeading(h.text);
    if (numbered) {
      const t2 = matchTitle(profile, numbered.title);
      candidates.push({ heading: h, writtenNumber: numbered.number, title: numbered.title, titleSpec: t2.spec, score: t2.score });
      continue;
    }
    const t = matchTitle(profile, h.text);
    if (t.spec && t.score === 3) candidates.push({ heading: h, title: h.text, titleSpec: t.spec, score: 3 });
  }
  const numberedTitled = candidates.filter((c) => c.writtenNumber !== void 0 && c.titleSpec);
  if (numberedTitled.length >= 2 && numberedTitled.every((c) => numberLetter(c.writtenNumber) === c.titleSpec.letter)) {
    for (const c of candidates) if (c.writtenNumber !== void 0 && !c.titleSpec) c.letterSpec = byLetterSpec.get(numberLetter(c.writtenNumber) ?? "");
  }
  const titled = new Set(candidates.map((c) => c.titleSpec).filter(Boolean));
  for (const c of candidates) if (!c.titleSpec && c.letterSpec && titled.has(c.letterSpec)) c.letterSpec = void 0;
  const counts = /* @__PURE__ */ new Map();
  for (const c of candidates) {
    if (!c.titleSpec && !((c.writtenLetter || c.writtenNumber !== void 0) && c.letterSpec)) continue;
    counts.set(c.heading.depth, (counts.get(c.heading.depth) ?? 0) + (c.writtenLetter || c.writtenNumber !== void 0 ? 2 : 1));
  }
  let depth = 0;
  let bestCount = 0;
  for (const [d, n] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (n > bestCount) {
      depth = d;
      bestCount = n;
    }
  }
  const numberedSections = candidates.filter((c) => c.writtenNumber !== void 0 && c.heading.depth === depth && c.titleSpec).length >= 2;
  const chosen = [];
  for (const c of candidates) {
    if (!depth) break;
    const spec2 = c.titleSpec ?? c.letterSpec;
    const marked = !!c.writtenLetter || c.writtenNumber !== void 0;
    if (c.heading.depth === depth) {
      if (c.writtenLetter || spec2 || c.writtenNumber !== void 0 && numberedSections) chosen.push(c);
    } else if (c.heading.depth < depth && spec2 && (marked || c.score === 3)) {
      chosen.push(c);
    }
  }
  for (let i2 = chosen.length - 2; i2 >= 0; i2--) {
    const c = chosen[i2];
    const n = chosen[i2 + 1];
    if (c.heading.depth < n.heading.depth && (c.titleSpec ?? c.letterSpec) === (n.titleSpec ?? n.letterSpec)) chosen.splice(i2, 1);
  }
  const sections = [];
  const text4 = model.text;
  const headings = model.headings;
  let hi = 0;
  for (let i2 = 0; i2 < chosen.length; i2++) {
    const c = chosen[i2];
    let end = i2 + 1 < chosen.length ? chosen[i2 + 1].heading.start : text4.length;
    while (hi < headings.length && headings[hi].start <= c.heading.start) hi++;
    for (let k = hi; k < headings.length && headings[k].start < end; k++) {
      if (headings[k].depth < c.heading.depth) {
        end = headings[k].start;
        break;
      }
    }
    const spec2 = c.titleSpec ?? c.letterSpec;
    sections.push({
      letter: spec2?.letter || c.writtenLetter || "",
      title: c.title,
      heading: c.heading,
      start: c.heading.start,
      end,
      bodyStart: c.heading.end,
      spec: spec2,
      // Counted on first read: detection builds a structure per profile and reads no line counts.
      get lineCount() {
        const n = countLines(text4, this.bodyStart, this.end);
        Object.defineProperty(this, "lineCount", { value: n, enumerable: true });
        return n;
      },
      get unwritten() {
        const u = unwrittenBody(model, this.bodyStart, this.end);
        Object.defineProperty(this, "unwritten", { value: u, enumerable: true });
        return u;
      },
      writtenLetter: c.writtenLetter,
      writtenNumber: c.writtenNumber,
      titleSpec: c.titleSpec
    });
  }
  const matched2 = new Set(sections.map((s) => s.spec).filter(Boolean));
  return {
    profile,
    sections,
    matchedCount: matched2.size,
    byLetter: (letter) => {
      const up = letter.toUpperCase();
      return sections.find((s) => s.spec?.letter === up) ?? sections.find((s) => !s.spec && s.letter === up);
    },
    byRole: (role) => sections.find((s) => s.spec?.role === role),
    sectionAt: (offset) => spanAt(sections, offset)
  };
}
function countLines(text4, from, to) {
  let n = 0;
  let lineStart = from;
  for (let i2 = from; i2 <= to; i2++) {
    if (i2 === to || text4.charCodeAt(i2) === 10) {
      const line = text4.slice(lineStart, i2).trim();
      if (line && !THEMATIC_BREAK.test(line)) n++;
      lineStart = i2 + 1;
    }
  }
  return n;
}
function unwrittenBody(model, from, to) {
  for (const b of model.codeBlocks) if (b.start < to && b.end > from) return false;
  for (const t of model.tables) if (t.start < to && t.end > from) return false;
  let body2 = model.text.slice(from, to);
  for (const c of model.comments) {
    if (c.end <= from || c.start >= to) continue;
    const a = Math.max(c.start, from) - from;
    const b = Math.min(c.end, to) - from;
    body2 = body2.slice(0, a) + body2.slice(a, b).replace(/[^\n]/g, " ") + body2.slice(b);
  }
  let placeholder;
  let headings = false;
  for (const raw of body2.split("\n")) {
    const line = raw.trim();
    if (!line || THEMATIC_BREAK.test(line)) continue;
    if (/^#{1,6}(?:\s|$)/.test(line)) {
      headings = true;
      continue;
    }
    const item = line.replace(/^(?:>\s*)+/, "").replace(/^(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/, "");
    if (!item || /^(?:[-*+]|\d{1,3}[.)])$/.test(item)) continue;
    if (!isPlaceholder(item)) return false;
    placeholder ??= item;
  }
  if (headings && placeholder === void 0) return false;
  return { placeholder: placeholder ?? "" };
}

// server/src/core/rules/macro/mp102-section-order.ts
var rule10 = {
  meta: {
    id: "MP102",
    name: "section-order",
    severity: "error",
    description: "Sections out of the profile's order, a section repeated, or a letter paired with another section's title.",
    scope: "plan",
    kinds: ["macro", "micro"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    const specs = plan.profile.sections;
    const text4 = ctx.model.text;
    const mismatched = /* @__PURE__ */ new Set();
    const hint2 = otherProfileHint(ctx.model, plan);
    const relettered = plan.profile.kind === "micro" ? shiftedLetters(plan) : /* @__PURE__ */ new Set();
    for (const s of plan.sections) {
      const t = s.titleSpec;
      if (!s.writtenLetter || !t || !t.letter || t.letter === s.writtenLetter) continue;
      mismatched.add(s);
      if (relettered.has(s)) continue;
      const letterSpec = specs.find((x) => x.letter === s.writtenLetter);
      const fix = letterFix(text4, s, t.letter);
      ctx.report({
        ...headingRange(s),
        message: `Heading letter ${s.writtenLetter} is paired with the title of section ${describeSpec(t)}${letterSpec ? ` (${s.writtenLetter} is ${letterSpec.title})` : ""}.${hint2}`,
        fixes: fix ? [{ title: `Change the letter to ${t.letter}`, edits: [fix] }] : void 0
      });
    }
    const seen = /* @__PURE__ */ new Map();
    const ordered = [];
    for (const s of plan.sections) {
      if (!s.spec) continue;
      const first = seen.get(s.spec);
      if (first) {
        ctx.report({ ...headingRange(s), message: `Section ${describeSpec(s.spec)} appears twice (first on line ${first.heading.line + 1}).` });
        continue;
      }
      seen.set(s.spec, s);
      ordered.push({ s, idx: specs.indexOf(s.spec) });
    }
    const keep = longestIncreasing(ordered.map((o) => o.idx));
    ordered.forEach((o, i2) => {
      if (keep.has(i2) || mismatched.has(o.s)) return;
      let prev;
      let next;
      ordered.forEach((x, j) => {
        if (!keep.has(j) || j === i2) return;
        if (x.idx < o.idx) prev = x.s;
        else if (x.idx > o.idx && !next) next = x.s;
      });
      const where3 = prev && next ? `after ${describeSpec(prev.spec)} and before ${describeSpec(next.spec)}` : prev ? `after ${describeSpec(prev.spec)}` : next ? `before ${describeSpec(next.spec)}` : "elsewhere";
      ctx.report({ ...headingRange(o.s), message: `Section ${describeSpec(o.s.spec)} is out of order: the "${plan.profile.name}" profile puts it ${where3}.${hint2}` });
    });
  }
};
function shiftedLetters(plan) {
  const off = plan.sections.filter((s) => s.writtenLetter && s.titleSpec?.letter && s.titleSpec.letter !== s.writtenLetter);
  if (off.length < 2) return /* @__PURE__ */ new Set();
  const shift = (s) => s.writtenLetter.charCodeAt(0) - s.titleSpec.letter.charCodeAt(0);
  const k = shift(off[0]);
  if (!off.every((s) => shift(s) === k)) return /* @__PURE__ */ new Set();
  const specs = plan.profile.sections;
  const order = off.map((s) => specs.indexOf(s.titleSpec));
  if (!order.every((x, i2) => i2 === 0 || x > order[i2 - 1])) return /* @__PURE__ */ new Set();
  if (k > 0 && plan.sections.filter((s) => s.writtenLetter && !s.spec && s.start < off[0].start).length < k) return /* @__PURE__ */ new Set();
  return new Set(off);
}
function otherProfileHint(model, plan) {
  for (const other of Object.values(BUILTIN_PROFILES)) {
    if (other === plan.profile || other.name === plan.profile.name || other.kind !== plan.profile.kind) continue;
    const s = planStructure(model, other);
    if (s.matchedCount < 5) continue;
    const clean = s.sections.every((x) => x.spec && (!x.writtenLetter || !x.titleSpec || x.titleSpec.letter === x.writtenLetter));
    const ordered = s.sections.every((x, i2) => i2 === 0 || other.sections.indexOf(x.spec) > other.sections.indexOf(s.sections[i2 - 1].spec));
    if (clean && ordered) return ` The plan follows the "${other.name}" profile: set "profile": "${other.name}" in .macroplan.json to check it against that order.`;
  }
  return "";
}
function longestIncreasing(xs) {
  const tails = [];
  const prev = new Array(xs.length).fill(-1);
  for (let i2 = 0; i2 < xs.length; i2++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (xs[tails[mid]] < xs[i2]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i2] = tails[lo - 1];
    tails[lo] = i2;
  }
  const out2 = /* @__PURE__ */ new Set();
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) out2.add(k);
  return out2;
}
function letterFix(text4, s, letter) {
  const raw = text4.slice(s.heading.start, s.heading.end);
  const m = /^(\s*#{1,6}\s+[^\p{L}\p{N}(]*(?:(?:section|part)\s+)?\(?)([A-Za-z])(?=[\s).:\]\u2014\u2013-])/iu.exec(raw);
  if (!m || m[2].toUpperCase() !== s.writtenLetter) return void 0;
  const at = s.heading.start + m[1].length;
  return { start: at, end: at + 1, newText: m[2] === m[2].toLowerCase() ? letter.toLowerCase() : letter };
}

// server/src/core/plan/prcards.ts
var CARD_HEADING = /^[^A-Za-z0-9]*PR[ \t]?-?[ \t]?(\d{1,4})\b(?![.-]\d)(.*)$/;
var DEPENDS = /\(?\s*(?:[,;\u2014\u2013-]\s*)?\b(?:depends on|depends upon|after|requires|blocked by|builds on)\b[^)\n]*\)?/i;
var TIER = /^\s*(?:#{1,6}\s*)?(?:[-\u2014\u2013=*_]+\s*)?(?:\*\*|__|\*|_)?\s*Tier[ \t-]*([12])\b/i;
var DEP_FIELDS = /* @__PURE__ */ new Set(["depends on", "depend on", "dependencie", "dependency", "prerequisite", "requires", "blocked by", "depend"]);
var MERGED = /\u2705|\u2714|\bmerged\b|\bdone\b|\bcompleted?\b|\bshipped\b|\blanded\b/i;
var STATUS_KEY = labelKey("Status");
var EMPTY_SHORT = /^(?:|-|\?)$/;
var EMPTY_VALUE = { test: (v) => EMPTY_SHORT.test(v.trim()) || isPlaceholder(v) };
var ALIASES = {
  "Title": ["PR title", "Name"],
  "Building Block Change": ["Building Block", "Building Blocks", "Block Change", "Building Block Changes", "Concept Model Change"],
  "Extension Type": ["Extension Types", "Extension Kind"],
  "Motivation": ["Why", "Rationale"],
  "Scope": ["In/Out", "Scope In/Out", "In / Out", "Scope and Deliverables", "Deliverables"],
  "Behavioral Guarantees": ["Guarantees", "Behavioral Contracts", "Contracts", "Behavior Guarantees", "Module Contract"],
  "Risks": ["Top Risks", "Risks and Mitigations", "Risk", "Risks / Mitigations"],
  "Cross-Cutting": ["Cross-Cutting Infrastructure", "Shared Infrastructure", "Cross-Cutting Infra", "Cross Cutting Concerns"],
  "Validation Gate": ["Gate", "Validation Gates", "Risk Gate"],
  "Architectural Impact": ["Architecture Impact", "Structural Impact", "Architectural Changes"],
  "API Surface Changes": ["API Changes", "API Surface", "API"],
  "CLI Changes": ["CLI", "CLI Flags", "Flag Changes", "CLI Surface"],
  "Test Categories": ["Tests", "Test Plan", "Testing", "Test Strategy"],
  "Documentation Updates": ["Docs", "Documentation", "Doc Updates", "Docs Updates", "Documentation Changes"],
  "Extension Friction": ["Friction"],
  "Parallel Development": ["Parallelism", "Parallel Work", "Parallel Workstreams"],
  "Why independently reviewable": ["Independently Reviewable", "Why this PR is independently reviewable", "Reviewability", "Why Reviewable"],
  "Why no dead code": ["No Dead Code", "Why it introduces no dead code", "Dead Code"],
  // macro-plan-template.md's PR entry.
  "Scope and Deliverables": ["Scope", "Deliverables", "In/Out", "Scope In/Out"],
  "Module Contract": ["Contract", "Behavioral Guarantees", "Guarantees", "Behavioral Contracts"],
  "Dependencies": ["Depends On", "Dependency", "Prerequisites", "Requires", "Blocked By"],
  "Interfaces": ["Interface Status", "Interface Stability", "Interfaces Frozen or Flexible", "Frozen or Flexible", "Interface Freeze", "Frozen Interfaces"]
};
var fieldIndexes = /* @__PURE__ */ new WeakMap();
function fieldIndex(profile) {
  let idx = fieldIndexes.get(profile);
  if (idx) return idx;
  const byKey = /* @__PURE__ */ new Map();
  const add = (name2, tier) => {
    for (const label of [name2, ...ALIASES[name2] ?? aliasesByKey.get(labelKey(name2)) ?? []]) {
      const k = labelKey(label);
      if (k && !byKey.has(k)) byKey.set(k, { name: name2, tier });
    }
  };
  for (const n of profile.prCard.tier1) byKey.set(labelKey(n), { name: n, tier: 1 });
  for (const n of profile.prCard.tier2) if (!byKey.has(labelKey(n))) byKey.set(labelKey(n), { name: n, tier: 2 });
  for (const n of profile.prCard.tier1) add(n, 1);
  for (const n of profile.prCard.tier2) add(n, 2);
  for (const n of ["Extension Type", "Building Block Change"]) add(n, 0);
  idx = { byKey, tier1: profile.prCard.tier1, tier2: profile.prCard.tier2 };
  fieldIndexes.set(profile, idx);
  return idx;
}
var aliasesByKey = new Map(Object.entries(ALIASES).map(([k, v]) => [labelKey(k), v]));
var cache4 = /* @__PURE__ */ new WeakMap();
function prCards(model, plan) {
  let cards = cache4.get(plan);
  if (!cards) cache4.set(plan, cards = build2(model, plan));
  return cards;
}
function build2(model, plan) {
  const idx = fieldIndex(plan.profile);
  const section = plan.byRole("pr-plan");
  const from = section?.start ?? 0;
  const to = section?.end ?? model.text.length;
  const heads = [];
  for (const h of model.headings) {
    if (h.start < from || h.start >= to) continue;
    if (section && h === section.heading) continue;
    const m = CARD_HEADING.exec(h.text);
    if (m) heads.push({ h, m });
  }
  const cards = [];
  for (let i2 = 0; i2 < heads.length; i2++) {
    const { h, m } = heads[i2];
    let end = to;
    for (const other of model.headings) {
      if (other.start > h.start && other.start < end && other.depth <= h.depth) {
        end = other.start;
        break;
      }
    }
    cards.push(buildCard(model, idx, h, m, end));
  }
  return cards;
}
function buildCard(model, idx, h, m, end) {
  const number = Number(m[1]);
  const headSrc = model.text.slice(h.start, h.end);
  const dependsOn = [];
  const dep = DEPENDS.exec(headSrc);
  const depRefs = dep ? prRefs(dep[0], h.start + dep.index) : [];
  for (const r of depRefs) if (r.number !== number) dependsOn.push(r);
  let title = (depRefs.length ? m[2].replace(DEPENDS, "") : m[2]).replace(/^[\s:.)\]\u2014\u2013-]+/, "").trim();
  title = title.replace(/[\s:\u2014\u2013-]+$/, "");
  const known = (label) => idx.byKey.has(labelKey(label)) || DEP_FIELDS.has(labelKey(label));
  const fields = [];
  const tierMarkers = [];
  const contracts = [];
  const lines = proseLines(model, h.end, end);
  const tableRows = /* @__PURE__ */ new Set();
  for (const t of model.tables) if (t.start >= h.end && t.end <= end) for (let l = model.lines.positionAt(t.start).line; l <= model.lines.positionAt(t.end).line; l++) tableRows.add(l);
  let open;
  for (const ln of lines) {
    const def = idDefinitionAt(ln.text);
    if (def && def.kind === "BC") contracts.push({ id: def.id, start: ln.start + def.col, end: ln.start + def.col + def.len });
    if (tableRows.has(ln.line)) continue;
    const tm = TIER.exec(ln.text);
    if (tm && !/^\s*(?:[-*+]|\d+[.)])\s/.test(ln.text)) {
      tierMarkers.push({ start: ln.start, end: ln.end, tier: Number(tm[1]) });
      open = void 0;
      continue;
    }
    const la = labelAt(ln.text, known);
    if (la && open && open.form !== "table" && indentOf(la.lead) > indentOf(open.lead) && !known(la.label)) {
      open.hasContent = true;
      continue;
    }
    if (la) {
      const k = labelKey(la.label);
      const f = idx.byKey.get(k);
      const valueRaw = ln.text.slice(la.valueStart);
      open = {
        name: f?.name ?? (DEP_FIELDS.has(k) ? "Depends On" : la.label),
        label: la.label,
        tier: f?.tier ?? 0,
        start: ln.start,
        end: ln.end,
        labelSpan: { start: ln.start + la.labelStart, end: ln.start + la.labelEnd },
        value: plain(valueRaw),
        valueSpan: { start: ln.start + la.valueStart, end: ln.end },
        hasContent: !EMPTY_VALUE.test(plain(valueRaw)),
        form: /^\s*(?:>\s*)?(?:[-*+]|\d{1,3}[.)])\s/.test(la.lead) ? "list" : "paragraph",
        lead: la.lead,
        bold: la.bold
      };
      fields.push(open);
      continue;
    }
    if (open && !open.hasContent && ln.text.trim() && !/^\s*([-*_])(\s*\1){2,}\s*$/.test(ln.text)) {
      if (!EMPTY_VALUE.test(plain(ln.text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "")))) open.hasContent = true;
    }
  }
  for (const t of model.tables) {
    if (t.start < h.end || t.end > end) continue;
    for (const row of [t.header, ...t.rows]) {
      const first = row[0];
      if (!first) continue;
      const label = first.text.replace(/:\s*$/, "").trim();
      const k = labelKey(label);
      const f = idx.byKey.get(k);
      if (!f && !DEP_FIELDS.has(k)) continue;
      const second = row[1];
      const value = second ? second.text : "";
      const ls = cellContentStart(model.text, first);
      fields.push({
        name: f?.name ?? "Depends On",
        label,
        tier: f?.tier ?? 0,
        start: first.start,
        end: row[row.length - 1].end,
        labelSpan: { start: ls, end: cellContentEnd(model.text, first) },
        value,
        valueSpan: second ? { start: cellContentStart(model.text, second), end: cellContentEnd(model.text, second) } : { start: first.end, end: first.end },
        hasContent: !EMPTY_VALUE.test(value),
        form: "table",
        lead: "",
        bold: /^\*\*|^__/.test(model.text.slice(ls, ls + 2))
      });
    }
  }
  fields.sort((a, b) => a.start - b.start);
  for (const f of fields) if (DEP_FIELDS.has(labelKey(f.name))) {
    for (const r of prRefs(model.text.slice(f.valueSpan.start, f.valueSpan.end), f.valueSpan.start)) if (r.number !== number) dependsOn.push(r);
  }
  const tiers = {};
  tierMarkers.forEach((t, i2) => {
    const key2 = t.tier === 1 ? "tier1" : "tier2";
    if (!tiers[key2]) tiers[key2] = { start: t.start, end: i2 + 1 < tierMarkers.length ? tierMarkers[i2 + 1].start : end };
  });
  const present = new Set(fields.map((f) => f.name));
  if (title) present.add(idx.tier1.find((n) => labelKey(n) === "title") ?? "Title");
  const empty2 = fields.filter((f) => f.tier !== 0 && !f.hasContent && !(labelKey(f.name) === "title" && title));
  return {
    start: h.start,
    end,
    number,
    id: `PR ${number}`,
    title,
    heading: h,
    dependsOn,
    fields,
    tierMarkers,
    ...tiers,
    extensionType: fields.find((f) => labelKey(f.name) === "extension type"),
    buildingBlockChange: fields.find((f) => labelKey(f.name) === "building block change"),
    missing: {
      tier1: idx.tier1.filter((n) => !present.has(n)),
      tier2: idx.tier2.filter((n) => !present.has(n))
    },
    empty: empty2,
    contracts,
    merged: MERGED.test(h.text) || fields.some((f) => labelKey(f.label) === STATUS_KEY && MERGED.test(f.value) && !/\bnot\b|\bpending\b|\bin review\b/i.test(f.value))
  };
}
function indentOf(lead) {
  return /^\s*/.exec(lead)[0].length;
}
function cardAt(cards, offset) {
  return spanAt(cards, offset);
}

// server/src/core/rules/macro/mp103-section-too-long.ts
var rule11 = {
  meta: {
    id: "MP103",
    name: "section-too-long",
    severity: "warning",
    description: "A section over the profile's line limit (A over 15 non-blank lines, D over 80), or a PR's Tier 1 summary over 25 lines (info over 15).",
    scope: "plan",
    kinds: ["macro", "micro"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    for (const s of plan.sections) {
      const max = s.spec?.maxLines;
      if (!max || s.lineCount <= max) continue;
      ctx.report({ ...headingRange(s), message: `Section ${describeSpec(s.spec)} has ${s.lineCount} non-blank lines; the limit is ${max}. It is part of the human-review core: cut it down or move detail to a later section.` });
    }
    const { tier1Lines, tier1InfoLines } = plan.profile.limits;
    const text4 = ctx.model.text;
    for (const card of prCards(ctx.model, plan)) {
      const t1 = card.tier1;
      if (!t1) continue;
      const nl = text4.indexOf("\n", t1.start);
      const bodyStart = nl < 0 || nl > t1.end ? t1.end : nl;
      const n = countLines(text4, bodyStart, t1.end);
      if (n <= tier1InfoLines) continue;
      const marker = { start: t1.start, end: bodyStart };
      if (n > tier1Lines) {
        ctx.report({ ...marker, message: `${card.id} Tier 1 summary has ${n} non-blank lines; the maximum is ${tier1Lines} (target ${tier1InfoLines}). Move detail to Tier 2.` });
      } else {
        ctx.report({ ...marker, severity: "info", message: `${card.id} Tier 1 summary has ${n} non-blank lines; the target is ${tier1InfoLines} (maximum ${tier1Lines}).` });
      }
    }
  }
};

// server/src/core/rules/macro/mp104-go-code-outside-frozen-section.ts
var GO_LINE_REF = /[\w./-]+\.go:\d+/;
function citedBeside(model, block) {
  if (GO_LINE_REF.test(block.value)) return true;
  let line = model.lines.positionAt(block.start).line - 1;
  while (line >= 0 && !model.lines.lineText(line).trim()) line--;
  if (line < 0) return false;
  const start2 = model.lines.starts[line];
  const end = model.lines.lineEnd(line);
  return model.citations.some((c) => c.start >= start2 && c.end <= end);
}
var rule12 = {
  meta: {
    id: "MP104",
    name: "go-code-outside-frozen-section",
    severity: "error",
    description: "Go code in a section other than the frozen-interface one: a ```go fence, or an unlabelled code block that parses as Go (and, as a warning, Go other than interface signatures in the frozen-interface section).",
    scope: "plan",
    kinds: ["macro"],
    needs: ["plan-structure"]
  },
  async check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    const frozen = plan.profile.sections.find((s) => s.go === "frozen-interfaces");
    for (const block of ctx.model.codeBlocks) {
      const section = plan.sectionAt(block.start);
      const policy = section?.spec?.go ?? "forbidden";
      if (policy === "allowed") continue;
      const snippet = await goSnippet(block);
      if (policy === "frozen-interfaces") {
        if (!snippet.isGo) continue;
        const cited = citedBeside(ctx.model, block);
        for (const t of snippet.otherTypes) {
          if (cited) continue;
          ctx.report({ ...rowSpan(ctx.model, block, t.row), severity: "warning", message: `${t.kind === "struct" ? "Struct" : "Type"} ${t.name} in the frozen-interface section: it holds interface signatures only. Cite the declaration (path.go:LINE) and describe the type behaviorally instead of copying ${t.kind === "struct" ? "its field list" : "it"}.` });
        }
        for (const c of snippet.otherCode) {
          if (cited && !c.body) continue;
          ctx.report({ ...rowSpan(ctx.model, block, c.row), severity: "warning", message: `Go ${c.kind}${c.name ? ` ${c.name}` : ""} in the frozen-interface section: it holds interface signatures only, not implementations.` });
        }
        continue;
      }
      if (!snippet.isGo) continue;
      const where3 = section?.spec ? `section ${describeSpec(section.spec)}` : section ? `section ${section.letter}) ${section.title}` : "text outside the plan's sections";
      const kind = snippet.labelled ? "a Go code block" : "an unlabelled code block that parses as Go";
      const allowed = frozen ? ` Go code belongs only in ${describeSpec(frozen)}, and only for interfaces whose freeze PR has merged;` : "";
      const fenceEnd = ctx.model.text.indexOf("\n", block.start);
      ctx.report({
        start: block.start,
        end: fenceEnd < 0 || fenceEnd > block.end ? block.end : fenceEnd,
        message: `${kind[0].toUpperCase()}${kind.slice(1)} in ${where3}.${allowed} describe modules behaviorally instead (what they observe, control and guarantee).`
      });
    }
  }
};

// server/src/core/gotypes.ts
var indexes = /* @__PURE__ */ new WeakMap();
var TYPE_LINE = /^[ \t]*(?:type[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)(?:[ \t]*\[[^\]\n]*\])?[ \t]+(?:interface|struct)[ \t]*\{|^[ \t]*type[ \t]+([A-Za-z_][A-Za-z0-9_]*)\b/gm;
var BATCH = 32;
var REFRESH_INTERVAL_MS = 3e3;
function typeNames(text4) {
  TYPE_LINE.lastIndex = 0;
  const seen = /* @__PURE__ */ new Set();
  let m;
  while (m = TYPE_LINE.exec(text4)) seen.add(m[1] ?? m[2]);
  return [...seen];
}
async function scan(ws, abs, known) {
  try {
    const real = await ws.fs.realpath(abs);
    if (!await ws.isInside(real)) return void 0;
    const st = await ws.fs.stat(real);
    if (!st.isFile() || st.size > ws.maxFileSize) return void 0;
    if (known && known.mtimeMs === st.mtimeMs && known.size === st.size) return known;
    const text4 = (await ws.fs.readFile(real)).toString("utf8");
    return { mtimeMs: st.mtimeMs, size: st.size, names: typeNames(text4) };
  } catch {
    return void 0;
  }
}
function put(idx, rel, entry) {
  const old = idx.files.get(rel);
  if (old === entry) return;
  for (const n of old?.names ?? []) idx.names.get(n)?.delete(rel);
  if (!entry) {
    idx.files.delete(rel);
    return;
  }
  idx.files.set(rel, entry);
  for (const n of entry.names) {
    let s = idx.names.get(n);
    if (!s) idx.names.set(n, s = /* @__PURE__ */ new Set());
    s.add(rel);
  }
}
async function scanAll(ws, idx) {
  const files = [...(await idx.listing).entries()];
  for (let i2 = 0; i2 < files.length; i2 += BATCH) {
    await Promise.all(files.slice(i2, i2 + BATCH).map(async ([rel, abs]) => put(idx, rel, await scan(ws, abs, idx.files.get(rel)))));
  }
  idx.refreshedAt = Date.now();
}
function indexOf(ws) {
  const listing2 = ws.goFiles();
  let idx = indexes.get(ws);
  if (!idx || idx.listing !== listing2) {
    const fresh = { listing: listing2, ready: Promise.resolve(), files: /* @__PURE__ */ new Map(), names: /* @__PURE__ */ new Map(), refreshedAt: 0 };
    fresh.ready = scanAll(ws, fresh);
    indexes.set(ws, idx = fresh);
  }
  return idx;
}
async function findTypeDecls(ws, name2) {
  const idx = indexOf(ws);
  await idx.ready;
  const hits = await confirm(ws, idx, name2);
  if (hits.length === 0 && !idx.refreshing && Date.now() - idx.refreshedAt >= REFRESH_INTERVAL_MS) {
    idx.refreshing = scanAll(ws, idx).catch(() => void 0).finally(() => {
      idx.refreshing = void 0;
    });
  }
  return hits;
}
async function confirm(ws, idx, name2) {
  const files = await idx.listing;
  const out2 = [];
  for (const rel of [...idx.names.get(name2) ?? []].sort()) {
    const abs = files.get(rel);
    if (!abs) continue;
    const loaded = await ws.load(abs);
    if (loaded.kind !== "ok") continue;
    for (const decl of loaded.file.decls) if (decl.kind === "type" && decl.name === name2) out2.push({ rel, abs, decl });
  }
  return out2;
}

// server/src/core/rules/macro/mp105-frozen-interface-diverges.ts
var rule13 = {
  meta: {
    id: "MP105",
    name: "frozen-interface-diverges",
    severity: "error",
    description: "A Go interface in the frozen-interface section that is not declared in the workspace, or whose methods differ from the declaration.",
    scope: "plan",
    kinds: ["macro"],
    needs: ["plan-structure", "workspace-symbols"]
  },
  async check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    for (const block of ctx.model.codeBlocks) {
      const section = plan.sectionAt(block.start);
      if (section?.spec?.go !== "frozen-interfaces") continue;
      const snippet = await goSnippet(block);
      if (!snippet.isGo) continue;
      for (const iface of snippet.interfaces) {
        const span2 = rowSpan(ctx.model, block, iface.row);
        const hits = await findTypeDecls(ctx.workspace, iface.name);
        const interfaces = hits.filter((h) => h.decl.typeKind === "interface");
        if (interfaces.length === 0) {
          const other = hits[0];
          ctx.report({
            ...span2,
            message: other ? `${iface.name} is declared as a ${other.decl.typeKind === "struct" ? "struct" : "non-interface type"} at ${where(other)}, not as an interface.` : `Interface ${iface.name} is not declared in the workspace: a frozen interface must be merged code. Describe a pre-freeze interface behaviorally instead.`
          });
          continue;
        }
        let best;
        for (const hit of interfaces) {
          const diffs = compare(iface, hit.decl.methods ?? []);
          if (!best || diffs.length < best.diffs.length) best = { hit, diffs };
          if (diffs.length === 0) break;
        }
        if (!best) continue;
        const embedded = await realEmbedded(ctx.workspace, best.hit);
        if (embedded) {
          const norm2 = (e) => e.replace(/\s+/g, "");
          const real = new Set(embedded.map(norm2));
          const mine = new Set(iface.embedded.map(norm2));
          for (const e of iface.embedded) if (!real.has(norm2(e))) best.diffs.push(`embedded ${e} is not in the declaration`);
          for (const e of embedded) if (!mine.has(norm2(e))) best.diffs.push(`embedded ${e} is missing`);
        }
        if (best.diffs.length === 0) continue;
        const shown = best.diffs.slice(0, 4).join("; ") + (best.diffs.length > 4 ? `; and ${best.diffs.length - 4} more` : "");
        ctx.report({ ...span2, message: `Frozen interface ${iface.name} differs from its declaration at ${where(best.hit)}: ${shown}.` });
      }
    }
  }
};
async function realEmbedded(ws, hit) {
  const loaded = await ws.load(hit.abs);
  if (loaded.kind !== "ok") return void 0;
  const lines = loaded.file.lines.slice(hit.decl.startLine - 1, hit.decl.endLine);
  let src = lines.join("\n");
  if (!/^\s*type\b/.test(src)) src = "type " + src.trimStart();
  const snippet = await goSnippet({ start: 0, end: 0, lang: "go", value: src, fenced: true, line: 0 });
  return snippet.interfaces.find((i2) => i2.name === hit.decl.name)?.embedded;
}
function where(h) {
  const { startLine, endLine } = h.decl;
  return `${h.rel}:${startLine === endLine ? startLine : `${startLine}-${endLine}`}`;
}
function compare(plan, real) {
  const diffs = [];
  const realBy = new Map(real.map((m) => [m.name, m]));
  const planBy = new Map(plan.methods.map((m) => [m.name, m]));
  for (const m of plan.methods) {
    const r = realBy.get(m.name);
    if (!r) diffs.push(`method ${m.name} is not in the declaration`);
    else if (typesOnly(m.signature) !== typesOnly(r.signature)) diffs.push(`${m.name}${m.signature} is declared as ${m.name}${r.signature}`);
  }
  for (const r of real) if (!planBy.has(r.name)) diffs.push(`method ${r.name}${r.signature} is missing`);
  return diffs;
}
function typesOnly(sig) {
  const lists = [];
  let i2 = 0;
  const s = sig.trim();
  let rest = "";
  while (i2 < s.length) {
    if (s[i2] === "(") {
      let depth = 0;
      let j = i2;
      for (; j < s.length; j++) {
        if (s[j] === "(" || s[j] === "[" || s[j] === "{") depth++;
        else if (s[j] === ")" || s[j] === "]" || s[j] === "}") {
          depth--;
          if (depth === 0) break;
        }
      }
      lists.push(`(${paramTypes(s.slice(i2 + 1, j)).join(", ")})`);
      i2 = j + 1;
    } else {
      rest += s[i2];
      i2++;
    }
  }
  return (lists.join(" ") + " " + rest.replace(/\s+/g, " ")).replace(/\s+/g, " ").trim();
}
function paramTypes(list3) {
  const parts2 = [];
  let depth = 0;
  let cur = "";
  for (const ch of list3) {
    if ("([{".includes(ch)) depth++;
    else if (")]}".includes(ch)) depth--;
    if (ch === "," && depth === 0) {
      parts2.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) parts2.push(cur.trim());
  const named = parts2.some((p) => /^[A-Za-z_]\w*\s+\S/.test(p) && !/^(?:chan|func|map|struct|interface)\b/.test(p));
  if (!named) return parts2.map((p) => p.replace(/\s+/g, " "));
  const out2 = [];
  let pending = 0;
  for (const p of parts2) {
    const m = /^[A-Za-z_]\w*\s+(.+)$/.exec(p);
    if (!m) {
      pending++;
      continue;
    }
    const type = m[1].replace(/\s+/g, " ");
    for (let k = 0; k <= pending; k++) out2.push(type);
    pending = 0;
  }
  return out2;
}

// server/src/core/plan/blocks.ts
var SCOPE_HEADING = /^\s*(?:\d{1,2}[.)]\s*)?(?:the\s+)?(?:building\s+blocks?|module\s+contracts?|components|blocks)\b/i;
var cache5 = /* @__PURE__ */ new WeakMap();
function buildingBlocks(model, plan) {
  let per = cache5.get(model);
  if (!per) cache5.set(model, per = /* @__PURE__ */ new Map());
  let r = per.get(plan.profile);
  if (!r) per.set(plan.profile, r = extract(model, plan));
  return r;
}
function key(label) {
  return label.toLowerCase().split(/[^a-z]+/).filter(Boolean).map((w) => w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w).join(" ");
}
var matchers = /* @__PURE__ */ new WeakMap();
function fieldMatcher(profile) {
  let m = matchers.get(profile);
  if (m) return m;
  const keys = /* @__PURE__ */ new Map();
  for (const f of profile.contractFields) {
    const words2 = key(f).split(" ");
    keys.set(words2.join(" "), f);
  }
  for (const f of profile.contractFields) {
    const words2 = key(f).split(" ");
    for (let i2 = 1; i2 < words2.length; i2++) {
      const suffix = words2.slice(i2).join(" ");
      if (!keys.has(suffix)) keys.set(suffix, f);
    }
  }
  m = { field: (label) => keys.get(key(label)) };
  matchers.set(profile, m);
  return m;
}
var LEAD = /^(\s*(?:>\s*)*(?:(?:[-*+]|\d{1,3}[.)])\s+)?)/;
var FIELD_AT_START = /^(\s*(?:>\s*)*(?:(?:[-*+]|\d{1,3}[.)])\s+)?)(\|\s*)?(\*\*|__|\*|_)?([A-Za-z][A-Za-z /-]{0,40}?)\s*(?::\s*(?:\*\*|__|\*|_)?|(?:\*\*|__|\*|_)\s*(?::|\||\u2014|\u2013|-\s)|(?:\||\u2014|\u2013|-\s))[ \t]*/;
var FIELD_INLINE_BOLD = /(\*\*|__)([A-Za-z][A-Za-z /-]{1,40}?)\s*:\s*\1|(\*\*|__)([A-Za-z][A-Za-z /-]{1,40}?)\3\s*:/g;
var FIELD_INLINE_UPPER = /(?:^|[\s.;(])([A-Z][A-Z /-]{2,40}?):/g;
var BOLD_TITLE = /^(\s{0,3}(?:(?:[-*+]|\d{1,3}[.)])\s+)?)(\*\*|__)(.+?)\2/;
function fieldsOnLine(line, fm) {
  const out2 = [];
  const t = line.text;
  const m = FIELD_AT_START.exec(t);
  let from = 0;
  if (m) {
    const name2 = fm.field(m[4]);
    if (name2) {
      const labelStart = m[1].length + (m[2]?.length ?? 0) + (m[3]?.length ?? 0);
      const form = m[2] ? "table-row" : /[-*+]|\d[.)]/.test(m[1]) ? "list" : "paragraph";
      out2.push({ name: name2, label: m[4].trim(), labelStart: line.start + labelStart, labelEnd: line.start + labelStart + m[4].length, valueStart: line.start + m[0].length, form });
      from = m[0].length;
    }
  }
  const rest = t.slice(from);
  const taken = /* @__PURE__ */ new Set();
  for (const re of [FIELD_INLINE_BOLD, FIELD_INLINE_UPPER]) {
    re.lastIndex = 0;
    let x;
    while (x = re.exec(rest)) {
      const label = x[2] ?? x[4] ?? x[1];
      const name2 = fm.field(label);
      if (!name2) continue;
      const at = from + x.index + x[0].indexOf(label);
      if (taken.has(at)) continue;
      taken.add(at);
      out2.push({ name: name2, label: label.trim(), labelStart: line.start + at, labelEnd: line.start + at + label.length, valueStart: line.start + from + x.index + x[0].length, form: "paragraph" });
    }
  }
  return out2.sort((a, b) => a.labelStart - b.labelStart);
}
function strip(s) {
  return s.replace(/\*\*|__|`/g, "").replace(/\s+/g, " ").trim();
}
function blockName(title) {
  return strip(title).replace(/^\d{1,3}[.)]\s*/, "").replace(/^(?:(?:building\s+)?block|module|component)\s*\d*\s*[:\u2014\u2013-]\s*/i, "").replace(/\s*[\u2014\u2013:]\s*$/, "").replace(/\s*\([^)]*\)\s*$/, "").trim();
}
function extract(model, plan) {
  const section = plan.byRole("concept-model");
  if (!section) return { blocks: [] };
  const fm = fieldMatcher(plan.profile);
  const inSection = model.headings.filter((h) => h.start > section.start && h.start < section.end);
  const scopeHeading = inSection.find((h) => SCOPE_HEADING.test(h.text));
  let scope;
  if (scopeHeading) {
    const next = inSection.find((h) => h.start > scopeHeading.start && h.depth <= scopeHeading.depth);
    scope = { start: scopeHeading.end, end: next ? next.start : section.end };
  } else scope = { start: section.bodyStart, end: section.end };
  const strict = !!scopeHeading;
  const blocks = [];
  const fieldTables = [];
  for (const t of model.tables) {
    if (t.start < scope.start || t.start >= scope.end) continue;
    const cols = t.header.map((c) => fm.field(strip(c.text)));
    if (cols.filter(Boolean).length < 3) continue;
    fieldTables.push(t);
    for (const row of t.rows) {
      const first = row[0];
      if (!first) continue;
      const fields = [];
      const empty2 = [];
      cols.forEach((name2, i2) => {
        const cell = row[i2];
        if (!name2 || !cell) return;
        if (!cell.text.trim()) {
          empty2.push(name2);
          return;
        }
        fields.push({ name: name2, label: strip(t.header[i2].text), labelSpan: { start: t.header[i2].start, end: t.header[i2].end }, value: cell.text, valueSpan: { start: cell.start, end: cell.end }, line: { start: cell.start, end: cell.end }, form: "table-column" });
      });
      const have = new Set(fields.map((f) => f.name));
      blocks.push({
        start: row[0].start,
        end: row[row.length - 1].end,
        name: blockName(first.text),
        title: strip(first.text),
        titleSpan: trimCell(model.text, first),
        titleForm: "table-row",
        fields,
        missing: plan.profile.contractFields.filter((f) => !have.has(f)),
        empty: empty2
      });
    }
  }
  const inFieldTable = (o) => fieldTables.some((t) => t.start <= o && o < t.end);
  const lines = proseLines(model, scope.start, scope.end).filter((l) => !inFieldTable(l.start));
  const headingAt = /* @__PURE__ */ new Map();
  for (const h of inSection) if (h.start >= scope.start && h.start < scope.end) headingAt.set(model.lines.positionAt(h.start).line, h);
  const hits = [];
  const titles = [];
  for (let i2 = 0; i2 < lines.length; i2++) {
    const l = lines[i2];
    const f = fieldsOnLine(l, fm);
    hits.push(f.length ? f : void 0);
    if (f.length && f[0].labelStart - l.start <= leadLength(l.text) + 2) continue;
    const h = headingAt.get(l.line);
    if (h) {
      titles.push({ start: l.start, end: l.end, title: h.text, form: "heading", indent: -1 });
      continue;
    }
    const b = BOLD_TITLE.exec(l.text);
    const isLabel = b && (/:\s*$/.test(b[3]) || /^\s*:/.test(l.text.slice(b[0].length)));
    if (b && !isLabel && indentOf2(l.text) <= 1) {
      titles.push({ start: l.start, end: l.end, title: b[3], form: "bold", indent: b[1].length });
      continue;
    }
    const lead = LEAD.exec(l.text)[1];
    if (/[-*+]|\d[.)]/.test(lead) && i2 + 1 < lines.length) {
      const next = lines[i2 + 1];
      const nf = fieldsOnLine(next, fm);
      if (nf.length && nf[0].form === "list" && indentOf2(next.text) > indentOf2(l.text)) {
        titles.push({ start: l.start, end: l.end, title: l.text.slice(lead.length).split(/\s[\u2014\u2013-]\s|:\s/)[0], form: "list-item", indent: indentOf2(l.text) });
      }
    }
  }
  const fieldLineIdx = (o) => {
    let lo = 0;
    let hi = lines.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (lines[mid].start <= o) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && o <= lines[found].end ? found : -1;
  };
  const pendingEmpty = [];
  for (let ti = 0; ti < titles.length; ti++) {
    const t = titles[ti];
    const end = ti + 1 < titles.length ? titles[ti + 1].start : scope.end;
    const fields = [];
    const empty2 = [];
    const firstLine2 = fieldLineIdx(t.start);
    const flat = [];
    for (let li = firstLine2; li < lines.length && lines[li].start < end; li++) {
      for (const hit of hits[li] ?? []) flat.push({ hit, lineIdx: li });
    }
    flat.forEach(({ hit, lineIdx }, k) => {
      const nextHit = flat[k + 1];
      const l = lines[lineIdx];
      let valueEnd;
      if (nextHit && nextHit.lineIdx === lineIdx) valueEnd = nextHit.hit.labelStart;
      else {
        let lastLine = lineIdx;
        const stop2 = nextHit ? nextHit.lineIdx : lines.length;
        for (let li = lineIdx + 1; li < stop2 && lines[li].start < end; li++) {
          if (lines[li].text.trim()) lastLine = li;
        }
        valueEnd = lines[lastLine].end;
        if (lastLine === lineIdx) valueEnd = l.end;
      }
      if (hit.form === "table-row") {
        const close = model.text.lastIndexOf("|", valueEnd);
        if (close > hit.valueStart) valueEnd = close;
      }
      const value = strip(model.text.slice(hit.valueStart, Math.max(hit.valueStart, valueEnd)).replace(/^\s*(?:\*\*|__)?\s*[:|]?/, ""));
      if (!value) empty2.push(hit.name);
      fields.push({
        name: hit.name,
        label: hit.label,
        labelSpan: { start: hit.labelStart, end: hit.labelEnd },
        value,
        valueSpan: { start: hit.valueStart, end: Math.max(hit.valueStart, valueEnd) },
        line: { start: l.start, end: l.end },
        form: hit.form
      });
    });
    const distinct = new Set(fields.map((f) => f.name));
    if (!strict && distinct.size < 2) continue;
    if (strict && fields.length === 0) {
      if (/[:?.!]\s*$/.test(strip(t.title))) continue;
      pendingEmpty.push(blocks.length);
    }
    let blockEnd2 = t.end;
    for (const f of fields) blockEnd2 = Math.max(blockEnd2, f.valueSpan.end, f.line.end);
    blocks.push({
      start: t.start,
      end: blockEnd2,
      name: blockName(t.title),
      title: strip(t.title),
      titleSpan: titleSpan(model, t),
      titleForm: t.form,
      fields,
      missing: plan.profile.contractFields.filter((f) => !distinct.has(f)),
      empty: [...new Set(empty2)]
    });
  }
  const withFields = new Set(blocks.filter((b) => b.fields.length > 0).map((b) => b.titleForm));
  const drop = new Set(pendingEmpty.filter((i2) => !withFields.has(blocks[i2].titleForm) && withFields.size > 0));
  const kept = blocks.filter((_, i2) => !drop.has(i2));
  kept.sort((a, b) => a.start - b.start);
  return { section, scopeHeading, scope, blocks: kept };
}
function titleSpan(model, t) {
  const text4 = model.text.slice(t.start, t.end);
  const lead = t.form === "heading" ? /^\s*#{1,6}\s*/.exec(text4)?.[0].length ?? 0 : LEAD.exec(text4)[1].length;
  let end = t.end;
  if (t.form === "bold") {
    const b = BOLD_TITLE.exec(text4);
    if (b) end = t.start + b[0].length;
  }
  return { start: t.start + lead, end };
}
function trimCell(text4, cell) {
  let start2 = cell.start;
  let end = cell.end;
  if (text4[start2] === "|") start2++;
  while (start2 < end && /\s/.test(text4[start2])) start2++;
  if (end > start2 && text4[end - 1] === "|") end--;
  while (end > start2 && /\s/.test(text4[end - 1])) end--;
  return { start: start2, end };
}
function indentOf2(s) {
  return /^\s*/.exec(s)[0].length;
}
function leadLength(s) {
  return LEAD.exec(s)[1].length + (/^\s*(?:>\s*)*(?:(?:[-*+]|\d{1,3}[.)])\s+)?\|/.test(s) ? 1 : 0);
}

// server/src/core/rules/macro/mp106-module-contract-incomplete.ts
var FIELD_HINTS = {
  OBSERVES: "what state does this module read? (its inputs)",
  CONTROLS: "what decisions does this module make? (its outputs)",
  OWNS: "what mutable state does it exclusively manage?",
  INVARIANTS: "what must always hold for this module?",
  EVENTS: "what events does it produce or consume? (classify each as EXOGENOUS or ENDOGENOUS)",
  "EXTENSION FRICTION": "how many files must change to add one more variant?"
};
var rule14 = {
  meta: {
    id: "MP106",
    name: "module-contract-incomplete",
    severity: "error",
    description: "A building block of the concept model without all of the module contract fields (OBSERVES, CONTROLS, OWNS, INVARIANTS, EVENTS, EXTENSION FRICTION).",
    scope: "plan",
    kinds: ["macro"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    const { blocks } = buildingBlocks(ctx.model, plan);
    const order = plan.profile.contractFields;
    for (const b of blocks) {
      const missing = b.missing;
      const empty2 = b.empty.filter((f) => !missing.includes(f));
      if (missing.length === 0 && empty2.length === 0) continue;
      const parts2 = [];
      if (missing.length) parts2.push(`lacks ${missing.join(", ")}`);
      if (empty2.length) parts2.push(`leaves ${empty2.join(", ")} empty`);
      const edits = missing.length ? contractEdits(ctx.model, b, order) : [];
      ctx.report({
        start: b.titleSpan.start,
        end: b.titleSpan.end,
        message: `Building block "${b.name}" ${parts2.join(" and ")}: every block needs the module contract (${order.join(", ")}).`,
        fixes: edits.length ? [{ title: `Add the missing contract field${missing.length === 1 ? "" : "s"} to "${b.name}"`, edits }] : void 0
      });
    }
  }
};
function contractEdits(model, b, order) {
  if (b.titleForm === "table-row") return [];
  const text4 = model.text;
  const nl = text4.includes("\r\n") ? "\r\n" : "\n";
  const sample = b.fields.find((f) => f.form !== "table-column");
  let render;
  if (sample) {
    const lineText = text4.slice(sample.line.start, sample.line.end);
    const lead = text4.slice(sample.line.start, sample.labelSpan.start);
    const bold = /(\*\*|__)$/.exec(lead)?.[1] ?? "";
    const leadNoBold = bold ? lead.slice(0, -bold.length) : lead;
    const afterLabel = text4.slice(sample.labelSpan.end, sample.valueSpan.start);
    const upper = sample.label === sample.label.toUpperCase();
    const shown = (f) => upper ? f : f.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
    if (sample.form === "table-row") {
      render = (f) => `${leadNoBold}${bold}${shown(f)}${bold} | TODO: ${FIELD_HINTS[f] ?? "fill in"} |`;
    } else {
      const sep8 = afterLabel || ": ";
      void lineText;
      render = (f) => `${leadNoBold.replace(/\d{1,3}([.)])/, "1$1")}${bold}${shown(f)}${sep8}TODO: ${FIELD_HINTS[f] ?? "fill in"}`;
    }
  } else {
    const titleLine = text4.slice(model.lines.starts[model.lines.positionAt(b.titleSpan.start).line], b.titleSpan.start);
    const indent2 = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/.test(titleLine) ? " ".repeat(titleLine.length) : "";
    render = (f) => `${indent2}- ${f}: TODO: ${FIELD_HINTS[f] ?? "fill in"}`;
  }
  const lineEndOf = (o) => model.lines.lineEnd(model.lines.positionAt(o).line);
  const lineStartOf = (o) => model.lines.starts[model.lines.positionAt(o).line];
  const present = new Map(b.fields.map((f) => [f.name, f]));
  const groups = /* @__PURE__ */ new Map();
  for (const f of b.missing) {
    const i2 = order.indexOf(f);
    let anchor2;
    for (let k = i2 - 1; k >= 0 && !anchor2; k--) {
      const p = present.get(order[k]);
      if (p) anchor2 = { at: lineEndOf(p.valueSpan.end), before: false };
    }
    if (!anchor2) {
      const first = b.fields.length ? b.fields.reduce((a, x) => x.line.start < a.line.start ? x : a) : void 0;
      anchor2 = first ? { at: lineStartOf(first.line.start), before: true } : { at: lineEndOf(b.titleSpan.end), before: false };
    }
    let g = groups.get(anchor2.at);
    if (!g) groups.set(anchor2.at, g = { before: anchor2.before, lines: [] });
    g.lines.push(render(f));
  }
  const edits = [];
  for (const [at, g] of groups) {
    edits.push({ start: at, end: at, newText: g.before ? g.lines.map((l) => l + nl).join("") : g.lines.map((l) => nl + l).join("") });
  }
  return edits.sort((a, b2) => a.start - b2.start);
}

// server/src/core/rules/macro/mp107-building-block-count.ts
var rule15 = {
  meta: {
    id: "MP107",
    name: "building-block-count",
    severity: "warning",
    description: "The concept model has fewer than 3 or more than 7 building blocks.",
    scope: "plan",
    kinds: ["macro"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    const { section, scopeHeading, blocks } = buildingBlocks(ctx.model, plan);
    if (!section) return;
    if (section.unwritten) return;
    const [min, max] = plan.profile.limits.buildingBlocks;
    const n = blocks.length;
    if (n >= min && n <= max) return;
    const where3 = scopeHeading ? { start: scopeHeading.start, end: scopeHeading.end } : headingRange(section);
    const names = blocks.map((b) => b.name).join(", ");
    ctx.report({
      ...where3,
      message: n === 0 ? `The concept model names no building blocks (expected ${min}-${max}): give each one a title (e.g. **1. Router**) followed by its module contract.` : `The concept model has ${plural(n, "building block")} (${names}); the profile expects ${min}-${max}. ${n < min ? "Too few blocks usually means the plan is below the level of a concept model, or blocks are merged." : "A whiteboard-sized model has at most seven blocks: merge or split the plan."}`
    });
  }
};

// server/src/core/rules/macro/mp108-objective-count.ts
var rule16 = {
  meta: {
    id: "MP108",
    name: "objective-count",
    severity: "warning",
    description: "Fewer than 3 or more than 7 objectives.",
    scope: "plan",
    kinds: ["macro"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    const section = plan.byRole("objectives");
    if (!section || section.unwritten) return;
    const found = objectives(ctx.model, section);
    const [min, max] = plan.profile.limits.objectives;
    const n = found.items.length;
    if (n >= min && n <= max) return;
    ctx.report({
      ...found.anchor ?? headingRange(section),
      message: found.anchor ? `${plural(n, "objective")} listed; the profile expects ${min}-${max} crisp objectives.` : `No list of objectives found in this section (expected ${min}-${max}): add an "Objectives" subsection with one list item per objective.`
    });
  }
};
function objectives(model, section) {
  const text4 = model.text;
  const headings = model.headings.filter((h2) => h2.start > section.start && h2.start < section.end);
  let from = section.bodyStart;
  let to = section.end;
  let anchor2;
  const h = headings.find((x) => /\bobjectives?\b/i.test(x.text) && !/non[- ]?goals?/i.test(x.text));
  if (h) {
    anchor2 = { start: h.start, end: h.end };
    from = h.end;
    const next = headings.find((x) => x.start > h.start);
    to = next ? next.start : section.end;
  } else {
    const m = /^[ \t]*(?:\*\*|__)(?:high[- ]level\s+)?objectives?\s*:?\s*(?:\*\*|__)\s*:?[ \t]*$/im.exec(text4.slice(section.bodyStart, section.end));
    if (m) {
      const at = section.bodyStart + m.index;
      anchor2 = { start: at, end: at + m[0].length };
      from = at + m[0].length;
      const next = headings.find((x) => x.start > at);
      to = next ? next.start : section.end;
    }
  }
  const inRange = model.listItems.filter((li) => li.start >= from && li.start < to);
  if (inRange.length === 0) {
    const table = model.tables.find((t) => t.start >= from && t.start < to);
    const numbered = [...text4.slice(from, to).matchAll(/^[ \t]*(?:\*\*|__)?(?:O|Obj(?:ective)?[ \t]*)\d{1,2}\b.*$/gim)];
    if (!table && numbered.length) {
      const items2 = numbered.map((m) => {
        const start2 = from + (m.index ?? 0);
        return { start: start2, end: start2 + m[0].length, text: m[0].trim(), textSpan: { start: start2, end: start2 + m[0].length }, depth: 0, ordered: true };
      });
      return { items: items2, anchor: anchor2 ?? { start: items2[0].start, end: items2[0].end } };
    }
    if (table) return { items: table.rows.map((r) => ({ start: r[0]?.start ?? table.start, end: r[r.length - 1]?.end ?? table.end, text: r[0]?.text ?? "", textSpan: { start: r[0]?.start ?? table.start, end: r[0]?.end ?? table.start }, depth: 0, ordered: false })), anchor: anchor2 ?? { start: table.start, end: table.header[table.header.length - 1]?.end ?? table.start } };
    return { items: [], anchor: anchor2 };
  }
  const depth = Math.min(...inRange.map((li) => li.depth));
  let top = inRange.filter((li) => li.depth === depth);
  if (!anchor2) {
    const opening = text4.slice(from, top[0].start).trim() === "";
    if (!opening) top = top.filter((li) => li.ordered);
    if (top.length === 0) return { items: [] };
  }
  const items = [top[0]];
  for (let i2 = 1; i2 < top.length; i2++) {
    const between = text4.slice(top[i2 - 1].end, top[i2].start);
    if (between.trim() !== "") break;
    items.push(top[i2]);
  }
  return { items, anchor: anchor2 ?? { start: items[0].start, end: items[0].textSpan.end } };
}

// server/src/core/rules/macro/mp109-event-unclassified.ts
var NONE = /^\s*(?:(?:none|n\/?a|no(?:ne)?\s+(?:new\s+)?events?|no|nothing)(?=$|[\s.,;:(])|[-\u2013\u2014]+\s*$)/i;
var rule17 = {
  meta: {
    id: "MP109",
    name: "event-unclassified",
    severity: "warning",
    description: "An event named in a building block's EVENTS field without EXOGENOUS or ENDOGENOUS.",
    scope: "plan",
    kinds: ["macro"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    const classes = plan.profile.eventClasses;
    if (classes.length === 0) return;
    const eventsField = plan.profile.contractFields.find((f) => /event/i.test(f));
    if (!eventsField) return;
    const classRe = new RegExp(`\\b(?:${classes.map(escapeRegExp).join("|")})\\b`, "i");
    for (const b of buildingBlocks(ctx.model, plan).blocks) {
      const f = b.fields.find((x) => x.name === eventsField);
      if (!f || !f.value || NONE.test(f.value)) continue;
      const raw = ctx.model.text.slice(f.valueSpan.start, f.valueSpan.end).replace(/\*\*|__|`/g, "");
      const unclassified = unclassifiedEvents(raw, classRe);
      if (unclassified.length === 0) continue;
      ctx.report({
        start: f.labelSpan.start,
        end: f.valueSpan.end,
        message: `${unclassified.length === 1 ? "Event" : "Events"} ${unclassified.map((e) => `"${e}"`).join(", ")} of "${b.name}" ${unclassified.length === 1 ? "is" : "are"} not classified as ${classes.join(" or ")}.`
      });
    }
  }
};
function unclassifiedEvents(value, classRe) {
  const pieces = [];
  let depth = 0;
  let cur = "";
  for (const ch of value) {
    if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    if (depth === 0 && (ch === "," || ch === ";" || ch === "\n")) {
      pieces.push(cur);
      cur = "";
    } else cur += ch;
  }
  pieces.push(cur);
  const out2 = [];
  let inherited = false;
  for (const raw of pieces) {
    const p = raw.replace(/^[\s\-*+|]+|[\s|]+$/g, "").replace(/\s+/g, " ");
    if (!p) continue;
    const heads = new RegExp(`^(?:consumes?|produces?|emits?)?\\s*:?\\s*${classRe.source}\\s*:`, "i");
    if (heads.test(p) || new RegExp(`${classRe.source}\\s*(?:events?)?\\s*:`, "i").test(p)) inherited = true;
    if (classRe.test(p) || inherited) continue;
    if (NONE.test(p)) continue;
    out2.push(p.length > 60 ? p.slice(0, 57) + "..." : p);
  }
  return out2;
}

// server/src/core/rules/macro/mp110-scoping-table.ts
var rule18 = {
  meta: {
    id: "MP110",
    name: "scoping-table",
    severity: "error",
    description: "The model scoping table is missing, lacks a column of Component / Modeled / Simplified / Omitted / Justification, or a Simplified row has no justification.",
    scope: "plan",
    kinds: ["macro"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    const columns = plan.profile.tables.scoping;
    if (columns.length === 0) return;
    const keys = columns.map(headerKey);
    const section = plan.byRole("objectives");
    const score = (t) => t.header.filter((c) => keys.includes(headerKey(c.text))).length;
    const candidates = ctx.model.tables.filter((t) => score(t) >= 3);
    const inSection = section ? candidates.filter((t) => t.start >= section.start && t.start < section.end) : [];
    const table = (inSection.length ? inSection : candidates).sort((a, b) => score(b) - score(a))[0];
    if (!table) {
      if (!section || section.unwritten) return;
      ctx.report({ ...headingRange(section), message: `No model scoping table: add a table with the columns ${columns.join(" | ")} (what is modeled, simplified or omitted, and why).` });
      return;
    }
    const have = table.header.map((c) => headerKey(c.text));
    const missing = columns.filter((c, i2) => !have.includes(keys[i2]));
    const headerSpan = { start: table.header[0]?.start ?? table.start, end: table.header[table.header.length - 1]?.end ?? table.start };
    if (missing.length) ctx.report({ ...headerSpan, message: `The model scoping table lacks the column${missing.length === 1 ? "" : "s"} ${missing.join(", ")}.` });
    const simplified = have.indexOf(keys[columns.findIndex((c) => /simplif/i.test(c))] ?? "\0");
    const justification = have.indexOf(keys[columns.findIndex((c) => /justif/i.test(c))] ?? "\0");
    if (simplified < 0) return;
    for (const row of table.rows) {
      const s = row[simplified];
      if (!s || isBlankCell(s.text)) continue;
      const j = justification >= 0 ? row[justification] : void 0;
      if (j && !isBlankCell(j.text)) continue;
      const name2 = row[0]?.text.replace(/[*_`]/g, "").trim() || "this row";
      ctx.report({
        start: row[0]?.start ?? s.start,
        end: row[row.length - 1]?.end ?? s.end,
        message: `"${name2}" is simplified (${clip(s.text, 60)}) without a justification: say what real-system behavior is lost and when it would matter.`
      });
    }
  }
};

// server/src/core/rules/macro/mp111-120-util.ts
function planFor(ctx) {
  return ctx.plan ?? planStructure(ctx.model, ctx.profile);
}
function tablesIn(model, span2) {
  return model.tables.filter((t) => t.start >= span2.start && t.start < span2.end);
}
function nameKey(s) {
  return s.toLowerCase().replace(/[`*_]/g, "").split(/[^a-z0-9]+/).filter(Boolean).map((w) => w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w).join(" ");
}
function mentions(text4, name2) {
  const n = nameKey(name2);
  if (!n) return false;
  if (` ${nameKey(text4)} `.includes(` ${n} `)) return true;
  const squash = (s) => nameKey(s).replace(/ /g, "");
  const sq = squash(name2);
  return sq.length >= 8 && squash(text4).includes(sq);
}
function blockNames(model, b) {
  const names = [b.name];
  const lineEnd = model.lines.lineEnd(model.lines.positionAt(b.titleSpan.start).line);
  const after = model.text.slice(b.titleSpan.start, lineEnd);
  const paren = /\(([^)]*,[^)]*)\)/.exec(after);
  if (paren) {
    for (const m of paren[1].split(/\s*,\s*|\s+and\s+/)) if (nameKey(m)) names.push(m.trim());
  }
  return names;
}
function namesBlock(model, text4, b) {
  return blockNames(model, b).some((n) => mentions(text4, n));
}
function matchColumns(header, required, aliases = {}) {
  const keys = header.map((c) => ` ${labelKey(c.text)} `);
  return required.map((name2) => {
    const wanted = [name2, ...aliases[name2] ?? []].map((n) => labelKey(n)).filter(Boolean);
    let idx = keys.findIndex((k) => wanted.some((w) => k.trim() === w));
    if (idx < 0) idx = keys.findIndex((k) => wanted.some((w) => k.includes(` ${w} `)));
    return idx;
  });
}
function appendColumnsEdits(model, table, names) {
  const first = model.lines.positionAt(table.start).line;
  const last = model.lines.positionAt(Math.max(table.start, table.end - 1)).line;
  const edits = [];
  for (let l = first; l <= last; l++) {
    const text4 = model.lines.lineText(l);
    if (!text4.includes("|")) continue;
    const end = model.lines.lineEnd(l);
    const closed = /\|\s*$/.test(text4);
    const cells = l === first ? names : l === first + 1 ? names.map(() => "---") : names.map(() => " ");
    const add = cells.map((c) => ` ${c} |`).join("");
    edits.push({ start: end, end, newText: closed ? add : ` |${add}` });
  }
  return edits;
}
function quote(s, max = 60) {
  const t = s.replace(/\s+/g, " ").trim();
  return `"${t.length > max ? `${t.slice(0, max - 1)}\u2026` : t}"`;
}
function list(names) {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
function insertionPoint(model, span2) {
  let l = model.lines.positionAt(Math.max(span2.start, span2.end - 1)).line;
  const firstLine2 = model.lines.positionAt(span2.start).line;
  while (l > firstLine2) {
    const t = model.lines.lineText(l).trim();
    if (t === "" || /^([-*_])(\s*\1){2,}$/.test(t)) l--;
    else break;
  }
  return model.lines.lineEnd(l);
}

// server/src/core/rules/macro/mp111-risk-register.ts
var ALIASES2 = {
  "Decision": ["Risk", "Architectural Decision", "Choice", "Decision / Risk"],
  "Assumption": ["Assumptions", "Key Assumption"],
  "Validation Method": ["Validation", "How to Validate", "Validation Approach", "Validation Plan"],
  "Cost if Wrong": ["Cost of Being Wrong", "Cost if Wrong (PRs)", "Cost", "Rework Cost", "Cost if wrong"],
  "Gate": ["Validation Gate", "When", "Gate (before PR)"],
  "Risk": ["Risk Description", "Decision", "Architectural Decision", "Decision / Risk"],
  "Cost of Being Wrong": ["Cost if Wrong", "Cost", "Rework Cost"],
  "Validation": ["Validation Method", "How to Validate", "Validation Approach", "Validation Plan", "Success Criteria"],
  "Abort Plan": ["Abort", "Abort Criteria", "Fallback", "Fallback Plan", "If Validation Fails"]
};
var NOTHING = /^(?:|-+|\u2014|\u2013|n\/?a|none|tbd|todo|\?|\.\.\.|\u2026)$/i;
var WORDS = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
var COUNT = /(?<!PR[ \t]?-?[ \t]?)(?<![\d.])(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(?:more\s+|other\s+|downstream\s+|subsequent\s+)?(?:PRs?|pull requests?)\b/gi;
var RANGE = /\bPRs?[ \t]?-?[ \t]?(\d{1,4})\s*(?:-|–|—|\.\.|to|through)\s*(?:PR[ \t]?-?[ \t]?)?(\d{1,4})\b/g;
var ALL = /\ball\s+(?:\w+\s+)?PRs\b|\bevery\s+(?:\w+\s+)?PR\b|\bentire\s+(?:PR\s+)?series\b|\bwhole\s+(?:PR\s+)?series\b/i;
function costInPrs(text4) {
  if (ALL.test(text4)) return Infinity;
  let n = 0;
  COUNT.lastIndex = 0;
  let m;
  while (m = COUNT.exec(text4)) n = Math.max(n, WORDS[m[1].toLowerCase()] ?? Number(m[1]));
  RANGE.lastIndex = 0;
  while (m = RANGE.exec(text4)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b > a) n = Math.max(n, b - a + 1);
  }
  n = Math.max(n, new Set(prRefs(text4).map((r) => r.number)).size);
  return n;
}
var rule19 = {
  meta: {
    id: "MP111",
    name: "risk-register",
    severity: "error",
    description: "The risk register table lacks a column of the profile (Decision / Assumption / Validation Method / Cost if Wrong / Gate by default), or a risk costing 3 PRs or more lacks what validation needs (a gate naming a PR; the template's validation and abort plan).",
    scope: "plan",
    kinds: ["macro"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const plan = planFor(ctx);
    const section = plan.byRole("risks");
    if (!section || section.unwritten) return;
    const required = ctx.profile.tables.risks;
    const tables = tablesIn(ctx.model, section);
    const header = `| ${required.join(" | ")} |`;
    if (!tables.length) {
      ctx.report({ start: section.heading.start, end: section.heading.end, message: `The risk register has no table. Give each non-obvious decision a row of ${header}.` });
      return;
    }
    let best = tables[0];
    let cols = matchColumns(best.header, required, ALIASES2);
    for (const t of tables.slice(1)) {
      const c = matchColumns(t.header, required, ALIASES2);
      if (c.filter((i2) => i2 >= 0).length > cols.filter((i2) => i2 >= 0).length) {
        best = t;
        cols = c;
      }
    }
    const missing = required.filter((_, i2) => cols[i2] < 0);
    if (missing.length) {
      const h = best.header;
      ctx.report({
        start: h[0]?.start ?? best.start,
        end: h[h.length - 1]?.end ?? best.end,
        message: `The risk register lacks the column${missing.length > 1 ? "s" : ""} ${list(missing)} (expected ${header}).`,
        fixes: [{ title: `Add the column${missing.length > 1 ? "s" : ""} ${list(missing)}`, edits: appendColumnsEdits(ctx.model, best, missing) }]
      });
    }
    const costly = ctx.profile.costlyRisks;
    if (!costly) return;
    const [costCol] = matchColumns(best.header, [costly.cost], ALIASES2);
    if (costCol < 0) return;
    const filledCols = matchColumns(best.header, costly.filled, ALIASES2);
    const prCols = matchColumns(best.header, costly.namingPr, ALIASES2);
    const threshold = ctx.profile.limits.mandatoryValidationPRs;
    for (const row of best.rows) {
      const cost = row[costCol];
      if (!cost) continue;
      const n = costInPrs(cost.text);
      if (n < threshold) continue;
      const amount = n === Infinity ? "every PR" : `${n} PRs`;
      const costs = `${quote(row[0]?.text ?? "This risk")} costs ${amount} if wrong (${quote(cost.text, 40)})`;
      const unfilled = costly.filled.filter((_, i2) => NOTHING.test((row[filledCols[i2]]?.text ?? "").trim()));
      if (unfilled.length) {
        const cell = unfilled.map((name2) => row[filledCols[costly.filled.indexOf(name2)]]).find((c) => c) ?? cost;
        ctx.report({
          start: cell.start,
          end: cell.end,
          message: `${costs} but has no ${unfilled.join(" and no ")}: validation is mandatory at ${threshold} PRs or more. Write the validation with specific success criteria, and the abort plan (what changes if it fails).`
        });
      }
      costly.namingPr.forEach((name2, i2) => {
        const gate = prCols[i2] >= 0 ? row[prCols[i2]] : void 0;
        if (gate && prRefs(gate.text).length) return;
        const where3 = gate ?? cost;
        const label = name2.toLowerCase();
        ctx.report({
          start: where3.start,
          end: where3.end,
          message: `${costs} but its ${label} ${gate ? `(${quote(gate.text, 40)}) names no PR` : "is missing"}: validation is mandatory at ${threshold} PRs or more. Name the PR it must complete before ("Before PR 3 merge") and plan a spike or pre-PR validation step.`
        });
      });
    }
  }
};

// server/src/core/rules/macro/mp112-pr-card-incomplete.ts
var PLACEHOLDER = "TODO";
function anchor(model, card, tier, tiered) {
  const own3 = card.fields.filter((f) => f.tier === tier);
  const last = own3[own3.length - 1];
  if (last) return { at: blockEnd(model, card, last), like: last, header: false };
  const marker = card.tierMarkers.find((m) => m.tier === tier);
  const like = card.fields.find((f) => f.tier !== 0) ?? card.fields[0];
  if (marker) return { at: marker.end, like, header: false };
  if (tier === 1) {
    const next = card.tierMarkers.find((m) => m.tier === 2)?.start ?? card.fields.find((f) => f.tier === 2)?.start;
    if (next !== void 0) return { at: trimBack(model, next), like, header: true };
  }
  return { at: trimBack(model, card.end), like, header: tiered };
}
function blockEnd(model, card, f) {
  let next = card.end;
  for (const o of card.fields) if (o.start > f.start && o.start < next) next = o.start;
  for (const m of card.tierMarkers) if (m.start > f.start && m.start < next) next = m.start;
  if (f.form === "table") return f.end;
  return trimBack(model, next);
}
function trimBack(model, offset) {
  let l = model.lines.positionAt(offset).line;
  if (model.lines.starts[l] === offset) l--;
  while (l > 0) {
    const t = model.lines.lineText(l).trim();
    if (t === "" || /^([-*_])(\s*\1){2,}$/.test(t)) l--;
    else break;
  }
  return model.lines.lineEnd(Math.max(l, 0));
}
function fieldLine(name2, like) {
  if (like?.form === "table") return `| **${name2}** | ${PLACEHOLDER} |`;
  const lead = like ? like.lead : "- ";
  return like && !like.bold ? `${lead}${name2}: ${PLACEHOLDER}` : `${lead}**${name2}:** ${PLACEHOLDER}`;
}
function insertion(model, card, tier, names, tiered) {
  const a = anchor(model, card, tier, tiered);
  const lines = names.map((n) => fieldLine(n, a.like));
  let text4 = `
${lines.join("\n")}`;
  if (a.header) {
    const title = tier === 1 ? "Tier 1: Human Review Summary" : "Tier 2: Implementation Guide";
    text4 = `

**${title}**

${a.like?.form === "table" ? "| Field | Value |\n|---|---|\n" : ""}${lines.join("\n")}`;
  } else if (a.like && a.like.form !== "table" && card.tierMarkers.some((m) => m.end === a.at)) {
    text4 = `

${lines.join("\n")}`;
  }
  return { start: a.at, end: a.at, newText: text4 };
}
var rule20 = {
  meta: {
    id: "MP112",
    name: "pr-card-incomplete",
    severity: "error",
    description: "A PR card lacks a field of the profile's PR card (Tier 1 or Tier 2 for the prompt), or leaves one empty.",
    scope: "plan",
    kinds: ["macro"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const plan = planFor(ctx);
    const tiered = ctx.profile.prCard.tiered !== false;
    const fields = (tier, names) => `${tiered ? `${tier} ` : "the "}field${names.length > 1 ? "s" : ""} ${list(names)}`;
    for (const card of prCards(ctx.model, plan)) {
      const { tier1, tier2 } = card.missing;
      if (tier1.length || tier2.length) {
        const parts2 = [];
        if (tier1.length) parts2.push(fields("Tier 1", tier1));
        if (tier2.length) parts2.push(fields("Tier 2", tier2));
        const edits = [];
        if (tier1.length) edits.push(insertion(ctx.model, card, 1, tier1, tiered));
        if (tier2.length) edits.push(insertion(ctx.model, card, 2, tier2, tiered));
        if (edits.length === 2 && edits[0].start === edits[1].start) edits.splice(0, 2, { ...edits[0], newText: edits[0].newText + edits[1].newText });
        ctx.report({
          start: card.heading.start,
          end: card.heading.end,
          message: `${card.id} lacks ${parts2.join(" and ")}.${card.merged ? " (The PR is marked merged: reported as info.)" : ""}`,
          fixes: [{ title: `Add the missing fields to ${card.id}`, edits }],
          // A merged PR's card is history: a gap there is worth knowing, not blocking.
          severity: card.merged ? "info" : void 0
        });
      }
      for (const f of card.empty) {
        ctx.report({ start: f.labelSpan.start, end: f.labelSpan.end, message: `${card.id}: the field ${f.name} is empty. Fill it in (the template asks for it in every PR card).`, severity: card.merged ? "info" : void 0 });
      }
    }
  }
};

// server/src/core/rules/macro/mp113-pr-extension-type.ts
function head2(value) {
  return value.split(/\s*(?:\(|\u2014|\u2013|:|;|\s-\s|\.\s)/)[0].replace(/[.\s]+$/, "").trim();
}
function distance(a, b) {
  const d = Array.from({ length: b.length + 1 }, (_, i2) => i2);
  for (let i2 = 1; i2 <= a.length; i2++) {
    let prev = d[0];
    d[0] = i2;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i2 - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}
function matchType(written, types) {
  const k = labelKey(written).replace(/^new /, "");
  return types.find((t) => labelKey(t) === k);
}
function closeType(written, types) {
  const k = labelKey(written);
  const hits = types.filter((t) => {
    const tk = labelKey(t);
    return distance(k, tk) <= 2 || ` ${k} `.includes(` ${tk} `);
  });
  return hits.length === 1 ? hits[0] : void 0;
}
var rule21 = {
  meta: {
    id: "MP113",
    name: "pr-extension-type",
    severity: "error",
    description: "A PR's Extension Type is not one of the profile's types (default: policy template, subsystem module, backend swap, tier composition).",
    scope: "plan",
    kinds: ["macro"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const types = ctx.profile.extensionTypes;
    if (!types.length) return;
    for (const card of prCards(ctx.model, planFor(ctx))) {
      const f = card.extensionType;
      if (!f || !f.hasContent) continue;
      const h = head2(f.value);
      const parts2 = h.split(/\s*(?:\+|\/|,|&|\band\b)\s*/).filter(Boolean);
      if (parts2.length && parts2.every((p) => matchType(p, types))) continue;
      const bad = parts2.filter((p) => !matchType(p, types));
      const close = bad.length === 1 && parts2.length === 1 ? closeType(bad[0], types) : void 0;
      const fixes = [];
      if (close) {
        const src = ctx.model.text.slice(f.valueSpan.start, f.valueSpan.end);
        const at = src.toLowerCase().indexOf(bad[0].toLowerCase());
        if (at >= 0) fixes.push({ title: `Change to "${close}"`, edits: [{ start: f.valueSpan.start + at, end: f.valueSpan.start + at + bad[0].length, newText: close }] });
      }
      ctx.report({
        start: f.valueSpan.start,
        end: f.valueSpan.end,
        message: `${card.id}: Extension Type ${quote(h || f.value, 50)} is not one of ${types.map((t) => `"${t}"`).join(", ")}${close ? ` (did you mean "${close}"?)` : ""}. Every PR follows the recipe of one extension type; a change below the extension threshold still names the closest one.`,
        fixes: fixes.length ? fixes : void 0
      });
    }
  }
};

// server/src/core/rules/macro/mp114-pr-building-block-unknown.ts
var rule22 = {
  meta: {
    id: "MP114",
    name: "pr-building-block-unknown",
    severity: "warning",
    description: "A PR's Building Block Change names no building block of the concept model.",
    scope: "plan",
    kinds: ["macro"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const plan = planFor(ctx);
    const { blocks } = buildingBlocks(ctx.model, plan);
    if (!blocks.length) return;
    for (const card of prCards(ctx.model, plan)) {
      const f = card.buildingBlockChange;
      if (!f || !f.hasContent) continue;
      const text4 = ctx.model.text.slice(f.valueSpan.start, f.valueSpan.end);
      if (blocks.some((b) => namesBlock(ctx.model, text4, b))) continue;
      ctx.report({
        start: f.valueSpan.start,
        end: f.valueSpan.end,
        message: `${card.id}: Building Block Change ${quote(f.value, 50)} names no building block of the concept model (${list(blocks.map((b) => b.name))}). Every PR adds or modifies one specific block; if none fits, redesign the PR or the model.`
      });
    }
  }
};

// server/src/core/plan/dag.ts
var cache6 = /* @__PURE__ */ new WeakMap();
function dependencyGraph(model, plan) {
  let g = cache6.get(plan);
  if (!g) cache6.set(plan, g = build3(model, plan));
  return g;
}
var MERGED2 = /\b(?:merged|already|existing|prior|previous|earlier|external|upstream|outside this plan)\b/i;
function build3(model, plan) {
  const cards = prCards(model, plan);
  const nodes = [];
  const defined = /* @__PURE__ */ new Set();
  for (const c of cards) {
    if (defined.has(c.number)) continue;
    defined.add(c.number);
    nodes.push({ id: c.id, number: c.number, title: c.title, span: { start: c.heading.start, end: c.heading.end } });
  }
  const regions = [];
  for (const role of ["pr-plan", "dag"]) {
    const s = plan.byRole(role);
    if (s) regions.push({ start: s.start, end: s.end });
  }
  if (!regions.length) regions.push({ start: 0, end: model.text.length });
  regions.sort((a, b) => a.start - b.start);
  const all2 = [];
  const inRegion = (o) => regions.some((r) => r.start <= o && o < r.end);
  const hidden = hiddenSpans(model);
  for (const r of regions) {
    const first = model.lines.positionAt(r.start).line;
    for (let l = first; l < model.lines.lineCount && model.lines.starts[l] < r.end; l++) {
      const start2 = model.lines.starts[l];
      if (inSpans(hidden, start2)) continue;
      const text4 = model.lines.lineText(l);
      if (!text4.includes("PR")) continue;
      arrowEdges(text4, start2, "arrow", all2);
      dependsPhrases(text4, start2, cardAt(cards, start2), all2);
    }
  }
  for (const t of model.tables) if (inRegion(t.start)) tableEdges(t, model.text, all2);
  for (const cb of model.codeBlocks) {
    if (!inRegion(cb.start)) continue;
    const firstLine2 = cb.line + (cb.fenced ? 1 : 0);
    const lastLine = model.lines.positionAt(cb.end).line - (cb.fenced ? 1 : 0);
    const lines = [];
    for (let l = firstLine2; l <= lastLine && l < model.lines.lineCount; l++) lines.push({ text: model.lines.lineText(l), start: model.lines.starts[l] });
    if ((cb.lang ?? "").toLowerCase() === "mermaid") mermaidEdges(lines, all2);
    else diagramEdges(lines, all2);
  }
  for (const c of cards) for (const d of c.dependsOn) all2.push({ from: d.number, to: c.number, span: { start: d.start, end: d.end }, fromSpan: d, toSpan: { start: c.heading.start, end: c.heading.end }, source: "depends-on" });
  all2.sort((a, b) => a.span.start - b.span.start || a.fromSpan.start - b.fromSpan.start);
  const edges = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of all2) {
    const k = `${e.from}>${e.to}`;
    if (seen.has(k)) continue;
    seen.add(k);
    edges.push(e);
  }
  const unknown = [];
  if (defined.size) {
    const reported = /* @__PURE__ */ new Set();
    for (const e of all2) {
      for (const [n, s] of [[e.from, e.fromSpan], [e.to, e.toSpan]]) {
        if (defined.has(n)) continue;
        const key2 = `${n}@${s.start}`;
        if (reported.has(key2)) continue;
        reported.add(key2);
        const line = model.lines.lineText(model.lines.positionAt(s.start).line);
        if (MERGED2.test(line)) continue;
        unknown.push({ number: n, span: { start: s.start, end: s.end } });
      }
    }
  }
  const cyc = findCycles(edges.map((e) => ({ from: e.from, to: e.to })));
  const edgeOf = new Map(edges.map((e) => [`${e.from}>${e.to}`, e]));
  const cycles = cyc.map((prs) => ({ prs, edges: prs.map((p, i2) => edgeOf.get(`${p}>${prs[(i2 + 1) % prs.length]}`)) }));
  return { nodes, edges, allEdges: all2, cycles, unknown };
}
var ARROW = /-\.+->|--[ \t][^\n]{1,40}?[ \t]-->|==[ \t][^\n]{1,40}?[ \t]==>|(?:-|─|━|=){1,}[>►▶]|[→⟶⇒➜➝➔⟹►▶]/g;
var LABELS = /^(?:\s|\[[^\]]*\]|\([^)]*\)|\{[^}]*\}|"[^"]*"|:::[\w-]+|\*\*|`|:(?=\s*$))*$/;
var AFTER = /^\s*(?:\|[^|]*\|)?\s*[{(\[]?\s*(?:\*\*|`)?\s*$/;
var JOIN = /^(?:\s|\[[^\]]*\]|\([^)]*\)|\*\*|`)*(?:,|&|\+|\/|\band\b)(?:\s|\*\*|`)*$/;
var BRANCH = /^[\s│├└╰┌┬┴┼─━|`\\+'-]*$/;
function arrowEdges(text4, base, source, out2, refs) {
  const toks = [];
  for (const r of refs ?? prRefs(text4, 0)) toks.push({ kind: "pr", start: r.start, end: r.end, number: r.number });
  if (!toks.length) return [];
  ARROW.lastIndex = 0;
  let m;
  while (m = ARROW.exec(text4)) {
    if (m.index > 0 && text4[m.index - 1] === "<") continue;
    toks.push({ kind: "arrow", start: m.index, end: m.index + m[0].length });
  }
  toks.sort((a, b) => a.start - b.start);
  const orphans = [];
  let prev;
  let pendingArrow;
  let chainStart = 0;
  for (let i2 = 0; i2 < toks.length; i2++) {
    const t = toks[i2];
    if (t.kind === "arrow") {
      const gap = prev ? text4.slice(prev.end, t.start) : void 0;
      if (prev && LABELS.test(gap) && !pendingArrow) pendingArrow = t;
      else {
        if (!prev && BRANCH.test(text4.slice(0, t.start))) orphans.push(t);
        prev = void 0;
        pendingArrow = void 0;
      }
      continue;
    }
    const group = { refs: [t], start: t.start, end: t.end };
    let j = i2 + 1;
    while (j < toks.length && toks[j].kind === "pr" && JOIN.test(text4.slice(toks[j - 1].end, toks[j].start))) {
      group.refs.push(toks[j]);
      group.end = toks[j].end;
      j++;
    }
    i2 = j - 1;
    if (pendingArrow && prev && AFTER.test(text4.slice(pendingArrow.end, group.start))) {
      for (const a of prev.refs) for (const b of group.refs) {
        out2.push({ from: a.number, to: b.number, span: { start: base + Math.min(chainStart, a.start), end: base + group.end }, fromSpan: { start: base + a.start, end: base + a.end }, toSpan: { start: base + b.start, end: base + b.end }, source });
      }
    } else {
      chainStart = group.start;
      const orphan = orphans.length && orphans[orphans.length - 1].end <= group.start && AFTER.test(text4.slice(orphans[orphans.length - 1].end, group.start)) ? orphans[orphans.length - 1] : void 0;
      if (orphan) orphan.target = group;
    }
    prev = group;
    pendingArrow = void 0;
  }
  return orphans;
}
var DEP_COLUMN = /depend|prereq|requires|blocked by|^\s*after\b|upstream|predecessor/i;
function tableEdges(t, text4, out2) {
  const dep = t.header.findIndex((c) => DEP_COLUMN.test(c.text));
  if (dep < 0) return;
  const refs = (c) => prRefs(text4.slice(c.start, c.end), c.start);
  for (const row of t.rows) {
    const own3 = row.findIndex((c, i2) => i2 !== dep && prRefs(c.text).length > 0);
    const cell = row[dep];
    if (own3 < 0 || !cell || own3 > dep) continue;
    const src = row[own3];
    const to = refs(src)[0];
    if (!to) continue;
    for (const r of refs(cell)) if (r.number !== to.number) out2.push({ from: r.number, to: to.number, span: { start: src.start, end: cell.end }, fromSpan: r, toSpan: to, source: "arrow" });
  }
}
var DEPENDS_PHRASE = /\bPR[ \t]?-?[ \t]?(\d{1,4})\s+(?:also\s+|only\s+)?(?:(?:depends|builds)\s+(?:on|upon)|requires|is blocked by|must follow|comes after)\s+((?:PR[ \t]?-?[ \t]?\d{1,4}(?:\s*(?:,|&|and)\s*)?)+|this(?:\s+PR)?\b)/g;
function dependsPhrases(text4, base, card, out2) {
  DEPENDS_PHRASE.lastIndex = 0;
  let m;
  while (m = DEPENDS_PHRASE.exec(text4)) {
    const to = Number(m[1]);
    const toSpan = { start: base + m.index, end: base + m.index + m[0].indexOf(m[1]) + m[1].length };
    const span2 = { start: base + m.index, end: base + m.index + m[0].length };
    if (/^this/.test(m[2])) {
      if (card && card.number !== to) out2.push({ from: card.number, to, span: span2, fromSpan: { start: base + m.index + m[0].length - m[2].length, end: span2.end }, toSpan, source: "depends-on" });
      continue;
    }
    const off = m.index + m[0].length - m[2].length;
    for (const r of prRefs(m[2], base + off)) out2.push({ from: r.number, to, span: span2, fromSpan: r, toSpan, source: "depends-on" });
  }
}
var CONNECTOR = /^[\s│|┃║╎┆┊⋮︙:▼↓⬇vV]*$/;
var DOWN = /[▼↓⬇vV]/g;
function diagramEdges(lines, out2) {
  const refs = lines.map((l) => prRefs(l.text, 0));
  const isConnector = lines.map((l, i2) => !refs[i2].length && l.text.trim() !== "" && CONNECTOR.test(l.text) && /[▼↓⬇│|┃║vV]/.test(l.text));
  const nearest = (rs, col, leftOnly = false) => {
    let best;
    let bestD = Infinity;
    for (const r of rs) {
      if (leftOnly && r.start > col) continue;
      const d = col < r.start ? r.start - col : col >= r.end ? col - r.end + 1 : 0;
      if (d < bestD || leftOnly && d === bestD) {
        best = r;
        bestD = d;
      }
    }
    return best;
  };
  const abs = (i2, r) => ({ start: lines[i2].start + r.start, end: lines[i2].start + r.end });
  for (let i2 = 0; i2 < lines.length; i2++) {
    if (refs[i2].length) {
      const orphans = arrowEdges(lines[i2].text, lines[i2].start, "diagram", out2, refs[i2]);
      for (const o of orphans) {
        const target = o.target;
        if (!target) continue;
        const col = lines[i2].text.search(/\S/);
        for (let k = i2 - 1; k >= 0; k--) {
          if (!refs[k].length) continue;
          const src = nearest(refs[k], Math.max(col, 0), true) ?? refs[k][0];
          for (const t of target.refs) out2.push({ from: src.number, to: t.number, span: { start: lines[k].start + src.start, end: lines[i2].start + t.end }, fromSpan: abs(k, src), toSpan: { start: lines[i2].start + t.start, end: lines[i2].start + t.end }, source: "diagram" });
          break;
        }
      }
      continue;
    }
    if (!isConnector[i2]) continue;
    DOWN.lastIndex = 0;
    let m;
    while (m = DOWN.exec(lines[i2].text)) {
      const col = m.index;
      let up = i2 - 1;
      while (up >= 0 && isConnector[up]) up--;
      let down = i2 + 1;
      while (down < lines.length && isConnector[down]) down++;
      if (up < 0 || down >= lines.length || !refs[up].length || !refs[down].length) continue;
      const a = nearest(refs[up], col);
      const b = nearest(refs[down], col);
      out2.push({ from: a.number, to: b.number, span: { start: lines[up].start + a.start, end: lines[down].start + b.end }, fromSpan: abs(up, a), toSpan: abs(down, b), source: "diagram" });
    }
  }
}
var MERMAID_SKIP = /^\s*(?:graph|flowchart|subgraph|end\b|classDef|class\s|style\s|linkStyle|click\s|direction\s|%%)/;
var M_NODE = /([A-Za-z_][\w-]*)\s*(\[\[[^\]]*\]\]|\[\([^\]]*\)\]|\[[^\]]*\]|\(\([^)]*\)\)|\([^)]*\)|\{\{[^}]*\}\}|\{[^}]*\}|>[^\]]*\])?(?::::[\w-]+)?/y;
var M_ARROW = /\s*(?:-\.+->|--[^\n>-][^\n>]*?-->|==[^\n>=][^\n>]*?==>|-{2,}>|={2,}>|-{2,}[ox]|<-{2,}>)\s*(?:\|[^|]*\|)?\s*/y;
var M_AMP = /\s*&\s*/y;
function mermaidEdges(lines, out2) {
  const idToPr = /* @__PURE__ */ new Map();
  const nodeDef = /([A-Za-z_][\w-]*)\s*(?:\[\[?|\(\(?|\{\{?|>)([^\]\)\}\n]*)/g;
  for (const l of lines) {
    if (MERMAID_SKIP.test(l.text)) continue;
    nodeDef.lastIndex = 0;
    let m;
    while (m = nodeDef.exec(l.text)) {
      const r = prRefs(m[2])[0];
      if (r && !idToPr.has(m[1])) idToPr.set(m[1], r.number);
    }
  }
  const prOf = (id) => {
    const own3 = /^PR[-_]?(\d{1,4})$/i.exec(id);
    return own3 ? Number(own3[1]) : idToPr.get(id);
  };
  for (const l of lines) {
    if (MERMAID_SKIP.test(l.text)) continue;
    let offset = 0;
    for (const stmt of l.text.split(";")) {
      const base = l.start + offset;
      offset += stmt.length + 1;
      let pos = stmt.search(/\S/);
      if (pos < 0) continue;
      const groups = [];
      let cur = [];
      while (pos < stmt.length) {
        M_NODE.lastIndex = pos;
        const n = M_NODE.exec(stmt);
        if (!n) break;
        cur.push({ pr: prOf(n[1]), span: { start: base + pos, end: base + pos + n[1].length } });
        pos = M_NODE.lastIndex;
        M_AMP.lastIndex = pos;
        if (M_AMP.exec(stmt)) {
          pos = M_AMP.lastIndex;
          continue;
        }
        M_ARROW.lastIndex = pos;
        const a = M_ARROW.exec(stmt);
        const directed = !!a && !/-{2,}[ox]\s*$|^\s*<-/.test(a[0]);
        groups.push({ nodes: cur, arrowAfter: directed });
        cur = [];
        if (!a) break;
        pos = M_ARROW.lastIndex;
      }
      if (cur.length) groups.push({ nodes: cur, arrowAfter: false });
      for (let g = 0; g + 1 < groups.length; g++) {
        if (!groups[g].arrowAfter) continue;
        for (const a of groups[g].nodes) for (const b of groups[g + 1].nodes) {
          if (a.pr === void 0 || b.pr === void 0) continue;
          out2.push({ from: a.pr, to: b.pr, span: { start: a.span.start, end: b.span.end }, fromSpan: a.span, toSpan: b.span, source: "mermaid" });
        }
      }
    }
  }
}
function findCycles(edges, maxCycles = 100) {
  const adj = /* @__PURE__ */ new Map();
  for (const e of edges) {
    let a = adj.get(e.from);
    if (!a) adj.set(e.from, a = []);
    if (!a.includes(e.to)) a.push(e.to);
  }
  for (const a of adj.values()) a.sort((x, y) => x - y);
  const scc = sccIds(adj);
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort((a, b) => a - b);
  const out2 = [];
  let budget = 2e5;
  for (const s of nodes) {
    if (out2.length >= maxCycles || budget <= 0) break;
    const comp = scc.get(s);
    const path21 = [s];
    const onPath = /* @__PURE__ */ new Set([s]);
    const iters = [0];
    while (path21.length && budget-- > 0 && out2.length < maxCycles) {
      const v = path21[path21.length - 1];
      const next = adj.get(v) ?? [];
      const i2 = iters[iters.length - 1];
      if (i2 >= next.length) {
        path21.pop();
        iters.pop();
        onPath.delete(v);
        continue;
      }
      iters[iters.length - 1]++;
      const w = next[i2];
      if (w === s) {
        out2.push(path21.slice());
        continue;
      }
      if (w < s || onPath.has(w) || scc.get(w) !== comp) continue;
      path21.push(w);
      onPath.add(w);
      iters.push(0);
    }
  }
  return out2;
}
function sccIds(adj) {
  const index2 = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const comp = /* @__PURE__ */ new Map();
  const stack = [];
  const on = /* @__PURE__ */ new Set();
  let counter = 0;
  let compId = 0;
  const all2 = /* @__PURE__ */ new Set();
  for (const [k, vs] of adj) {
    all2.add(k);
    for (const v of vs) all2.add(v);
  }
  for (const root of all2) {
    if (index2.has(root)) continue;
    const work = [{ v: root, i: 0 }];
    index2.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    on.add(root);
    while (work.length) {
      const top = work[work.length - 1];
      const next = adj.get(top.v) ?? [];
      if (top.i < next.length) {
        const w = next[top.i++];
        if (!index2.has(w)) {
          index2.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          on.add(w);
          work.push({ v: w, i: 0 });
        } else if (on.has(w)) low.set(top.v, Math.min(low.get(top.v), index2.get(w)));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].v;
        low.set(parent, Math.min(low.get(parent), low.get(top.v)));
      }
      if (low.get(top.v) === index2.get(top.v)) {
        let w;
        do {
          w = stack.pop();
          on.delete(w);
          comp.set(w, compId);
        } while (w !== top.v);
        compId++;
      }
    }
  }
  return comp;
}

// server/src/core/rules/macro/mp115-dag-invalid.ts
var rule23 = {
  meta: {
    id: "MP115",
    name: "dag-invalid",
    severity: "error",
    description: "The PR dependency graph has a cycle or names a PR that the plan does not define.",
    scope: "plan",
    kinds: ["macro"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const g = dependencyGraph(ctx.model, planFor(ctx));
    for (const c of g.cycles) {
      const path21 = [...c.prs, c.prs[0]].map((n) => `PR ${n}`).join(" \u2192 ");
      const closing = c.edges[c.edges.length - 1];
      ctx.report({
        start: closing.span.start,
        end: closing.span.end,
        message: c.prs.length === 1 ? `PR ${c.prs[0]} depends on itself.` : `The PR dependency graph has a cycle: ${path21}. A PR series is a partial order: remove or reverse one of these dependencies.`
      });
    }
    const ids = g.nodes.map((n) => n.id);
    const defined = ids.length <= 8 ? ids.join(", ") : `${ids.length} PRs, ${ids[0]} to ${ids[ids.length - 1]}`;
    for (const u of g.unknown) {
      ctx.report({
        start: u.span.start,
        end: u.span.end,
        message: `The dependency graph names PR ${u.number}, which the plan does not define (its PRs: ${defined}). Add its card, fix the number, or say it is already merged.`
      });
    }
  }
};

// server/src/core/rules/macro/mp116-deferred-item.ts
var DEFERRED = /\baddress(?:ed)?\s+(?:when|as|if)\s+needed\b|\b(?:when|as|if)\s+needed\b|\bTBD\b|\bTBA\b|\bto be (?:decided|determined|defined|assigned|confirmed)\b|\blater\b|\beventually\b|\bfuture (?:work|PRs?)\b|\bin a (?:follow[- ]up|future) PR\b/gi;
var OWNER = /\b(?:each|every|the same|the introducing|the first)\s+PR\b|\bthe PR (?:that|which|introducing|causing)\b|\bstandalone (?:preparatory )?PR\b/i;
var rule24 = {
  meta: {
    id: "MP116",
    name: "deferred-item",
    severity: "warning",
    description: '"address when needed", "TBD" or "later" stands in for an owner in the cross-cutting section.',
    scope: "plan",
    kinds: ["macro"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const { model } = ctx;
    const section = planFor(ctx).byRole("cross-cutting");
    if (!section || section.unwritten) return;
    const headingLines = new Set(model.headings.filter((h) => h.start >= section.start && h.start < section.end).map((h) => h.line));
    for (const ln of proseLines(model, section.bodyStart, section.end)) {
      if (headingLines.has(ln.line)) continue;
      DEFERRED.lastIndex = 0;
      const m = DEFERRED.exec(ln.text);
      if (!m) continue;
      const unit = unitAt(ctx.model, ln.start + m.index, ln);
      const unitText = model.text.slice(unit.start, unit.end);
      if (prRefs(unitText).length || OWNER.test(unitText)) continue;
      ctx.report({
        start: ln.start + m.index,
        end: ln.start + m.index + m[0].length,
        message: `"${m[0]}" stands in for an owner: assign this cross-cutting item to a specific PR (or a standalone preparatory PR). No item may be left as "address when needed".`
      });
    }
  }
};
function unitAt(model, offset, ln) {
  if (/^\s*\|/.test(ln.text)) return { start: ln.start, end: ln.end };
  let best;
  for (const li of model.listItems) {
    if (li.textSpan.start <= offset && offset < li.textSpan.end && (!best || li.textSpan.start >= best.start)) best = li.textSpan;
  }
  if (best) return best;
  let first = model.lines.positionAt(ln.start).line;
  let last = first;
  while (first > 0 && model.lines.lineText(first - 1).trim() && !/^\s*#/.test(model.lines.lineText(first - 1))) first--;
  while (last + 1 < model.lines.lineCount && model.lines.lineText(last + 1).trim()) last++;
  return { start: model.lines.starts[first], end: model.lines.lineEnd(last) };
}

// server/src/core/rules/macro/mp117-revision-note.ts
var REVISION_HEADING = /\b(?:revision|revisions|changelog|change\s*log|history|what changed|amendments?)\b/i;
var NOTE_START = /^\s*(?:>\s*)*(?:(?:[-*+]|\d{1,3}[.)])\s+)?(?:\*\*|__|\*|_)?\s*(?:revision(?:\s+notes?)?|revised|rev\.|updated?|changelog|change\s*log|amended|amendment)\b/i;
var VERSION_ONLY = /^\s*(?:>\s*)*(?:(?:[-*+]|\d{1,3}[.)])\s+)?(?:\*\*|__|\*|_)?\s*(?:revision|rev\.?|version)\s*(?:\*\*|__|\*|_)?\s*:?\s*(?:\*\*|__|\*|_)?\s*v?\d+(?:\.\d+)*\s*(?:\*\*|__|\*|_)?\s*$/i;
var LEAD_IN = /^\s*(?:>\s*)*(?:\*\*|__|\*|_)?\s*(?:revision\s+(?:notes?|history|log)|revisions|changelog|change\s*log|history)\s*(?:\([^)\n]*\))?\s*:?\s*(?:\*\*|__|\*|_)?\s*:?\s*$/i;
var ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
var MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
var OTHER_DATES = [
  { re: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/, ymd: (m) => [+m[1], +m[2], +m[3]] },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i"), ymd: (m) => [+m[3], MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1, +m[2]] },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, "i"), ymd: (m) => [+m[3], MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1, +m[1]] },
  // 19/02/2026 or 02/19/2026: only unambiguous when one part is above 12.
  { re: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/, ymd: (m) => +m[1] > 12 && +m[2] <= 12 ? [+m[3], +m[2], +m[1]] : +m[2] > 12 && +m[1] <= 12 ? [+m[3], +m[1], +m[2]] : void 0 }
];
function validIso(m) {
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}
function pad(n) {
  return String(n).padStart(2, "0");
}
function notesAtTop(model, top) {
  const notes = [];
  const taken = /* @__PURE__ */ new Set();
  const add = (s) => {
    if (taken.has(s.start)) return;
    taken.add(s.start);
    const text4 = model.text.slice(s.start, s.end);
    if (!VERSION_ONLY.test(text4) && !LEAD_IN.test(text4)) notes.push({ ...s, text: text4 });
  };
  const heads = model.headings.filter((h) => h.start >= top.start && h.start < top.end);
  for (const h of heads) {
    if (!REVISION_HEADING.test(h.text)) continue;
    const next = heads.find((o) => o.start > h.start && o.depth <= h.depth);
    const region = { start: h.end, end: next ? next.start : top.end };
    const subs = heads.filter((o) => o.start > h.start && o.start < region.end);
    if (subs.length) {
      for (const s of subs) add({ start: s.start, end: s.end });
      continue;
    }
    for (const li of model.listItems) if (li.depth === 0 && li.start >= region.start && li.start < region.end) add(li.textSpan);
    for (const t of model.tables) if (t.start >= region.start && t.start < region.end) {
      for (const r of t.rows) if (r.length) add({ start: r[0].start, end: r[r.length - 1].end });
    }
    let prevBlank = true;
    for (const ln of proseLines(model, region.start, region.end)) {
      const blank = !ln.text.trim();
      if (!blank && prevBlank && !THEMATIC_BREAK.test(ln.text) && !/^\s*(?:[-*+]|\d{1,3}[.)])\s|^\s*\||^\s*#/.test(ln.text)) add(paragraphAt(model, ln.line));
      prevBlank = blank;
    }
  }
  for (const ln of proseLines(model, top.start, top.end)) {
    if (!NOTE_START.test(ln.text) || VERSION_ONLY.test(ln.text)) continue;
    if (heads.some((h) => h.start === ln.start)) continue;
    const item = model.listItems.find((li) => li.textSpan.start <= ln.start + ln.text.length && ln.start <= li.textSpan.start && li.textSpan.start < ln.end);
    add(item ? item.textSpan : paragraphAt(model, ln.line));
  }
  return notes.sort((a, b) => a.start - b.start);
}
function paragraphAt(model, line) {
  let last = line;
  const ends = (text4) => !text4.trim() || THEMATIC_BREAK.test(text4) || /^\s*(?:[-*+]|\d{1,3}[.)])\s|^\s*#/.test(text4);
  while (last + 1 < model.lines.lineCount && !ends(model.lines.lineText(last + 1))) last++;
  return { start: model.lines.starts[line], end: model.lines.lineEnd(last) };
}
var rule25 = {
  meta: {
    id: "MP117",
    name: "revision-note",
    severity: "info",
    description: "A revision note at the top of the plan is not dated YYYY-MM-DD.",
    scope: "plan",
    kinds: ["macro"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const { model } = ctx;
    const plan = planFor(ctx);
    const firstSection = plan.sections[0]?.start ?? model.headings.find((h) => h.depth <= 2 && h.start > 0)?.start;
    if (firstSection === void 0) return;
    for (const note of notesAtTop(model, { start: 0, end: firstSection })) {
      const iso = ISO.exec(note.text);
      if (iso && validIso(iso)) continue;
      let fixes;
      let found = "";
      for (const d of OTHER_DATES) {
        const m = d.re.exec(note.text);
        if (!m) continue;
        const ymd = d.ymd(m);
        found = m[0];
        if (ymd && ymd[1] >= 1 && ymd[1] <= 12 && ymd[2] >= 1 && ymd[2] <= 31) {
          const isoText = `${ymd[0]}-${pad(ymd[1])}-${pad(ymd[2])}`;
          fixes = [{ title: `Write the date as ${isoText}`, edits: [{ start: note.start + m.index, end: note.start + m.index + m[0].length, newText: isoText }] }];
        }
        break;
      }
      const firstLineEnd = model.lines.lineEnd(model.lines.positionAt(note.start).line);
      ctx.report({
        start: note.start,
        end: Math.min(note.end, firstLineEnd),
        message: found ? `Revision note dated ${quote(found, 30)}: write the date as YYYY-MM-DD so notes sort and compare.` : `Revision note ${quote(note.text, 50)} has no date: start it with the date it was written (YYYY-MM-DD), then what changed and why.`,
        fixes
      });
    }
  }
};

// server/src/core/rules/macro/mp118-uncited-claim.ts
var LINE_REF = /[\w./-]+\.[A-Za-z]{1,6}(?::\d+|#L\d+)/;
var FILE_REF = /(?:^|[\s`(["'])[\w./-]*[\w-]\.(?:go|mod|sum|json|ya?ml|toml|md|py|sh|txt|proto|sql|csv|ts|js)\b/;
var DIR_REF = /`\.?[\w-]+(?:\/[\w.-]+)*\/`/;
var MARKED = /\bUNVERIFIED\b|\binferred\b|\binference\b|\bassum(?:e|ed|ption)\b|\bunconfirmed\b/i;
var NOT_FACTS = /infer|uncertain|open question|questions|unknown|unverified|assumption|hypothes|non-goal|after this plan|proposed|to be built|plan(?:ned)? changes|risks?\b|this plan (?:will|adds|introduces|changes)|\bwill (?:add|be added|change|introduce)|strateg|approach\b|extraction targets?|next steps|to be (?:added|built|written|extracted)/i;
var PLANNED = /\b(?:will|would|shall|going to|this plan|the plan|planned|to be (?:added|built|written|extracted))\b|^(?:[^:]{1,60}:\s+)?(?:add|pull|extract|introduce|replace|move|rename|remove|split|create|wire|expose|make|turn|convert|refactor|migrate|deprecate|delete)\s/i;
var NEGATIVE = /^(?:no|none|nothing|not any)\b/i;
var CODE_NAME = /`([^`\n]+)`|\b([A-Z][A-Za-z0-9]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+)\(?|\b([A-Za-z_][A-Za-z0-9_]*)\(\)/g;
var CITING_HEADER = /file|line|citation|location|source|evidence|reference|where|path/i;
var PLANNED_HEADER = /affected|change|impact|planned|proposed|target|new\b|after/i;
function grounded(model, s, text4) {
  if (LINE_REF.test(text4) || FILE_REF.test(text4) || DIR_REF.test(text4) || MARKED.test(text4)) return true;
  return model.citations.some((c) => c.start >= s.start && c.end <= s.end);
}
var rule26 = {
  meta: {
    id: "MP118",
    name: "uncited-claim",
    severity: "warning",
    description: "A confirmed-fact item in the recon section has no citation and no UNVERIFIED mark.",
    scope: "plan",
    kinds: ["macro"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const { model } = ctx;
    const section = planFor(ctx).byRole("recon");
    if (!section || section.unwritten) return;
    const contexts = [];
    for (const h of model.headings) if (h.start > section.start && h.start < section.end) contexts.push({ at: h.start, text: h.text });
    for (let l = model.lines.positionAt(section.bodyStart).line; l < model.lines.lineCount && model.lines.starts[l] < section.end; l++) {
      const t = model.lines.lineText(l);
      if (/^\s*(?:\*\*|__)[^*_]+(?:\*\*|__)\s*:?\s*$|^\s*(?:\*\*|__)[^*_]+:(?:\*\*|__)|^\s*(?:\*\*|__)[^*_]+(?:\*\*|__).*:\s*$|^[^-*+|#\s].*:\s*$/.test(t)) contexts.push({ at: model.lines.starts[l], text: t });
    }
    contexts.sort((a, b) => a.at - b.at);
    const contextAt = (o) => {
      let c;
      for (const x of contexts) if (x.at < o) c = x.text;
      else break;
      return c ?? "";
    };
    const citedNames = /* @__PURE__ */ new Set();
    for (let l = model.lines.positionAt(section.bodyStart).line; l < model.lines.lineCount && model.lines.starts[l] < section.end; l++) {
      const t = model.lines.lineText(l);
      if (LINE_REF.test(t)) for (const n of codeNames(t)) citedNames.add(n);
    }
    const claims = [];
    const items = model.listItems.filter((li) => li.start >= section.bodyStart && li.start < section.end);
    for (const li of items) {
      const text4 = li.text.trim();
      if (!text4 || /:\s*$/.test(text4)) continue;
      const parent = items.filter((p) => p !== li && p.start < li.start && li.end <= p.end).pop();
      const context = contextAt(li.start);
      if (NOT_FACTS.test(context) || parent && NOT_FACTS.test(parent.text)) continue;
      if (parent && grounded(model, parent.textSpan, parent.text)) continue;
      if (!parent && (LINE_REF.test(context) || FILE_REF.test(context)) && /:\s*$/.test(context)) continue;
      if (PLANNED.test(text4) || NEGATIVE.test(text4.replace(/^[*_`\s]+/, ""))) continue;
      if (codeNames(model.text.slice(li.textSpan.start, li.end)).some((n) => citedNames.has(n))) continue;
      claims.push({ start: li.textSpan.start, end: li.end, text: text4, insertAt: li.textSpan.start });
    }
    for (const t of tablesIn(model, { start: section.bodyStart, end: section.end })) {
      if (!isFactTable(model, t) || NOT_FACTS.test(contextAt(t.start)) || t.header.some((c) => NOT_FACTS.test(c.text) || PLANNED_HEADER.test(c.text))) continue;
      for (const row of t.rows) {
        if (!row.length) continue;
        const span2 = { start: row[0].start, end: row[row.length - 1].end };
        claims.push({ ...span2, text: row.map((c) => c.text).join(" | "), insertAt: cellContentStart(model.text, row[0]) });
      }
    }
    for (const c of claims) {
      if (grounded(model, c, model.text.slice(c.start, c.end))) continue;
      ctx.report({
        start: c.start,
        end: Math.min(c.end, model.lines.lineEnd(model.lines.positionAt(c.start).line)),
        message: `Claim ${quote(c.text)} has no file:line citation. Cite the code it describes, or mark it UNVERIFIED (and do not rely on it later in the plan).`,
        fixes: [{ title: "Mark the claim UNVERIFIED", edits: [{ start: c.insertAt, end: c.insertAt, newText: "UNVERIFIED: " }] }]
      });
    }
  }
};
function codeNames(text4) {
  const out2 = [];
  for (const m of text4.matchAll(CODE_NAME)) {
    const raw = (m[1] ?? m[2] ?? m[3] ?? "").replace(/\(.*$/, "").trim();
    if (/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(raw) && raw.length > 2) out2.push(raw);
  }
  return out2;
}
function isFactTable(model, t) {
  if (t.header.some((c) => CITING_HEADER.test(c.text))) return true;
  if (!t.rows.length) return false;
  const citing = t.rows.filter((r) => r.length && grounded(model, { start: r[0].start, end: r[r.length - 1].end }, r.map((c) => c.text).join(" "))).length;
  return citing * 2 >= t.rows.length;
}

// server/src/core/rules/macro/mp119-correspondence-table.ts
var SYSTEMS = /llm-?d|vllm|sglang|other|trt|tensorrt|triton|dynamo|kserve|reference/i;
var HEADING = /correspondence|real[- ]system|mapping/i;
var ALIASES3 = { "Building Block": ["Block", "Building Blocks", "Concept Model Block"] };
var rule27 = {
  meta: {
    id: "MP119",
    name: "correspondence-table",
    severity: "warning",
    description: "The real-system correspondence table is missing, lacks its columns, or omits a building block.",
    scope: "plan",
    kinds: ["macro"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const { model } = ctx;
    const plan = planFor(ctx);
    const section = plan.byRole("concept-model");
    if (!section || section.unwritten) return;
    const { blocks } = buildingBlocks(model, plan);
    const required = ctx.profile.tables.correspondence;
    const heading = model.headings.find((h2) => h2.start > section.start && h2.start < section.end && HEADING.test(h2.text));
    const tables = tablesIn(model, section);
    const byHeading = heading ? tables.find((t) => t.start > heading.start) : void 0;
    const table = byHeading ?? tables.find((t) => t.header.some((c) => SYSTEMS.test(c.text)) || matchColumns(t.header, required, ALIASES3).some((i2) => i2 >= 0));
    const skeleton = () => {
      const cols2 = [...required, "llm-d", "vLLM", "SGLang", "Other"].filter((c, i2, a) => a.indexOf(c) === i2);
      const rows = (blocks.length ? blocks.map((b) => b.name) : ["(block)"]).map((n) => `| ${n} |${" |".repeat(cols2.length - 1)}`);
      return `

${heading ? "" : "### Real-System Correspondence\n\n"}| ${cols2.join(" | ")} |
|${"---|".repeat(cols2.length)}
${rows.join("\n")}`;
    };
    if (!table) {
      const at = heading ? heading.end : insertionPoint(model, section);
      ctx.report({
        start: (heading ?? section.heading).start,
        end: (heading ?? section.heading).end,
        message: "The concept model has no real-system correspondence table: map each building block to the real components it models (| Building Block | llm-d | vLLM | SGLang | Other |).",
        fixes: [{ title: "Insert a correspondence table", edits: [{ start: at, end: at, newText: skeleton() }] }]
      });
      return;
    }
    const cols = matchColumns(table.header, required, ALIASES3);
    const missing = required.filter((_, i2) => cols[i2] < 0);
    const others = table.header.filter((_, i2) => !cols.includes(i2));
    const h = table.header;
    const problems = [];
    if (missing.length) problems.push(`lacks the column${missing.length > 1 ? "s" : ""} ${list(missing)} (its first column should name the concept model's building blocks)`);
    if (!others.length) problems.push("maps to no real system (add columns such as llm-d, vLLM, SGLang, Other)");
    const nameCol = cols[0] >= 0 ? cols[0] : 0;
    const names = table.rows.map((r) => r[nameCol]?.text ?? "");
    const omitted = blocks.filter((b) => !names.some((n) => namesBlock(model, n, b)));
    if (omitted.length) problems.push(`omits the building block${omitted.length > 1 ? "s" : ""} ${list(omitted.map((b) => b.name))}`);
    if (!problems.length) return;
    let fixes;
    if (omitted.length && table.rows.length) {
      const lastRow = table.rows[table.rows.length - 1];
      const lineEnd = model.lines.lineEnd(model.lines.positionAt(lastRow[lastRow.length - 1].end - 1).line);
      const newRows = omitted.map((b) => `
| ${b.name} |${" |".repeat(Math.max(h.length - 1, 0))}`).join("");
      fixes = [{ title: `Add rows for ${list(omitted.map((b) => b.name))}`, edits: [{ start: lineEnd, end: lineEnd, newText: newRows }] }];
    }
    ctx.report({
      start: table.start,
      end: model.lines.lineEnd(model.lines.positionAt(table.start).line),
      message: `The correspondence table ${list(problems)}.${omitted.length ? " Every block maps to the real components it models (N/A where a system has none)." : ""}`,
      fixes
    });
  }
};

// server/src/core/plan/ids.ts
var EXTERNAL = /design[- ]doc|design document|defined in\b|(?:^|[\s(])see\s+(?:the\s+)?(?:\[|`|\S+\s+(?:section|§|doc))|\]\([^)]*\.md\b|\bper the\b.*\b(?:doc|document|spec)\b/i;
var RANGE2 = /\b(BC|INV)-(\d{1,4})\s*(?:through|thru|to|until|\u2013|\u2014|-|\.\.\.?|\u2026)\s*(?:\1-)?(\d{1,4})\b/g;
var INLINE_DEF = /^(?:\*\*|__|`)?(?:\s*\([^)]*\))?(?:\*\*|__)?:(?:\*\*|__)?\s/;
var cache7 = /* @__PURE__ */ new WeakMap();
function contractIds(model, plan) {
  let idx = cache7.get(plan);
  if (!idx) cache7.set(plan, idx = build4(model, plan));
  return idx;
}
function build4(model, plan) {
  const cards = prCards(model, plan);
  const byNumber = /* @__PURE__ */ new Map();
  for (const c of cards) if (!byNumber.has(c.number)) byNumber.set(c.number, c);
  const defs = [];
  const rawUses = [];
  const external = /* @__PURE__ */ new Set();
  const duplicates = [];
  const seen = /* @__PURE__ */ new Map();
  const anyDef = /* @__PURE__ */ new Map();
  const multi = [];
  const tableDefs = /* @__PURE__ */ new Map();
  const fenced = fencedContractLines(model, plan);
  const section = plan.profile.kind === "micro" ? plan.byRole("contracts") : void 0;
  const contractsSection = section ? { start: section.bodyStart, end: section.end } : void 0;
  const lines = fenced.length ? [...proseLines(model, 0, model.text.length), ...fenced].sort((a, b) => a.start - b.start) : proseLines(model, 0, model.text.length);
  for (const ln of lines) {
    const matches = idMatches(ln.text, ln.start);
    if (!matches.length) continue;
    const card = cardAt(cards, ln.start);
    if (EXTERNAL.test(ln.text)) {
      for (const m of matches) external.add(m.id);
      RANGE2.lastIndex = 0;
      let r;
      while (r = RANGE2.exec(ln.text)) {
        const a = Number(r[2]);
        const b = Number(r[3]);
        if (b >= a && b - a <= 500) for (let n = a; n <= b; n++) external.add(`${r[1]}-${n}`);
      }
    }
    const tableRow = /^\s*\|/.test(ln.text);
    let found = idDefinitionAt(ln.text);
    if (found && !tableRow && contractsSection && !definesContract(model, contractsSection, ln)) found = void 0;
    const def = found && tableRow && found.kind === "BC" ? void 0 : found;
    const lineNames = prRefs(ln.text).map((r) => r.number);
    const later = [];
    for (const m of matches) {
      const first = !!def && m.start === ln.start + def.col;
      const inline = !first && m.kind === "BC" && !tableRow && (!!card || !!def) && INLINE_DEF.test(ln.text.slice(m.end - ln.start));
      if (inline && def && m.start > ln.start + def.col) later.push(m);
      if (first && tableRow) {
        if (!tableDefs.has(m.id)) tableDefs.set(m.id, { kind: m.kind, id: m.id, start: m.start, end: m.end, scope: "plan" });
        continue;
      }
      if (first || inline) {
        const scope = m.kind === "BC" && card ? card.id : "plan";
        const d = { kind: m.kind, id: m.id, start: m.start, end: m.end, scope, card: m.kind === "BC" ? card : void 0 };
        const key2 = `${scope}\0${m.id}`;
        const first2 = seen.get(key2);
        if (first2) duplicates.push({ def: d, first: first2 });
        else seen.set(key2, d);
        if (!anyDef.has(m.id)) anyDef.set(m.id, d);
        defs.push(d);
        continue;
      }
      const after = /^\s*(?:of|in|from)\s+PR[ \t]?-?[ \t]?(\d{1,4})/.exec(ln.text.slice(m.end - ln.start));
      const before = /PR[ \t]?-?[ \t]?(\d{1,4})(?:'s|\u2019s)?\s*$/.exec(ln.text.slice(0, m.start - ln.start));
      const qualified = after ? Number(after[1]) : before ? Number(before[1]) : void 0;
      rawUses.push({ m: { kind: m.kind, id: m.id, start: m.start, end: m.end, card, external: false }, lineNames, qualified });
    }
    if (def && later.length) {
      const lead = ln.text.slice(0, def.col).replace(/(?:\*\*|__|`|\*|_)+$/, "");
      const splits = later.map((m) => {
        let at = m.start;
        while (at > ln.start && /[*_`]/.test(model.text[at - 1])) at--;
        return at;
      });
      multi.push({ start: ln.start, end: ln.end, ids: [def.id, ...later.map((m) => m.id)], splits, lead });
    }
  }
  for (const d of tableDefs.values()) {
    if (seen.has(`plan\0${d.id}`)) continue;
    seen.set(`plan\0${d.id}`, d);
    if (!anyDef.has(d.id)) anyDef.set(d.id, d);
    defs.push(d);
  }
  defs.sort((a, b) => a.start - b.start);
  const uses = [];
  const undef = /* @__PURE__ */ new Map();
  for (const { m, lineNames, qualified } of rawUses) {
    let d;
    if (m.kind === "INV") d = seen.get(`plan\0${m.id}`);
    else {
      if (qualified !== void 0 && byNumber.has(qualified)) d = seen.get(`${byNumber.get(qualified).id}\0${m.id}`);
      if (!d && m.card) d = seen.get(`${m.card.id}\0${m.id}`);
      const q = /^BC-(\d+)-\d+$/.exec(m.id);
      const named = q ? [Number(q[1]), ...lineNames] : lineNames;
      for (const n of named) {
        if (d) break;
        const c = byNumber.get(n);
        if (c) d = seen.get(`${c.id}\0${m.id}`);
      }
      if (!d) d = seen.get(`plan\0${m.id}`) ?? anyDef.get(m.id);
    }
    m.def = d;
    m.external = !d && external.has(m.id);
    uses.push(m);
    if (!d && !m.external) {
      const key2 = m.id;
      let u = undef.get(key2);
      if (!u) undef.set(key2, u = { kind: m.kind, id: m.id, uses: [] });
      u.uses.push(m);
    }
  }
  const all2 = [...defs.map((d) => ({ start: d.start, end: d.end, def: d })), ...uses.map((u) => ({ start: u.start, end: u.end, def: u.def }))].sort((a, b) => a.start - b.start);
  return {
    defs,
    multi,
    uses,
    external,
    duplicates,
    undefinedIds: [...undef.values()],
    definitionAt(offset) {
      let lo = 0;
      let hi = all2.length - 1;
      while (lo <= hi) {
        const mid = lo + hi >> 1;
        if (all2[mid].end < offset) lo = mid + 1;
        else if (all2[mid].start > offset) hi = mid - 1;
        else return all2[mid].def;
      }
      return void 0;
    }
  };
}
function definesContract(model, section, ln) {
  if (ln.start >= section.start && ln.start < section.end) return true;
  if (/\bGIVEN\b/.test(ln.text)) return true;
  const next = /^\n?\s*\n?([^\n]*)/.exec(model.text.slice(ln.end, ln.end + 400));
  return !!next && /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:GIVEN|Given)\b/.test(next[1]);
}
function fencedContractLines(model, plan) {
  if (plan.profile.kind !== "micro") return [];
  const section = plan.byRole("contracts");
  if (!section) return [];
  const out2 = [];
  for (const b of model.codeBlocks) {
    if (!b.fenced || b.start < section.bodyStart || b.start >= section.end || /^go(?:lang)?$/i.test(b.lang ?? "")) continue;
    for (let l = model.lines.positionAt(b.start).line + 1; l < model.lines.lineCount; l++) {
      const start2 = model.lines.starts[l];
      if (start2 >= b.end) break;
      const end = model.lines.lineEnd(l);
      out2.push({ line: l, start: start2, end, text: model.text.slice(start2, end) });
    }
  }
  return out2;
}

// server/src/core/rules/macro/mp120-contract-ids.ts
var rule28 = {
  meta: {
    id: "MP120",
    name: "contract-ids",
    severity: "warning",
    description: "A BC-n or INV-n is defined twice in one scope, referenced and never defined (in the plan or the project's id sources), or one line defines several contracts.",
    scope: "plan",
    kinds: ["macro", "micro"],
    needs: ["plan-structure", "project-ids"]
  },
  check(ctx) {
    const { model } = ctx;
    const ids = contractIds(model, planFor(ctx));
    for (const d of ids.duplicates) {
      const where3 = d.def.scope === "plan" ? "in this plan" : `in ${d.def.scope}`;
      ctx.report({
        start: d.def.start,
        end: d.def.end,
        message: `${d.def.id} is defined twice ${where3} (first on line ${model.lines.positionAt(d.first.start).line + 1}). Renumber one of them${d.def.kind === "BC" ? "; a changed contract keeps a note of the old one" : ""}.`
      });
    }
    for (const m of ids.multi) {
      const names = m.ids.length === 2 ? `${m.ids[0]} and ${m.ids[1]}` : `${m.ids.slice(0, -1).join(", ")} and ${m.ids[m.ids.length - 1]}`;
      const sep8 = m.lead.trim() ? `
${m.lead}` : "\n\n";
      const edits = m.splits.map((at) => {
        let from = at;
        while (from > m.start && /[ \t;,]/.test(model.text[from - 1])) from--;
        return { start: from, end: at, newText: sep8 };
      });
      ctx.report({
        start: m.start,
        end: m.end,
        message: `This line defines ${m.ids.length} contracts (${names}). Give each its own line, so each has its own text and can be referenced on its own.`,
        fixes: [{ title: `Split into ${m.ids.length} lines`, edits }]
      });
    }
    const invs = ids.undefinedIds.filter((u) => u.kind === "INV");
    const project = invs.length ? ctx.projectIds : void 0;
    const plansOwn = ids.defs.some((d) => d.kind === "INV");
    for (const u of ids.undefinedIds) {
      if (u.kind === "INV" && (project?.get(u.id) || !plansOwn && !project?.files.length)) continue;
      const first = u.uses[0];
      const what = u.kind === "BC" ? "behavioural contract" : "invariant";
      const more = u.uses.length > 1 ? ` (${u.uses.length} mentions)` : "";
      const sources = u.kind === "INV" && project?.files.length ? `${project.files.slice(0, 3).join(", ")}${project.files.length > 3 ? ", ..." : ""}` : void 0;
      const what2 = sources ? `but the invariant ${u.id} is defined neither in this plan nor in the project's id sources (${sources})` : `but no ${what} ${u.id} is defined in this plan`;
      ctx.report({
        start: first.start,
        end: first.end,
        message: `${u.id} is referenced${more} ${what2}. Define it (\`- ${u.id}: ...\`${u.kind === "BC" ? ctx.profile.kind === "micro" ? " under Behavioral Contracts" : " in the PR card" : " under System Invariants"}), or point to the document that does ("as defined in the design doc").`
      });
    }
  }
};

// server/src/core/rules/macro/mp121-section-unwritten.ts
var rule29 = {
  meta: {
    id: "MP121",
    name: "section-unwritten",
    severity: "warning",
    description: "A section still to be written: its body is empty or only a placeholder (TODO, TBD, <TBD>, ..., (to be written)). Its content rules wait until it is written.",
    scope: "plan",
    kinds: ["macro", "micro"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    const seen = /* @__PURE__ */ new Set();
    for (const s of plan.sections) {
      if (!s.spec || seen.has(s.spec)) continue;
      seen.add(s.spec);
      const u = s.unwritten;
      if (!u) continue;
      const what = u.placeholder ? `its body is only ${quote(u.placeholder, 40)}` : "it is empty";
      const optional = s.spec.required ? "" : `, or remove it: the "${plan.profile.name}" profile does not require it`;
      ctx.report({
        ...headingRange(s),
        message: `Section ${describeSpec(s.spec)} is still to be written (${what}). Write it (its content is checked once it has some)${optional}.`
      });
    }
  }
};

// server/src/core/plan/micro.ts
var cache8 = /* @__PURE__ */ new WeakMap();
var DEFAULT_PREFIXES = ["BC", "NC", "EC"];
function microPlan(model, plan) {
  let m = cache8.get(plan);
  if (!m) cache8.set(plan, m = build5(model, plan, plan.profile.micro));
  return m;
}
var idReCache = /* @__PURE__ */ new Map();
function idRe(prefixes) {
  const key2 = prefixes.join("|");
  let re = idReCache.get(key2);
  if (!re) {
    const p = `(?:${prefixes.map(escapeRegExp).join("|")})`;
    re = new RegExp(`\\b(${p})-(\\d{1,4})\\b(?![-.]\\d)(?:\\s*(?:\\.\\.\\.?|\\u2026|\\u2013|\\u2014|through|thru|to)\\s*(?:(${p})-)?(\\d{1,4})\\b(?![-.]\\d))?`, "g");
    idReCache.set(key2, re);
  }
  re.lastIndex = 0;
  return re;
}
function contractIdsIn(text4, prefixes = DEFAULT_PREFIXES) {
  const out2 = [];
  const re = idRe(prefixes);
  let m;
  while (m = re.exec(text4)) {
    const a = Number(m[2]);
    const b = m[4] !== void 0 && (!m[3] || m[3] === m[1]) ? Number(m[4]) : a;
    for (let n = a; n <= (b >= a && b - a <= 100 ? b : a); n++) {
      const id = `${m[1]}-${n}`;
      if (!out2.includes(id)) out2.push(id);
    }
  }
  return out2;
}
var TASK_HEADING = /^task\s+(\d{1,3})\b\s*(?:[:.)\u2014\u2013-]\s*)?(.*)$/i;
function build5(model, plan, spec2) {
  const prefixes = spec2?.contractPrefixes?.length ? spec2.contractPrefixes : DEFAULT_PREFIXES;
  const clauses = spec2?.clauses?.length ? spec2.clauses : ["GIVEN", "WHEN", "THEN"];
  const text4 = model.text;
  const goBlocks = model.codeBlocks.filter((c) => (c.lang ?? "").toLowerCase() === "go");
  const inGo = (offset) => inSpans(goBlocks, offset);
  const section = plan.byRole("contracts");
  const scope = section ? { start: section.bodyStart, end: section.end } : { start: 0, end: text4.length };
  const contracts = readContracts(model, scope, prefixes, clauses, inGo);
  const tasks = [];
  const headings = model.headings;
  for (let i2 = 0; i2 < headings.length; i2++) {
    const h = headings[i2];
    const m = TASK_HEADING.exec(h.text.replace(/[*_`]/g, "").trim());
    if (!m) continue;
    let end = text4.length;
    for (let k = i2 + 1; k < headings.length; k++) {
      if (headings[k].depth <= h.depth) {
        end = headings[k].start;
        break;
      }
    }
    const sec = plan.sectionAt(h.start);
    if (sec && sec.end < end) end = sec.end;
    tasks.push(readTask(model, h, Number(m[1]), m[2].trim(), { start: h.start, end }, prefixes));
  }
  return { contracts, tasks, contractsSection: section ? { start: section.start, end: section.end } : void 0 };
}
function readContracts(model, scope, prefixes, clauses, inGo) {
  const text4 = model.text;
  const p = `(?:${prefixes.map(escapeRegExp).join("|")})`;
  const head3 = new RegExp(`^\\s{0,3}(?:[-*+]\\s+|\\d+[.)]\\s+)?(?:#{1,6}\\s+)?(?:\\*\\*|__)?\\s*(${p}-\\d{1,4})\\b(?![-.]\\d)(?=\\s*(?:\\*\\*|__)?\\s*(?::|\\u2014|\\u2013|-\\s|\\(|$|\\*\\*|__))(.*)$`);
  const headingStarts = new Set(model.headings.filter((h) => h.start > scope.start && h.start < scope.end).map((h) => h.start));
  const clauseRes = clauses.map((c) => ({ c, anywhere: new RegExp(`(?:^|[^A-Za-z0-9_])${escapeRegExp(c)}(?![A-Za-z0-9_])`), first: new RegExp(`^\\s*(?:[-*+]\\s+|\\d+[.)]\\s+)?(?:\\*\\*|__)?${escapeRegExp(c)}\\b`, "i") }));
  const firstClause = clauses.length ? new RegExp(`\\b(?:${clauses.map(escapeRegExp).join("|")})\\b`) : null;
  const out2 = [];
  let open;
  const close = (at) => {
    if (open) {
      open.block.end = at;
      open = void 0;
    }
  };
  let lineStart = scope.start;
  while (lineStart < scope.end) {
    let nl = text4.indexOf("\n", lineStart);
    if (nl < 0 || nl > scope.end) nl = scope.end;
    const line = text4.slice(lineStart, nl);
    if (headingStarts.has(lineStart) && !head3.test(line)) close(lineStart);
    if (!inGo(lineStart)) {
      const m = head3.exec(line);
      if (m) {
        close(lineStart);
        const at = lineStart + line.indexOf(m[1]);
        open = { id: m[1], name: contractName(m[2], firstClause), clauses: /* @__PURE__ */ new Set(), start: at, end: at + m[1].length, block: { start: lineStart, end: scope.end } };
        out2.push(open);
      }
      if (open) {
        for (const r of clauseRes) if (!open.clauses.has(r.c) && (r.anywhere.test(line) || r.first.test(line))) open.clauses.add(r.c);
      }
    }
    lineStart = nl + 1;
  }
  close(scope.end);
  return out2;
}
function contractName(rest, firstClause) {
  let s = rest.replace(/[*_`]/g, " ");
  const first = firstClause?.exec(s);
  if (first) s = s.slice(0, first.index);
  s = s.replace(/^[\s:\u2014\u2013-]+/, "");
  const paren = /^\(([^()]{1,100})\)/.exec(s);
  if (paren) return paren[1].trim();
  const colon = s.search(/:\s/);
  if (colon > 0) s = s.slice(0, colon);
  s = s.replace(/[\s:\u2014\u2013,-]+$/g, "").trim();
  return s.length > 80 ? `${s.slice(0, 77).replace(/\s+\S*$/, "")}...` : s;
}
var LABEL = /^\s{0,3}(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)(.+?)(?:\*\*|__)|^\s{0,3}(?:[-*+]\s+)?((?:files?|create|modify|test|impl|verify|run|expected|commit|lint)\b[^:\n]{0,20}):/i;
function readTask(model, h, number, title, span2, prefixes) {
  const text4 = model.text;
  const contracts = contractIdsIn(title, prefixes);
  let contractsAnswer;
  const parts2 = /* @__PURE__ */ new Set();
  let files = [];
  const mentioned = [];
  const blocks = model.codeBlocks.filter((c) => c.start >= span2.start && c.start < span2.end);
  const inBlock = (o) => inSpans(blocks, o);
  let lineStart = h.end;
  let inFiles = false;
  let prose = "";
  let commitText = "";
  const subHeadings = model.headings.filter((x) => x.start > h.start && x.start < span2.end);
  const steps = [{ start: h.end, label: "", kind: void 0, commands: [], expected: [] }];
  while (lineStart < span2.end) {
    let nl = text4.indexOf("\n", lineStart);
    if (nl < 0 || nl > span2.end) nl = span2.end;
    const line = text4.slice(lineStart, nl);
    if (!inBlock(lineStart)) {
      prose += `${line}
`;
      const sub = subHeadings.find((x) => x.start === lineStart);
      const m = sub ? void 0 : LABEL.exec(line);
      const label = (sub ? sub.text : m ? m[1] ?? m[2] : "").replace(/[*_`]/g, "").replace(/:\s*$/, "").trim();
      const step = steps[steps.length - 1];
      if (label && RUN_DETAIL.test(label)) {
        if (/^expected/i.test(label)) step.expected.push(line.slice(line.search(/expected/i)).replace(/^expected\b[^:]*:?[*_\s]*/i, ""));
        else step.commands.push(line);
        parts2.add("verify");
      } else if (label) {
        const kind2 = classify(label);
        if (kind2) parts2.add(kind2);
        if (kind2 === "commit") commitText += `${line}
`;
        steps.push({ start: lineStart, label, kind: kind2, commands: kind2 === "verify" ? [line] : [], expected: [] });
        if (/^contracts?\b/i.test(label)) {
          const ids = contractIdsIn(line, prefixes);
          for (const id of ids) if (!contracts.includes(id)) contracts.push(id);
          if (!ids.length) contractsAnswer = line.replace(/^[^:]*:\s*(?:\*\*|__)?\s*/, "").replace(/[*_`]/g, "").trim() || void 0;
        }
        inFiles = kind2 === "files";
        files.push(...pathsIn(line));
      } else if (inFiles && /^\s*[-*+]\s/.test(line)) {
        files.push(...pathsIn(line));
      } else {
        mentioned.push(...pathsIn(line));
        if (line.trim()) inFiles = false;
      }
    }
    lineStart = nl + 1;
  }
  let goBlock = false;
  for (const b of blocks) {
    const lang = (b.lang ?? "").toLowerCase();
    if (lang === "go") {
      goBlock = true;
      if (/\bfunc\s+(?:\([^)]*\)\s*)?(?:Test|Benchmark|Fuzz|Example)\w*\s*\(/.test(b.value)) parts2.add("test");
      else parts2.add("impl");
    }
    if (/\bgit\s+commit\b/.test(b.value)) {
      parts2.add("commit");
      commitText += `${b.value}
`;
    }
    if (RUN_COMMAND.test(b.value)) {
      parts2.add("verify");
      stepAt(steps, b.start).commands.push(b.value);
    }
  }
  if (!parts2.has("commit") && /`git\s+commit\b[^`]*`/.test(prose)) parts2.add("commit");
  if (!files.length) files = mentioned;
  if (files.length) parts2.add("files");
  const runs = steps.filter((st) => st.kind === "verify" || st.commands.length || st.expected.length);
  const failingRun = runs.some(expectsFailure);
  if (parts2.has("verify") && !runs.some((st) => VERIFY_LABEL.test(st.label) || !expectsFailure(st) && !lintOnly(st))) parts2.delete("verify");
  const goFiles = files.filter((f) => /\.go$/.test(f));
  const touchesGo = goFiles.length > 0 || goBlock;
  const testOnly = /\btests?\b/i.test(title) || goFiles.length > 0 && goFiles.every((f) => /_test\.go$/.test(f));
  const kind = taskKind(title, contractsAnswer, files, touchesGo, testOnly, goBlock);
  return { number, title, heading: h, start: span2.start, end: span2.end, contracts, parts: parts2, touchesGo, testOnly, failingRun, kind, contractsAnswer, files: [...new Set(files)], prose, commitText };
}
var VERIFICATION_TITLE = /\b(?:(?:full|final|end-to-end|overall)\s+(?:verification|validation|check)|verif(?:y|ication)\b(?!.*\b(?:add|fix|implement)\b)|run\s+(?:the\s+)?(?:full\s+)?(?:test\s+suite|tests|checks|build)|build\s*(?:,|and|\+)\s*test)/i;
var ADMIN_TITLE = /^(?:close|reopen|comment\s+on|label|update\s+(?:the\s+)?(?:issue|tracking|tracker|project\s+board)|file\s+(?:an?\s+)?(?:issue|follow-?up)|open\s+(?:the\s+)?(?:pr|pull\s+request)|create\s+(?:the\s+)?(?:pr|pull\s+request)|post\b|notify\b)|\bclose\s+#\d+/i;
var DOCS_TITLE = /\b(?:docs?|documentation|documented|document|readme|claude\.md|changelog|comments?|docstrings?|godoc|examples?|guide|typos?)\b/i;
var DOC_FILE = /\.(?:md|txt|rst|adoc)$|(?:^|\/)(?:docs?|examples?)\//i;
function taskKind(title, answer, files, touchesGo, testOnly, goBlock) {
  const saysDocs = DOCS_TITLE.test(title) || !!answer && /\b(?:doc|comment)/i.test(answer);
  if (touchesGo && saysDocs && !goBlock) return "docs";
  if (touchesGo) return testOnly && !files.some((f) => /\.go$/.test(f) && !/_test\.go$/.test(f)) ? "test" : "code";
  if (!files.length && ADMIN_TITLE.test(title)) return "administrative";
  if (!files.length && VERIFICATION_TITLE.test(title)) return "verification";
  if (saysDocs || files.length && files.every((f) => DOC_FILE.test(f))) return "docs";
  return "code";
}
var RUN_COMMAND = /\b(?:go\s+(?:test|build|vet|run)|make\s+\w+|golangci-lint|npm\s+(?:test|run))\b/;
var RUN_DETAIL = /^(?:run|expected)(?:\s+(?:output|results?|command))?(?:\s*\([^)]*\))?$/i;
var VERIFY_LABEL = /^(?:verify|verification)\b/i;
var FAILURE = /^[\s`"'(*_-]*(?:(?:the\s+)?(?:new\s+)?(?:tests?|build)\s+)?(?:fail|fails|failed|failure|compil\w*\s+(?:error|fail\w*)|build\s+fail\w*|does\s+not\s+compile|undefined\b|panic)/i;
var PASS_WORDS = /\b(?:pass|passes|passed|passing|succeeds?|ok)\b/i;
var LINT = /\b(?:golangci-lint|go\s+vet|gofmt|staticcheck|make\s+lint)\b/;
function stepAt(steps, offset) {
  let at = steps[0];
  for (const st of steps) if (st.start <= offset) at = st;
  return at;
}
function expectsFailure(st) {
  if (st.expected.length) return st.expected.every((e) => FAILURE.test(e) && !PASS_WORDS.test(e.replace(/\bnot\s+(?:yet\s+)?pass\w*/gi, "")));
  return /\bfails?\b|\bfailing\b|\bfailure\b/i.test(st.label) && !PASS_WORDS.test(st.label);
}
function lintOnly(st) {
  const runs = st.commands.filter((c) => RUN_COMMAND.test(c));
  if (runs.length) return runs.every((c) => LINT.test(c) && !/\bgo\s+(?:test|build|run)\b|make\s+(?!lint)\w+|npm\s+(?:test|run)/.test(c));
  return /\blint\b/i.test(st.label) && !/\btests?\b/i.test(st.label);
}
function classify(label) {
  const step = /^step\s*\d+[a-z]?\b\s*[:.)\u2014\u2013-]?\s*(.*)$/i.exec(label) ?? /^\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?[.)]\s+(\S.*)$/.exec(label);
  if (step) {
    const t = step[1];
    if (/\bcommit(?:s|ted)?\b(?![\w(])/i.test(t) && !/\bno\s+commit\b/i.test(t)) return "commit";
    if (/^(?:run|verify|check|confirm)\b/i.test(t) || /\b(?:verify|passes|fails)\b/i.test(t)) return "verify";
    if (/\btests?\b/i.test(t)) return "test";
    return "impl";
  }
  if (/^(?:files?|create|modify|delete)\b/i.test(label)) return "files";
  if (/^tests?\b/i.test(label)) return "test";
  if (/^(?:impl\b|implement\w*|changes?\b|code\b|edits?\b|\d+[a-z]\.)/i.test(label)) return "impl";
  if (/^(?:verify|verification|run\b|expected)/i.test(label)) return "verify";
  if (/^commit/i.test(label)) return "commit";
  return void 0;
}
function pathsIn(line) {
  const out2 = [];
  const re = /(?:^|[\s`(,])((?:[\w.-]+\/)*[\w.-]+\.(?:go|md|ya?ml|json|txt|sh|mod|sum|toml|py|ts|js))\b/g;
  let m;
  while (m = re.exec(line)) out2.push(m[1]);
  return out2;
}

// server/src/core/rules/micro/micro-util.ts
function structureFor(ctx) {
  return ctx.plan ?? planStructure(ctx.model, ctx.profile);
}
function microFor(ctx) {
  return microPlan(ctx.model, structureFor(ctx));
}
function microSpec(ctx) {
  return ctx.profile.micro ?? BUILTIN_PROFILES.micro.micro;
}
function listIds(ids) {
  if (ids.length <= 1) return ids.join("");
  return `${ids.slice(0, -1).join(", ")} and ${ids[ids.length - 1]}`;
}
function sectionTables(ctx, section) {
  return ctx.model.tables.filter((t) => t.start >= section.bodyStart && t.start < section.end);
}
function headerRange(table) {
  return { start: table.header[0]?.start ?? table.start, end: table.header[table.header.length - 1]?.end ?? table.start };
}
function writtenHeading(section) {
  return section.heading.text.replace(/[*_`]/g, "").trim();
}
function isNegative(c, text4) {
  if (/^NC-/.test(c.id)) return true;
  const NEG = /\b(?:unchanged|unaffected|preserv(?:ed|es|ation)|no\s+(?:\w+\s+){0,3}(?:change|regression)s?|must\s+not|never|does\s+not|do\s+not|is\s+not|are\s+not|still\s+(?:works?|passes?|behaves?)|remains?\s+(?:the\s+same|as\s+(?:is|before)|identical)|backward[- ]compatib\w*|byte-identical)\b/i;
  if (NEG.test(c.name)) return true;
  const then = /\bTHEN\b([^\n]*)/.exec(text4.slice(c.block.start, c.block.end));
  return !!then && NEG.test(then[1]) && !c.name;
}
function coverage(ctx) {
  const { contracts, tasks } = microFor(ctx);
  const plan = structureFor(ctx);
  const spec2 = microSpec(ctx);
  const ts = plan.byRole("test-strategy");
  const inTestStrategy = new Set(ts ? contractIdsIn(ctx.model.text.slice(ts.bodyStart, ts.end), spec2.contractPrefixes) : []);
  const named = new Set(tasks.flatMap((t) => t.contracts));
  const seen = /* @__PURE__ */ new Set();
  const unserved = [];
  for (const c of contracts) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    if (named.has(c.id) || inTestStrategy.has(c.id) || isNegative(c, ctx.model.text)) continue;
    unserved.push(c);
  }
  return { unserved, inTestStrategy, anyNamed: named.size > 0 };
}

// server/src/core/rules/micro/mp201-contract-anatomy.ts
var rule30 = {
  meta: {
    id: "MP201",
    name: "contract-anatomy",
    severity: "warning",
    description: "A behavioral contract without a name, or without one of GIVEN / WHEN / THEN.",
    scope: "plan",
    kinds: ["micro"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const { contracts } = microFor(ctx);
    const clauses = microSpec(ctx).clauses;
    for (const c of contracts) {
      const missing = clauses.filter((k) => !c.clauses.has(k));
      if (missing.length) {
        ctx.report({
          start: c.start,
          end: c.end,
          message: `${c.id}${c.name ? ` (${c.name})` : ""} has no ${listIds(missing)} clause: a contract states ${clauses.join(" / ")}, each on its own line (\`- ${missing[0]} ...\`).`
        });
      } else if (!c.name) {
        ctx.report({ start: c.start, end: c.end, severity: "info", message: `${c.id} has no name: write \`${c.id}: <what it guarantees>\` before its ${clauses[0]} clause.` });
      }
    }
  }
};

// server/src/core/rules/micro/mp202-contract-coverage.ts
var rule31 = {
  meta: {
    id: "MP202",
    name: "contract-coverage",
    severity: "warning",
    description: "A behavioral contract that no task serves and no test verifies, or a code or test task that names no contract it serves.",
    scope: "plan",
    kinds: ["micro"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const { contracts, tasks } = microFor(ctx);
    if (!tasks.length || !contracts.length) return;
    const cov = coverage(ctx);
    const unnamed = tasks.filter((t) => !t.contracts.length && !t.contractsAnswer && (t.kind === "code" || t.kind === "test"));
    const ids = [...new Set(contracts.map((c) => c.id))];
    const hint2 = ids.length <= 3 ? ids.join(", ") : `${ids[0]}, ${ids[1]}`;
    if (!cov.anyNamed) {
      if (!cov.unserved.length && !unnamed.length) return;
      const t = unnamed[0] ?? tasks[0];
      ctx.report({
        start: t.heading.start,
        end: t.heading.end,
        severity: "info",
        message: `No task names the contracts it serves (${listIds(ids)}): end the heading of each task with the contracts it implements, e.g. \`Task ${t.number}: ${shortTitle(t)} (${hint2})\`, or add a \`**Contracts Implemented:**\` line (\`N/A\` and why, for a task that serves none).`
      });
      return;
    }
    for (const c of cov.unserved) {
      ctx.report({
        start: c.start,
        end: c.end,
        message: `${c.id}${c.name ? ` (${c.name})` : ""} is served by no task and verified by no test of the Test Strategy: name it in the heading of the task that implements it (\`### Task 2: ... (${c.id})\`), or drop it if the PR does not promise it.`
      });
    }
    for (const t of unnamed) {
      ctx.report({
        start: t.heading.start,
        end: t.heading.end,
        severity: "info",
        message: `Task ${t.number} changes ${t.kind === "test" ? "tests" : "code"} but names no contract it serves: end its heading with the contracts it implements, e.g. \`(${hint2})\`, or write \`**Contracts Implemented:** N/A\` and why.`
      });
    }
  }
};
function shortTitle(t) {
  const s = t.title.replace(/[*_`]/g, "").replace(/\s*\([^)]*\)\s*$/, "").trim();
  return s.length > 50 ? `${s.slice(0, 47).replace(/\s+\S*$/, "")}...` : s;
}

// server/src/core/rules/micro/mp203-task-anatomy.ts
var PARTS = {
  files: { what: "Files", add: "`**Files:**` naming each file it creates or modifies" },
  test: { what: "failing test", add: "`**Test:**` with the test code that fails before the change" },
  impl: { what: "implementation", add: "`**Impl:**` (or `**Changes:**`) with the complete code" },
  verify: { what: "Verify", add: "`**Verify:**` with the command to run and its expected result" },
  commit: { what: "Commit", add: "`**Commit:**` with the commit message (or say which later task commits it)" }
};
var KIND_PARTS = {
  code: ["files", "test", "impl", "verify", "commit"],
  test: ["files", "test", "verify", "commit"],
  docs: ["files", "impl", "commit"],
  verification: ["verify"],
  administrative: []
};
var rule32 = {
  meta: {
    id: "MP203",
    name: "task-anatomy",
    severity: "warning",
    description: "A task without a part its kind needs: a code task its Files, failing test, implementation, Verify and Commit; a docs task its Files, change and Commit; a verification task its run.",
    scope: "plan",
    kinds: ["micro"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const { tasks } = microFor(ctx);
    const required = microSpec(ctx).taskParts;
    const overview = structureFor(ctx).byRole("overview");
    const overviewFiles = tasks.length === 1 && !!overview && /(?:^|[\s`(])(?:[\w.-]+\/)*[\w.-]+\.(?:go|md|ya?ml|json|sh|txt)\b/.test(ctx.model.text.slice(overview.bodyStart, overview.end));
    const tested = [];
    tasks.forEach((t, i2) => {
      const missing = required.filter((p) => KIND_PARTS[t.kind].includes(p) && !t.parts.has(p) && !excused(p, t, tested, tasks.slice(i2 + 1), overviewFiles));
      if (t.parts.has("test")) tested.push(t);
      if (!missing.length) return;
      const gap = (t.kind === "code" || t.kind === "test") && missing.some((p) => p === "test" || p === "impl" || p === "verify");
      const parts2 = missing.map((p) => t.kind === "docs" && p === "impl" ? { what: "change", add: "`**Changes:**` (or steps) with the text to write" } : PARTS[p]);
      ctx.report({
        start: t.heading.start,
        end: t.heading.end,
        severity: gap ? "warning" : "info",
        message: `Task ${t.number} has no ${listIds(parts2.map((x) => x.what))}: add ${listIds(parts2.map((x) => x.add))}.`
      });
    });
  }
};
function excused(part2, t, tested, later, overviewFiles) {
  if ((part2 === "test" || part2 === "verify" && t.kind !== "verification") && !t.touchesGo) return true;
  if (part2 === "impl" && t.testOnly && t.parts.has("test")) return true;
  if (part2 === "verify" && t.testOnly && t.failingRun) return true;
  if (part2 === "test" && tested.some((e) => e.contracts.some((c) => t.contracts.includes(c)))) return true;
  if (part2 === "files" && overviewFiles) return true;
  if (part2 === "commit") return committedLater(t, later);
  return false;
}
function committedLater(t, later) {
  const committing = later.filter((l) => l.parts.has("commit"));
  if (!committing.length) return false;
  if (/\bcommit\w*\b[^.\n]{0,60}\b(?:with|in|by|after)\s+(?:the\s+next\s+task|task\s+\d+)|\b(?:task\s+\d+|next\s+task)\b[^.\n]{0,40}\bcommits?\b/i.test(t.prose)) return true;
  const own3 = new RegExp(`\\btasks?\\s+(?:\\d+\\s*(?:,|and|&|-|\\u2013)\\s*)*${t.number}\\b`, "i");
  return committing.some((l) => own3.test(l.commitText) || t.files.length > 0 && t.files.every((f) => l.commitText.includes(f)));
}

// server/src/core/rules/micro/mp204-test-strategy.ts
var WAIVED = /\b(?:docs?|documentation|comments?)[- ]only\b|\bno\s+(?:new\s+|automated\s+|unit\s+|code\s+)?tests?\b|\bnot\s+(?:unit[- ])?testable\b|\bno\s+(?:code|behaviou?r(?:al)?)\s+changes?\b/i;
var rule33 = {
  meta: {
    id: "MP204",
    name: "test-strategy",
    severity: "warning",
    description: "The Test Strategy section has no table mapping contracts to tasks and tests, or the table leaves out a contract a task serves.",
    scope: "plan",
    kinds: ["micro"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const section = structureFor(ctx).byRole("test-strategy");
    if (!section || section.unwritten) return;
    const spec2 = microSpec(ctx);
    const columns = spec2.testStrategy;
    const contractCol = headerKey(columns[0] ?? "Contract");
    const tables = sectionTables(ctx, section);
    const table = tables.find((t) => t.header.some((h) => headerKey(h.text).includes(contractCol)));
    const { contracts } = microFor(ctx);
    if (!table) {
      if (!contracts.length || WAIVED.test(ctx.model.text.slice(section.bodyStart, section.end))) return;
      ctx.report({ ...headingRange(section), message: `${writtenHeading(section)} has no table mapping contracts to tasks and tests: add | ${columns.join(" | ")} | with a row per contract (or say why the PR needs no tests).` });
      return;
    }
    const mapped = new Set(table.rows.flatMap((r) => r.flatMap((c) => contractIdsIn(c.text, spec2.contractPrefixes))));
    const unserved = new Set(coverage(ctx).unserved.map((c) => c.id));
    const missing = [...new Set(contracts.map((c) => c.id))].filter((id) => !mapped.has(id) && !unserved.has(id));
    if (!missing.length) return;
    const header = headerRange(table);
    ctx.report({ ...header, message: `The test strategy table does not map ${listIds(missing)}: add a row naming the task and the test of each.` });
  }
};

// server/src/core/rules/micro/mp205-deviation-log.ts
var NOTHING2 = /\bno\s+(?:\w+\s+){0,2}deviations?\b|\bdeviations?\s*:\s*none\b|^\s*(?:[-*]\s+)?(?:[*_]{1,2})?(?:none|n\/a|nothing)\b|\bno\s+source\s+(?:document|doc|spec)\b|\bnothing\s+to\s+deviate\b|\bimplemented\s+exactly\s+as\s+(?:specified|written)\b/im;
var NO_DEVIATION = /^\s*(?:no\s+deviation\b|none\b|n\/a\b|same\b|as\s+(?:specified|written|is)\b|[-\u2013\u2014]+\s*$)/i;
var rule34 = {
  meta: {
    id: "MP205",
    name: "deviation-log",
    severity: "warning",
    description: "The Deviation Log is not a table of the template's columns (Source Says | Micro Plan Does | Reason), or a reason names no category or an unknown one.",
    scope: "plan",
    kinds: ["micro"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const section = structureFor(ctx).byRole("deviation-log");
    if (!section || section.unwritten) return;
    const spec2 = microSpec(ctx);
    const columns = spec2.deviationLog;
    const body2 = ctx.model.text.slice(section.bodyStart, section.end);
    const tables = sectionTables(ctx, section);
    if (!tables.length) {
      if (NOTHING2.test(body2)) return;
      ctx.report({ ...headingRange(section), message: `${writtenHeading(section)} has no table: add | ${columns.join(" | ")} | with a row per deviation, or write "No deviations from source document."` });
      return;
    }
    const table = tables[0];
    const keys = table.header.map((h) => headerKey(h.text));
    const col = (name2) => {
      const k = headerKey(name2);
      const words2 = k.split(" ").filter((w) => w !== "micro" && w !== "plan");
      return keys.findIndex((x) => x === k || x.includes(k) || words2.length > 0 && words2.every((w) => x.split(" ").includes(w)));
    };
    const missing = columns.filter((c) => col(c) < 0);
    const header = headerRange(table);
    if (missing.length) {
      ctx.report({ ...header, message: `The deviation log table lacks the column${missing.length > 1 ? "s" : ""} ${listIds(missing)}: the template's columns are | ${columns.join(" | ")} |.` });
      return;
    }
    const reasons = spec2.deviationReasons;
    if (!reasons.length) return;
    const reasonCol = col(columns[columns.length - 1]);
    const doesCol = columns.length >= 3 ? col(columns[1]) : -1;
    const without = [];
    let deviations = 0;
    for (const row of table.rows) {
      const cell = row[reasonCol];
      if (!cell) continue;
      if (!cell.text.replace(/[*_`]/g, "").trim()) {
        if (row.some((c, i2) => i2 !== reasonCol && c.text.trim())) {
          const at = row.find((c) => c.text.trim());
          ctx.report({ start: at.start, end: at.end, message: `This deviation gives no reason: write its category and why in the Reason column (\`CLARIFICATION: the issue's example ...\`).` });
        }
        continue;
      }
      const text4 = cell.text.replace(/[*_`]/g, "");
      if (NO_DEVIATION.test(text4) || doesCol >= 0 && row[doesCol] && NO_DEVIATION.test(row[doesCol].text.replace(/[*_`]/g, ""))) continue;
      deviations++;
      const words2 = text4.toUpperCase().replace(/[\s-]+/g, "_");
      if (reasons.some((r) => words2.includes(r))) continue;
      const label = /^\s*([A-Z][A-Z]+(?:[_-][A-Z]+)*)\s*(?::|\u2014|\u2013|-\s|\/)/.exec(text4);
      if (label) {
        ctx.report({ start: cell.start, end: cell.end, severity: "info", message: `This deviation's category ${label[1]} is not one of the template's: use ${reasons.join(", ")}.` });
        continue;
      }
      without.push(cell);
    }
    if (!without.length) return;
    if (without.length > 1 && without.length === deviations) {
      ctx.report({ ...header, severity: "info", message: `None of the ${without.length} deviation reasons names its category: start each with one of ${reasons.join(", ")} (\`CLARIFICATION: ...\`).` });
      return;
    }
    for (const cell of without) {
      ctx.report({ start: cell.start, end: cell.end, severity: "info", message: `This deviation's reason names no category: start it with one of ${reasons.join(", ")} (\`CLARIFICATION: ...\`).` });
    }
  }
};

// server/src/core/rules/micro/mp206-part-too-long.ts
var rule35 = {
  meta: {
    id: "MP206",
    name: "part-too-long",
    severity: "info",
    description: "A part of a micro plan over its length target (Part 1, the human review, targets under 120 lines).",
    scope: "plan",
    kinds: ["micro"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const parts2 = ctx.profile.parts ?? [];
    if (!parts2.some((p) => p.maxLines)) return;
    const headings = ctx.model.headings;
    for (let i2 = 0; i2 < headings.length; i2++) {
      const h = headings[i2];
      const m = /^(?:---\s*)?part\s+(\d+)\b/i.exec(h.text.replace(/[*_`]/g, "").trim());
      if (!m) continue;
      const spec2 = parts2.find((p) => p.number === Number(m[1]));
      if (!spec2?.maxLines) continue;
      let end = ctx.model.text.length;
      for (let k = i2 + 1; k < headings.length; k++) {
        if (headings[k].depth <= h.depth) {
          end = headings[k].start;
          break;
        }
      }
      const n = countLines(ctx.model.text, h.end, end);
      if (n <= spec2.maxLines) continue;
      ctx.report({ start: h.start, end: h.end, message: `Part ${spec2.number} (${spec2.title}) has ${n} non-blank lines; its target is under ${spec2.maxLines}. It is what the reviewer reads: move detail to Part 2 or the appendix.` });
    }
  }
};

// server/src/core/plan/species.ts
var cache9 = /* @__PURE__ */ new WeakMap();
function speciesLine(model, design) {
  let perModel = cache9.get(model);
  if (!perModel) cache9.set(model, perModel = /* @__PURE__ */ new Map());
  if (perModel.has(design)) return perModel.get(design) ?? void 0;
  const found = find(model, design);
  perModel.set(design, found ?? null);
  return found;
}
function find(model, design) {
  const firstSection = model.headings.find((h) => h.depth >= 2);
  const limit = Math.min(model.lines.lineCount, design.declarationLines);
  const labels = design.speciesLabels.map((l) => l.toLowerCase());
  let typeLine;
  for (let l = 0; l < limit; l++) {
    const start2 = model.lines.starts[l];
    if (firstSection && start2 >= firstSection.start) break;
    const raw = model.lines.lineText(l);
    const m = /^\s*(?:>\s*)?(?:[-+]\s+)?([A-Za-z][A-Za-z ]{0,20}?)\s*:\s*(.+)$/.exec(raw.replace(/\*\*|__/g, ""));
    if (!m || !labels.includes(m[1].toLowerCase())) continue;
    const value = m[2].replace(/[*_`]/g, "").trim();
    const found = { label: m[1], value, start: start2, end: model.lines.lineEnd(l), species: speciesNamed(design, value) };
    if (/species/i.test(m[1]) || found.species) return found;
    typeLine ??= found;
  }
  return typeLine && { ...typeLine, species: void 0 };
}
function speciesNamed(design, value) {
  const v = value.toLowerCase().replace(/\s+/g, " ").trim();
  for (const s of design.species) {
    for (const n of [s.name, ...s.aliases]) {
      const name2 = n.toLowerCase();
      if (v === name2 || v.startsWith(name2) && !/[a-z0-9]/.test(v[name2.length])) return s;
    }
  }
  return void 0;
}

// server/src/core/rules/design/design-util.ts
function designOf(ctx) {
  const spec2 = ctx.profile.design;
  if (!spec2) return void 0;
  const line = speciesLine(ctx.model, spec2);
  return { spec: spec2, line, species: line?.species };
}
function documentAnchor(model) {
  const h1 = model.headings.find((h) => h.depth === 1);
  if (h1) return { start: h1.start, end: h1.end };
  return { start: 0, end: model.lines.lineEnd(0) };
}
function fenceLine(model, block) {
  const nl = model.text.indexOf("\n", block.start);
  return { start: block.start, end: nl < 0 || nl > block.end ? block.end : nl };
}
async function prohibitedGo(ctx) {
  const view = designOf(ctx);
  const brief = view?.species?.snippetLines;
  const out2 = [];
  for (const block of ctx.model.codeBlocks) {
    const snippet = await goSnippet(block);
    if (!snippet.isGo) continue;
    if (brief && block.value.split("\n").filter((l) => l.trim()).length <= brief) continue;
    out2.push({ block, snippet });
  }
  return out2;
}
function listing(names) {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
var GUIDE = "design-guidelines.md";

// server/src/core/rules/design/mp301-design-species.ts
var rule36 = {
  meta: {
    id: "MP301",
    name: "design-species",
    severity: "warning",
    description: "A design document declares its species at the top (Decision Record, Specification, Problem Analysis or System Overview).",
    scope: "plan",
    kinds: ["design"],
    needs: []
  },
  check(ctx) {
    const view = designOf(ctx);
    if (!view || view.species) return;
    const names = view.spec.species.map((s) => s.name);
    const write = `write \`**Species:** ${names[0]}\` (or ${listing(names.slice(1)).replace(/ and /, " or ")}) under the title, so readers know what structure to expect (${GUIDE} \xA73.2).`;
    if (view.line) {
      ctx.report({ start: view.line.start, end: view.line.end, message: `"${view.line.label}: ${view.line.value}" names no design species: ${write}` });
      return;
    }
    ctx.report({ ...documentAnchor(ctx.model), message: `This design document declares no species: ${write}` });
  }
};

// server/src/core/rules/design/mp302-design-section-missing.ts
var rule37 = {
  meta: {
    id: "MP302",
    name: "design-section-missing",
    severity: "warning",
    description: "A required section of a design document (design-guidelines.md \xA73.3) is missing; one finding lists them all.",
    scope: "plan",
    kinds: ["design"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const plan = ctx.plan;
    if (!plan || !designOf(ctx)) return;
    const present = new Set(plan.sections.map((s) => s.spec));
    const missing = plan.profile.sections.filter((s) => s.required && !present.has(s));
    if (!missing.length) return;
    const what = missing.map((s) => s.description ? `${s.title} (${s.description})` : s.title).join("; ");
    const one2 = missing.length === 1;
    ctx.report({
      ...documentAnchor(ctx.model),
      message: `${one2 ? "A required section is" : `${missing.length} required sections are`} missing (${GUIDE} \xA73.3, every species): ${what}. Add ${one2 ? "it as a heading" : "each as a heading"} (numbered or not); where it does not apply, say so in a line.`
    });
  }
};

// server/src/core/rules/design/mp303-design-modeling-table.ts
var rule38 = {
  meta: {
    id: "MP303",
    name: "design-modeling-table",
    severity: "warning",
    description: "The Modeling Decisions section of a design document states what is modeled, simplified and omitted as a table.",
    scope: "plan",
    kinds: ["design"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const section = ctx.plan?.byRole("modeling-decisions");
    if (!section || section.unwritten) return;
    if (ctx.model.tables.some((t) => t.start >= section.bodyStart && t.start < section.end)) return;
    ctx.report({
      start: section.heading.start,
      end: section.heading.end,
      message: `${section.title} has no table: write what is modeled, simplified and omitted as a table (| Component | Modeled | Simplified | Omitted | Justification |), one row per component (${GUIDE} \xA72.1, \xA73.3).`
    });
  }
};

// server/src/core/rules/design/mp304-design-invariant-names.ts
var rule39 = {
  meta: {
    id: "MP304",
    name: "design-invariant-names",
    severity: "warning",
    description: "The Invariants section of a design document names its invariants INV-1, INV-2, ...",
    scope: "plan",
    kinds: ["design"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const section = ctx.plan?.byRole("invariants");
    if (!section || section.unwritten) return;
    if (/\bINV-\d+/.test(ctx.model.text.slice(section.bodyStart, section.end))) return;
    ctx.report({
      start: section.heading.start,
      end: section.heading.end,
      message: `${section.title} names no invariant: write each as \`INV-1: <what must always hold>\` (or refer to the project's INV-n it keeps), so micro plans can refine it to GIVEN/WHEN/THEN (${GUIDE} \xA73.3, \xA73.5).`
    });
  }
};

// server/src/core/rules/design/mp305-design-decision-incomplete.ts
var NAMED_DECISION = /^(?:decision\s*#?\d+|D\d+)\b/i;
var NUMBERED2 = /^\d{1,2}[.)]\s/;
var rule40 = {
  meta: {
    id: "MP305",
    name: "design-decision-incomplete",
    severity: "warning",
    description: "A Decision Record's numbered decisions each state Problem, Decision, Rationale and Alternatives (design-guidelines.md \xA73.2).",
    scope: "plan",
    kinds: ["design"],
    needs: ["plan-structure"]
  },
  check(ctx) {
    const view = designOf(ctx);
    const parts2 = view?.species?.decisionParts;
    if (!view?.species || !parts2?.length) return;
    const { model } = ctx;
    const section = ctx.plan?.byRole("decisions");
    const decisions = model.headings.filter((h) => {
      const t = h.text.replace(/[*_`]/g, "").trim();
      if (NAMED_DECISION.test(t)) return true;
      return !!section && NUMBERED2.test(t) && h.start > section.start && h.start < section.end && h.depth > section.heading.depth;
    });
    const names = parts2.map((p) => p.split("|")[0]);
    const advice = `each decision of a ${view.species.name} states the ${listing(names)} (why this one won over each alternative, what breaks if it is wrong) (${GUIDE} \xA73.2, \xA76.1)`;
    if (!decisions.length) {
      const missing = missingParts(model, parts2, 0, model.text.length);
      if (!missing.length) return;
      ctx.report({ ...documentAnchor(model), message: `This ${view.species.name} states no ${listing(missing).replace(/ and /, " or ")} for its decision: ${advice}. Add ${missing.map((m) => `**${m}:**`).join(", ")}.` });
      return;
    }
    for (const d of decisions) {
      const end = bodyEnd(model, d);
      const missing = missingParts(model, parts2, d.end, end);
      if (!missing.length) continue;
      ctx.report({ start: d.start, end: d.end, message: `"${d.text.trim()}" states no ${listing(missing).replace(/ and /, " or ")}: ${advice}. Add ${missing.map((m) => `**${m}:**`).join(", ")} to it.` });
    }
  }
};
function bodyEnd(model, h) {
  const next = model.headings.find((x) => x.start > h.start && x.depth <= h.depth);
  return next ? next.start : model.text.length;
}
function missingParts(model, parts2, from, to) {
  const headings = model.headings.filter((h) => h.start >= from && h.start < to).map((h) => h.text.replace(/[*_`]/g, "").trim());
  const lines = model.text.slice(from, to).split("\n").map((l) => l.replace(/\*\*|__/g, ""));
  const out2 = [];
  for (const p of parts2) {
    const alts = p.split("|").map((a) => a.replace(/[.*+?^${}()[\]\\]/g, "\\$&"));
    const start2 = new RegExp(`^(?:${alts.join("|")})\\b`, "i");
    const label = new RegExp(`^\\s*(?:[-*+]\\s+|>\\s*)?(?:\\d{1,2}[.)]\\s+)?(?:${alts.join("|")})\\b[^\\n:]{0,40}:`, "i");
    if (headings.some((h) => start2.test(h.replace(/^\d{1,2}(?:\.\d+)*[.)]?\s+/, ""))) || lines.some((l) => label.test(l))) continue;
    out2.push(p.split("|")[0]);
  }
  return out2;
}

// server/src/core/rules/design/mp306-design-go-struct.ts
var rule41 = {
  meta: {
    id: "MP306",
    name: "design-go-struct",
    severity: "warning",
    description: "A Go struct definition with its field list in a design document (design-guidelines.md \xA73.4).",
    scope: "plan",
    kinds: ["design"],
    needs: []
  },
  async check(ctx) {
    for (const { block, snippet } of await prohibitedGo(ctx)) {
      const structs = snippet.otherTypes.filter((t) => t.kind === "struct" && (t.fields ?? 0) > 0).map((t) => t.name);
      if (!structs.length) continue;
      const what = structs.length === 1 ? `the Go struct ${structs[0]} with its field list` : `the Go structs ${listing(structs)} with their field lists`;
      ctx.report({ ...fenceLine(ctx.model, block), message: `This block defines ${what}: field lists diverge within a few PRs. Describe what data crosses the boundary and what it means instead (${GUIDE} \xA73.4).` });
    }
  }
};

// server/src/core/rules/design/mp307-design-go-implementation.ts
var rule42 = {
  meta: {
    id: "MP307",
    name: "design-go-implementation",
    severity: "warning",
    description: "A Go function or method written with its body (an implementation) in a design document (design-guidelines.md \xA73.4).",
    scope: "plan",
    kinds: ["design"],
    needs: []
  },
  async check(ctx) {
    for (const { block, snippet } of await prohibitedGo(ctx)) {
      const funcs = snippet.otherCode.filter((c) => (c.kind === "function" || c.kind === "method") && c.body).map((c) => c.name ?? c.kind);
      if (!funcs.length) continue;
      const what = funcs.length === 1 ? `implements ${funcs[0]}` : `implements ${listing(funcs)}`;
      ctx.report({ ...fenceLine(ctx.model, block), message: `This block ${what}: method bodies change during micro-planning. Describe the behavioral contract instead (GIVEN <state> WHEN <call> THEN <observable result>) (${GUIDE} \xA73.4).` });
    }
  }
};

// server/src/core/rules/design/mp308-design-go-interface.ts
var rule43 = {
  meta: {
    id: "MP308",
    name: "design-go-interface",
    severity: "warning",
    description: "An interface signature in Go syntax in a design document (design-guidelines.md \xA73.4).",
    scope: "plan",
    kinds: ["design"],
    needs: []
  },
  async check(ctx) {
    for (const { block, snippet } of await prohibitedGo(ctx)) {
      const names = snippet.interfaces.map((i2) => i2.name);
      if (!names.length) continue;
      const what = names.length === 1 ? `the interface ${names[0]}` : `the interfaces ${listing(names)}`;
      ctx.report({ ...fenceLine(ctx.model, block), message: `This block writes ${what} in Go syntax: signatures frozen in a design freeze too early. Describe the interface's contract instead: how many methods, what it observes, what it returns (${GUIDE} \xA73.4).` });
    }
  }
};

// server/src/core/rules/design/mp309-design-line-citation.ts
var rule44 = {
  meta: {
    id: "MP309",
    name: "design-line-citation",
    severity: "info",
    description: "A file:line citation in a design document: stale after any refactoring (design-guidelines.md \xA73.4). The citation rules still check it.",
    scope: "plan",
    kinds: ["design"],
    needs: []
  },
  check(ctx) {
    for (const c of ctx.model.citations) {
      ctx.report({ start: c.start, end: c.end, message: `\`${ctx.model.text.slice(c.start, c.end)}\` points at lines that move with any refactoring: name the module and its responsibility instead (${GUIDE} \xA73.4); line citations belong in the micro plan.` });
    }
  }
};

// server/src/core/plan/speckit.ts
function titleKey(text4) {
  return text4.replace(/\([^)]*\)/g, " ").replace(/&/g, " and ").replace(/[^\p{L}\p{N}\s/-]/gu, " ").replace(/\s+/g, " ").trim().toLowerCase();
}
var sectionCache = /* @__PURE__ */ new WeakMap();
function specKitSections(model, profile) {
  let perModel = sectionCache.get(model);
  if (!perModel) sectionCache.set(model, perModel = /* @__PURE__ */ new Map());
  let hit = perModel.get(profile);
  if (hit) return hit;
  const keys = profile.sections.map((s) => [s, [s.title, ...s.aliases].map(titleKey)]);
  const sections = [];
  model.headings.forEach((h, i2) => {
    if (h.depth !== 2) return;
    const key2 = titleKey(h.text);
    const found = keys.find(([, ks]) => ks.some((k) => key2 === k || key2.startsWith(k + " ")));
    if (found) sections.push({ spec: found[0], heading: h, end: sectionEnd(model, i2) });
  });
  hit = { sections, matched: new Set(sections.map((s) => s.spec)).size };
  perModel.set(profile, hit);
  return hit;
}
function sectionEnd(model, index2) {
  const h = model.headings[index2];
  for (let j = index2 + 1; j < model.headings.length; j++) if (model.headings[j].depth <= h.depth) return model.headings[j].start;
  return model.text.length;
}
var STORY = /^User Story\s+(\d{1,3})\b\s*[-\u2013\u2014:.]?\s*(.*)$/i;
var PRIORITY = /\bPriority\s*\*{0,2}\s*:\s*\*{0,2}\s*(P\d+)\b/i;
var CLAUSES = ["Given", "When", "Then"];
var ID_DEF = /^(FR|SC)-(\d{1,4}[a-z]?)\b/;
var specCache = /* @__PURE__ */ new WeakMap();
function specDoc(model) {
  let doc = specCache.get(model);
  if (doc) return doc;
  const stories = [];
  model.headings.forEach((h, i2) => {
    const m = h.depth >= 2 ? STORY.exec(h.text) : null;
    if (!m) return;
    const end = sectionEnd(model, i2);
    const body2 = model.text.slice(h.end, end);
    const priority = PRIORITY.exec(h.text)?.[1] ?? PRIORITY.exec(body2)?.[1];
    const scenarios = model.listItems.filter((it) => it.start >= h.end && it.start < end).map((item) => ({ item, has: CLAUSES.filter((c) => new RegExp(`\\b${c}\\b`, "i").test(item.text)) })).filter((x) => x.has.length >= 2 || x.has.includes("Given") && /^\W*given\b/i.test(x.item.text)).map(({ item, has }) => ({ item, missing: CLAUSES.filter((c) => !has.includes(c)) }));
    const title = m[2].replace(/\s*\(Priority[^)]*\).*$/i, "").trim();
    const prose = scenarios.length === 0 && body2.split("\n").some((l) => CLAUSES.filter((c) => new RegExp(`\\b${c}\\b`, "i").test(l)).length >= 2);
    stories.push({ number: Number(m[1]), title, heading: h, end, priority, scenarios, proseScenarios: prose });
  });
  const hidden = hiddenSpans(model);
  const ids = [];
  for (const it of model.listItems) {
    const m = ID_DEF.exec(it.text);
    if (!m || inSpans(hidden, it.start)) continue;
    const at = model.text.indexOf(m[0], it.textSpan.start);
    const start2 = at >= 0 && at < it.textSpan.end ? at : it.textSpan.start;
    ids.push({ id: `${m[1]}-${m[2]}`, start: start2, end: start2 + m[0].length, line: model.lines.positionAt(start2).line });
  }
  doc = { stories, ids };
  specCache.set(model, doc);
  return doc;
}
var ITEM = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(\[[ xX]\][ \t]+)?(.*)$/;
var TASK_ID = /^(?:\*\*)?(T(\d{1,4})([a-z]?))(?:\*\*)?(?![\w-])/;
var LABEL2 = /^\[([^\]\n]{1,20})\][ \t]*/;
var CREATE = /\b(?:new\s+(?:test\s+)?file|\(new\)|creates?|creating|scaffold|new\s+package)\b/i;
var MODIFY = /^(?:in\s+`[^`]*`\s*,?\s*)?(?:modify|update|extend|change|edit|fix|refactor|remove|delete|rename|register|wire|replace|move|adjust|integrate|add|append|insert|hook|expose|export|populate|increment|thread|plumb|migrate|deprecate|document)\b/i;
var taskCache = /* @__PURE__ */ new WeakMap();
function specTasks(model) {
  let tasks = taskCache.get(model);
  if (tasks) return tasks;
  tasks = [];
  const hidden = hiddenSpans(model);
  const phases = model.headings.filter((h) => h.depth === 2);
  let p = -1;
  for (const it of model.listItems) {
    if (inSpans(hidden, it.start)) continue;
    while (p + 1 < phases.length && phases[p + 1].start < it.start) p++;
    const lineEnd = model.text.indexOf("\n", it.start);
    const raw = model.text.slice(it.start, lineEnd < 0 ? model.text.length : lineEnd).replace(/\r$/, "");
    const m = ITEM.exec(raw);
    if (!m) continue;
    const checkbox = !!m[1];
    let rest = m[2];
    let at = it.start + raw.length - rest.length;
    const take = (n) => {
      const kept = rest.slice(n).replace(/^[ \t]+/, "");
      at += rest.length - kept.length;
      rest = kept;
    };
    const formProblems = [];
    const early = [];
    let lm;
    while (checkbox && (lm = LABEL2.exec(rest)) && /^(?:P|US\d+)$/.test(lm[1])) {
      early.push({ label: lm[1], start: at, end: at + lm[1].length + 2 });
      take(lm[0].length);
    }
    const idm = TASK_ID.exec(rest);
    if (!checkbox && (!idm || it.ordered || !phases[p] || !/^Phase\b/i.test(phases[p].text))) continue;
    const odd = idm ? void 0 : /^(T(\d{1,4})[-_.][A-Za-z0-9]+)(?![\w-])/.exec(rest);
    if (!idm && early.length === 0 && (!phases[p] || !/^Phase\b/i.test(phases[p].text))) continue;
    const task = {
      start: it.start,
      end: it.start + raw.length,
      number: 0,
      suffix: "",
      checkbox,
      done: /\[[xX]\]/.test(m[1] ?? ""),
      parallel: early.some((e) => e.label === "P"),
      stories: [],
      description: "",
      formProblems,
      phase: phases[p],
      paths: [],
      creates: false,
      modifies: false
    };
    if (idm) {
      const idStart = at + idm[0].indexOf(idm[1]);
      task.id = idm[1];
      task.idSpan = { start: idStart, end: idStart + idm[1].length };
      task.number = Number(idm[2]);
      task.suffix = idm[3];
      take(idm[0].length);
    }
    for (const e of early) {
      const n = /^US(\d+)$/.exec(e.label);
      if (n) task.stories.push({ number: Number(n[1]), start: e.start, end: e.end });
    }
    const order = [];
    while (lm = LABEL2.exec(rest)) {
      const label = lm[1].trim();
      const us = /^US\s*(\d{1,3})$/i.exec(label) ?? /^(?:Story|User Story)\s*(\d{1,3})$/i.exec(label);
      if (label === "P") task.parallel = true;
      else if (us) {
        task.stories.push({ number: Number(us[1]), start: at, end: at + lm[0].trimEnd().length });
        if (!/^US\d+$/.test(label)) formProblems.push(`write the story label as [US${us[1]}], not [${label}]`);
      } else break;
      order.push(label === "P" ? "P" : "US");
      take(lm[0].length);
    }
    task.description = rest.trim();
    const form = `- [ ] ${task.id ?? "T0NN"}${task.parallel ? " [P]" : ""}${task.stories.map((s) => ` [US${s.number}]`).join("")} ...`;
    if (!checkbox) formProblems.unshift(`it has no checkbox: write "${form}"`);
    else if (odd) formProblems.unshift(`${odd[1]} is not a task id of the form T### (a sub-id adds a letter): write "- [ ] T${odd[2]}a ..."`);
    else if (!task.id) formProblems.unshift(`it has no task id: number it in order with its neighbours, "${form}"`);
    else if (early.length) formProblems.unshift(`its labels come before the id: write "${form}"`);
    else if (order.indexOf("US") >= 0 && order.lastIndexOf("P") > order.indexOf("US")) formProblems.unshift(`[P] comes after the story label: write "${form}"`);
    if (task.id && !task.description) formProblems.push("it has no description: say what the task does and name the file it touches");
    task.paths = taskPaths(model, task, it);
    task.creates = CREATE.test(task.description);
    task.modifies = !task.creates && MODIFY.test(task.description.replace(/^\*\*[^*]*\*\*:?\s*/, ""));
    tasks.push(task);
  }
  const defined = new Set(tasks.filter((t) => t.checkbox && t.id).map((t) => t.id));
  tasks = tasks.filter((t) => t.checkbox || !defined.has(t.id));
  taskCache.set(model, tasks);
  return tasks;
}
var PATH_SHAPE = /^(?:[\w@+-][\w.@+-]*\/)+[\w@+-][\w.@+-]*\.[A-Za-z][A-Za-z0-9]{0,7}$/;
var BARE_PATH = /(?<![\w./`-])((?:[\w@+-][\w.@+-]*\/)+[\w@+-][\w.@+-]*\.[A-Za-z][A-Za-z0-9]{0,7})(?![\w/`])/g;
function taskPaths(model, task, item) {
  const out2 = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (p, start2) => {
    const clean = p.replace(/^\.\//, "");
    if (seen.has(clean) || clean.includes("..") || /^[a-z]+:/i.test(clean)) return;
    seen.add(clean);
    out2.push({ path: clean, start: start2, end: start2 + p.length });
  };
  const end = item.textSpan.end;
  const codes = model.inlineCodes.filter((c) => c.start >= task.start && c.start < end);
  for (const c of codes) {
    const v = c.value.trim().replace(/:\d+(?:-\d+)?$/, "");
    if (PATH_SHAPE.test(v)) add(v, c.start + 1);
  }
  let prose = model.text.slice(task.start, end);
  for (const c of codes) prose = prose.slice(0, c.start - task.start) + " ".repeat(c.end - c.start) + prose.slice(c.end - task.start);
  for (const m of prose.slice(0, 4e3).matchAll(BARE_PATH)) add(m[1], task.start + m.index);
  return out2;
}
function taskOrder(t) {
  return t.number * 100 + (t.suffix ? t.suffix.charCodeAt(0) - 96 : 0);
}

// server/src/core/rules/spec-kit/speckit-util.ts
function titleRange(ctx) {
  const h = ctx.model.headings.find((x) => x.depth === 1) ?? ctx.model.headings[0];
  return h ? { start: h.start, end: h.end } : { start: 0, end: 0 };
}
function lineOf(ctx, offset) {
  return ctx.model.lines.positionAt(offset).line + 1;
}
function listed(items) {
  return items.length <= 1 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

// server/src/core/rules/spec-kit/mp401-section-missing.ts
var TEMPLATE = {
  "spec-kit-spec": "spec-template.md",
  "spec-kit-plan": "plan-template.md",
  "spec-kit-tasks": "tasks-template.md",
  "spec-kit-checklist": "checklist-template.md"
};
var rule45 = {
  meta: {
    id: "MP401",
    name: "spec-kit-section-missing",
    severity: "warning",
    description: "A section the spec-kit template requires (the profile's required sections) is absent.",
    scope: "plan",
    kinds: ["spec-kit-spec", "spec-kit-plan", "spec-kit-tasks", "spec-kit-checklist"],
    needs: []
  },
  check(ctx) {
    const { sections } = specKitSections(ctx.model, ctx.profile);
    const present = new Set(sections.map((s) => s.spec));
    const template = TEMPLATE[ctx.profile.kind] ?? "its template";
    for (const spec2 of ctx.profile.sections) {
      if (!spec2.required || present.has(spec2)) continue;
      ctx.report({
        ...titleRange(ctx),
        message: `The "${spec2.title}" section is missing: ${template} requires it. Add "## ${spec2.title}"${spec2.aliases.length ? ` (or "## ${spec2.aliases[0]}")` : ""} with its content.`
      });
    }
  }
};

// server/src/core/rules/spec-kit/mp402-user-story-incomplete.ts
var rule46 = {
  meta: {
    id: "MP402",
    name: "user-story-incomplete",
    severity: "warning",
    description: "A user story of a spec-kit spec without a priority or without Given/When/Then acceptance scenarios, or a scenario lacking one of its clauses.",
    scope: "plan",
    kinds: ["spec-kit-spec"],
    needs: []
  },
  check(ctx) {
    const { stories } = specDoc(ctx.model);
    if (stories.length === 0) {
      const section = specKitSections(ctx.model, ctx.profile).sections.find((s) => s.spec.role === "user-stories");
      if (section) {
        ctx.report({
          start: section.heading.start,
          end: section.heading.end,
          message: 'This section has no user story: write each as "### User Story 1 - Title (Priority: P1)" with "**Acceptance Scenarios**:" and numbered "**Given** ..., **When** ..., **Then** ..." items.'
        });
      }
      return;
    }
    for (const s of stories) {
      const where3 = { start: s.heading.start, end: s.heading.end };
      const name2 = `User Story ${s.number}`;
      if (!s.priority) {
        ctx.report({ ...where3, message: `${name2} has no priority: end its heading with "(Priority: P${s.number})" (P1 is the most critical), as in "### ${name2} - ${s.title || "Title"} (Priority: P${s.number})".` });
      }
      if (s.scenarios.length === 0) {
        if (s.proseScenarios) continue;
        ctx.report({ ...where3, message: `${name2} has no acceptance scenarios: add "**Acceptance Scenarios**:" and numbered items "1. **Given** <state>, **When** <action>, **Then** <outcome>".` });
        continue;
      }
      s.scenarios.forEach((sc, i2) => {
        if (sc.missing.length === 0) return;
        ctx.report({
          start: sc.item.textSpan.start,
          end: Math.min(sc.item.textSpan.end, sc.item.textSpan.start + 200),
          message: `Acceptance scenario ${i2 + 1} of ${name2} has no ${sc.missing.join(" or ")}: write it as "**Given** <state>, **When** <action>, **Then** <outcome>".`
        });
      });
    }
  }
};

// server/src/core/rules/spec-kit/mp403-spec-id-duplicate.ts
var rule47 = {
  meta: {
    id: "MP403",
    name: "spec-id-duplicate",
    severity: "error",
    description: "A spec-kit spec defines a requirement (FR-###), a success criterion (SC-###) or a user story number twice.",
    scope: "plan",
    kinds: ["spec-kit-spec"],
    needs: []
  },
  check(ctx) {
    const { ids, stories } = specDoc(ctx.model);
    const first = /* @__PURE__ */ new Map();
    const used = new Set(ids.map((d) => d.id));
    for (const d of ids) {
      const at = first.get(d.id);
      if (at === void 0) {
        first.set(d.id, d.start);
        continue;
      }
      const prefix = d.id.slice(0, 2);
      const width = d.id.length - 3;
      let n = 1;
      while (used.has(`${prefix}-${String(n).padStart(width, "0")}`)) n++;
      const free = `${prefix}-${String(n).padStart(width, "0")}`;
      ctx.report({ start: d.start, end: d.end, message: `${d.id} is already defined on line ${lineOf(ctx, at)}: ids are what tasks, checklists and reviews refer to, so each names one ${prefix === "FR" ? "requirement" : "criterion"}. Number this one ${free} (the first free id).` });
    }
    const storyAt = /* @__PURE__ */ new Map();
    for (const s of stories) {
      const at = storyAt.get(s.number);
      if (at === void 0) {
        storyAt.set(s.number, s.heading.start);
        continue;
      }
      const next = Math.max(...stories.map((x) => x.number)) + 1;
      ctx.report({ start: s.heading.start, end: s.heading.end, message: `User Story ${s.number} is already defined on line ${lineOf(ctx, at)}: tasks refer to stories as [US${s.number}], so each number names one story. Number this one User Story ${next}.` });
    }
  }
};

// server/src/core/rules/spec-kit/mp404-needs-clarification.ts
var BRACKETED = /\[NEEDS CLARIFICATION\b[^\]\n]*\]?/g;
var FIELD = /^[ \t]*(?:[-*][ \t]+)?\*\*[^*\n]{1,60}\*\*[ \t]*:?[ \t]*(?:\*\*)?:?[ \t]*(NEEDS CLARIFICATION)\b/gm;
var rule48 = {
  meta: {
    id: "MP404",
    name: "needs-clarification",
    severity: "warning",
    description: "A [NEEDS CLARIFICATION] marker left in a spec-kit spec or plan.",
    scope: "plan",
    kinds: ["spec-kit-spec", "spec-kit-plan"],
    needs: []
  },
  check(ctx) {
    const text4 = ctx.model.text;
    const hidden = [...hiddenSpans(ctx.model), ...ctx.model.inlineCodes].sort((a, b) => a.start - b.start);
    const seen = /* @__PURE__ */ new Set();
    const report = (start2, end, what) => {
      if (seen.has(start2) || inSpans(hidden, start2)) return;
      if (/\b(?:no|zero|any|all|unresolved|open)\s*\**$/i.test(text4.slice(Math.max(0, start2 - 24), start2)) || /^\s*markers?\b/i.test(text4.slice(end, end + 12))) return;
      seen.add(start2);
      const question = /NEEDS CLARIFICATION\s*:\s*([^\]\n]+)/.exec(what)?.[1]?.trim();
      ctx.report({
        start: start2,
        end,
        message: `An open question is left in the text${question ? ` ("${question.slice(0, 100)}")` : ""}: answer it (run /speckit.clarify, or decide and write the answer here) and replace the marker with the decision${ctx.profile.kind === "spec-kit-plan" ? ", recording the reasoning in research.md" : ""}.`
      });
    };
    for (const m of text4.matchAll(BRACKETED)) report(m.index, m.index + m[0].length, m[0]);
    for (const m of text4.matchAll(FIELD)) {
      const start2 = m.index + m[0].length - m[1].length;
      report(start2, start2 + m[1].length, m[1]);
    }
  }
};

// server/src/core/plan/speckit-folder.ts
var path3 = __toESM2(require("node:path"));

// node_modules/mdast-util-to-string/lib/index.js
var emptyOptions = {};
function toString(value, options2) {
  const settings = options2 || emptyOptions;
  const includeImageAlt = typeof settings.includeImageAlt === "boolean" ? settings.includeImageAlt : true;
  const includeHtml = typeof settings.includeHtml === "boolean" ? settings.includeHtml : true;
  return one(value, includeImageAlt, includeHtml);
}
function one(value, includeImageAlt, includeHtml) {
  if (node(value)) {
    if ("value" in value) {
      return value.type === "html" && !includeHtml ? "" : value.value;
    }
    if (includeImageAlt && "alt" in value && value.alt) {
      return value.alt;
    }
    if ("children" in value) {
      return all(value.children, includeImageAlt, includeHtml);
    }
  }
  if (Array.isArray(value)) {
    return all(value, includeImageAlt, includeHtml);
  }
  return "";
}
function all(values, includeImageAlt, includeHtml) {
  const result = [];
  let index2 = -1;
  while (++index2 < values.length) {
    result[index2] = one(values[index2], includeImageAlt, includeHtml);
  }
  return result.join("");
}
function node(value) {
  return Boolean(value && typeof value === "object");
}

// node_modules/character-entities/index.js
var characterEntities = {
  AElig: "\xC6",
  AMP: "&",
  Aacute: "\xC1",
  Abreve: "\u0102",
  Acirc: "\xC2",
  Acy: "\u0410",
  Afr: "\u{1D504}",
  Agrave: "\xC0",
  Alpha: "\u0391",
  Amacr: "\u0100",
  And: "\u2A53",
  Aogon: "\u0104",
  Aopf: "\u{1D538}",
  ApplyFunction: "\u2061",
  Aring: "\xC5",
  Ascr: "\u{1D49C}",
  Assign: "\u2254",
  Atilde: "\xC3",
  Auml: "\xC4",
  Backslash: "\u2216",
  Barv: "\u2AE7",
  Barwed: "\u2306",
  Bcy: "\u0411",
  Because: "\u2235",
  Bernoullis: "\u212C",
  Beta: "\u0392",
  Bfr: "\u{1D505}",
  Bopf: "\u{1D539}",
  Breve: "\u02D8",
  Bscr: "\u212C",
  Bumpeq: "\u224E",
  CHcy: "\u0427",
  COPY: "\xA9",
  Cacute: "\u0106",
  Cap: "\u22D2",
  CapitalDifferentialD: "\u2145",
  Cayleys: "\u212D",
  Ccaron: "\u010C",
  Ccedil: "\xC7",
  Ccirc: "\u0108",
  Cconint: "\u2230",
  Cdot: "\u010A",
  Cedilla: "\xB8",
  CenterDot: "\xB7",
  Cfr: "\u212D",
  Chi: "\u03A7",
  CircleDot: "\u2299",
  CircleMinus: "\u2296",
  CirclePlus: "\u2295",
  CircleTimes: "\u2297",
  ClockwiseContourIntegral: "\u2232",
  CloseCurlyDoubleQuote: "\u201D",
  CloseCurlyQuote: "\u2019",
  Colon: "\u2237",
  Colone: "\u2A74",
  Congruent: "\u2261",
  Conint: "\u222F",
  ContourIntegral: "\u222E",
  Copf: "\u2102",
  Coproduct: "\u2210",
  CounterClockwiseContourIntegral: "\u2233",
  Cross: "\u2A2F",
  Cscr: "\u{1D49E}",
  Cup: "\u22D3",
  CupCap: "\u224D",
  DD: "\u2145",
  DDotrahd: "\u2911",
  DJcy: "\u0402",
  DScy: "\u0405",
  DZcy: "\u040F",
  Dagger: "\u2021",
  Darr: "\u21A1",
  Dashv: "\u2AE4",
  Dcaron: "\u010E",
  Dcy: "\u0414",
  Del: "\u2207",
  Delta: "\u0394",
  Dfr: "\u{1D507}",
  DiacriticalAcute: "\xB4",
  DiacriticalDot: "\u02D9",
  DiacriticalDoubleAcute: "\u02DD",
  DiacriticalGrave: "`",
  DiacriticalTilde: "\u02DC",
  Diamond: "\u22C4",
  DifferentialD: "\u2146",
  Dopf: "\u{1D53B}",
  Dot: "\xA8",
  DotDot: "\u20DC",
  DotEqual: "\u2250",
  DoubleContourIntegral: "\u222F",
  DoubleDot: "\xA8",
  DoubleDownArrow: "\u21D3",
  DoubleLeftArrow: "\u21D0",
  DoubleLeftRightArrow: "\u21D4",
  DoubleLeftTee: "\u2AE4",
  DoubleLongLeftArrow: "\u27F8",
  DoubleLongLeftRightArrow: "\u27FA",
  DoubleLongRightArrow: "\u27F9",
  DoubleRightArrow: "\u21D2",
  DoubleRightTee: "\u22A8",
  DoubleUpArrow: "\u21D1",
  DoubleUpDownArrow: "\u21D5",
  DoubleVerticalBar: "\u2225",
  DownArrow: "\u2193",
  DownArrowBar: "\u2913",
  DownArrowUpArrow: "\u21F5",
  DownBreve: "\u0311",
  DownLeftRightVector: "\u2950",
  DownLeftTeeVector: "\u295E",
  DownLeftVector: "\u21BD",
  DownLeftVectorBar: "\u2956",
  DownRightTeeVector: "\u295F",
  DownRightVector: "\u21C1",
  DownRightVectorBar: "\u2957",
  DownTee: "\u22A4",
  DownTeeArrow: "\u21A7",
  Downarrow: "\u21D3",
  Dscr: "\u{1D49F}",
  Dstrok: "\u0110",
  ENG: "\u014A",
  ETH: "\xD0",
  Eacute: "\xC9",
  Ecaron: "\u011A",
  Ecirc: "\xCA",
  Ecy: "\u042D",
  Edot: "\u0116",
  Efr: "\u{1D508}",
  Egrave: "\xC8",
  Element: "\u2208",
  Emacr: "\u0112",
  EmptySmallSquare: "\u25FB",
  EmptyVerySmallSquare: "\u25AB",
  Eogon: "\u0118",
  Eopf: "\u{1D53C}",
  Epsilon: "\u0395",
  Equal: "\u2A75",
  EqualTilde: "\u2242",
  Equilibrium: "\u21CC",
  Escr: "\u2130",
  Esim: "\u2A73",
  Eta: "\u0397",
  Euml: "\xCB",
  Exists: "\u2203",
  ExponentialE: "\u2147",
  Fcy: "\u0424",
  Ffr: "\u{1D509}",
  FilledSmallSquare: "\u25FC",
  FilledVerySmallSquare: "\u25AA",
  Fopf: "\u{1D53D}",
  ForAll: "\u2200",
  Fouriertrf: "\u2131",
  Fscr: "\u2131",
  GJcy: "\u0403",
  GT: ">",
  Gamma: "\u0393",
  Gammad: "\u03DC",
  Gbreve: "\u011E",
  Gcedil: "\u0122",
  Gcirc: "\u011C",
  Gcy: "\u0413",
  Gdot: "\u0120",
  Gfr: "\u{1D50A}",
  Gg: "\u22D9",
  Gopf: "\u{1D53E}",
  GreaterEqual: "\u2265",
  GreaterEqualLess: "\u22DB",
  GreaterFullEqual: "\u2267",
  GreaterGreater: "\u2AA2",
  GreaterLess: "\u2277",
  GreaterSlantEqual: "\u2A7E",
  GreaterTilde: "\u2273",
  Gscr: "\u{1D4A2}",
  Gt: "\u226B",
  HARDcy: "\u042A",
  Hacek: "\u02C7",
  Hat: "^",
  Hcirc: "\u0124",
  Hfr: "\u210C",
  HilbertSpace: "\u210B",
  Hopf: "\u210D",
  HorizontalLine: "\u2500",
  Hscr: "\u210B",
  Hstrok: "\u0126",
  HumpDownHump: "\u224E",
  HumpEqual: "\u224F",
  IEcy: "\u0415",
  IJlig: "\u0132",
  IOcy: "\u0401",
  Iacute: "\xCD",
  Icirc: "\xCE",
  Icy: "\u0418",
  Idot: "\u0130",
  Ifr: "\u2111",
  Igrave: "\xCC",
  Im: "\u2111",
  Imacr: "\u012A",
  ImaginaryI: "\u2148",
  Implies: "\u21D2",
  Int: "\u222C",
  Integral: "\u222B",
  Intersection: "\u22C2",
  InvisibleComma: "\u2063",
  InvisibleTimes: "\u2062",
  Iogon: "\u012E",
  Iopf: "\u{1D540}",
  Iota: "\u0399",
  Iscr: "\u2110",
  Itilde: "\u0128",
  Iukcy: "\u0406",
  Iuml: "\xCF",
  Jcirc: "\u0134",
  Jcy: "\u0419",
  Jfr: "\u{1D50D}",
  Jopf: "\u{1D541}",
  Jscr: "\u{1D4A5}",
  Jsercy: "\u0408",
  Jukcy: "\u0404",
  KHcy: "\u0425",
  KJcy: "\u040C",
  Kappa: "\u039A",
  Kcedil: "\u0136",
  Kcy: "\u041A",
  Kfr: "\u{1D50E}",
  Kopf: "\u{1D542}",
  Kscr: "\u{1D4A6}",
  LJcy: "\u0409",
  LT: "<",
  Lacute: "\u0139",
  Lambda: "\u039B",
  Lang: "\u27EA",
  Laplacetrf: "\u2112",
  Larr: "\u219E",
  Lcaron: "\u013D",
  Lcedil: "\u013B",
  Lcy: "\u041B",
  LeftAngleBracket: "\u27E8",
  LeftArrow: "\u2190",
  LeftArrowBar: "\u21E4",
  LeftArrowRightArrow: "\u21C6",
  LeftCeiling: "\u2308",
  LeftDoubleBracket: "\u27E6",
  LeftDownTeeVector: "\u2961",
  LeftDownVector: "\u21C3",
  LeftDownVectorBar: "\u2959",
  LeftFloor: "\u230A",
  LeftRightArrow: "\u2194",
  LeftRightVector: "\u294E",
  LeftTee: "\u22A3",
  LeftTeeArrow: "\u21A4",
  LeftTeeVector: "\u295A",
  LeftTriangle: "\u22B2",
  LeftTriangleBar: "\u29CF",
  LeftTriangleEqual: "\u22B4",
  LeftUpDownVector: "\u2951",
  LeftUpTeeVector: "\u2960",
  LeftUpVector: "\u21BF",
  LeftUpVectorBar: "\u2958",
  LeftVector: "\u21BC",
  LeftVectorBar: "\u2952",
  Leftarrow: "\u21D0",
  Leftrightarrow: "\u21D4",
  LessEqualGreater: "\u22DA",
  LessFullEqual: "\u2266",
  LessGreater: "\u2276",
  LessLess: "\u2AA1",
  LessSlantEqual: "\u2A7D",
  LessTilde: "\u2272",
  Lfr: "\u{1D50F}",
  Ll: "\u22D8",
  Lleftarrow: "\u21DA",
  Lmidot: "\u013F",
  LongLeftArrow: "\u27F5",
  LongLeftRightArrow: "\u27F7",
  LongRightArrow: "\u27F6",
  Longleftarrow: "\u27F8",
  Longleftrightarrow: "\u27FA",
  Longrightarrow: "\u27F9",
  Lopf: "\u{1D543}",
  LowerLeftArrow: "\u2199",
  LowerRightArrow: "\u2198",
  Lscr: "\u2112",
  Lsh: "\u21B0",
  Lstrok: "\u0141",
  Lt: "\u226A",
  Map: "\u2905",
  Mcy: "\u041C",
  MediumSpace: "\u205F",
  Mellintrf: "\u2133",
  Mfr: "\u{1D510}",
  MinusPlus: "\u2213",
  Mopf: "\u{1D544}",
  Mscr: "\u2133",
  Mu: "\u039C",
  NJcy: "\u040A",
  Nacute: "\u0143",
  Ncaron: "\u0147",
  Ncedil: "\u0145",
  Ncy: "\u041D",
  NegativeMediumSpace: "\u200B",
  NegativeThickSpace: "\u200B",
  NegativeThinSpace: "\u200B",
  NegativeVeryThinSpace: "\u200B",
  NestedGreaterGreater: "\u226B",
  NestedLessLess: "\u226A",
  NewLine: "\n",
  Nfr: "\u{1D511}",
  NoBreak: "\u2060",
  NonBreakingSpace: "\xA0",
  Nopf: "\u2115",
  Not: "\u2AEC",
  NotCongruent: "\u2262",
  NotCupCap: "\u226D",
  NotDoubleVerticalBar: "\u2226",
  NotElement: "\u2209",
  NotEqual: "\u2260",
  NotEqualTilde: "\u2242\u0338",
  NotExists: "\u2204",
  NotGreater: "\u226F",
  NotGreaterEqual: "\u2271",
  NotGreaterFullEqual: "\u2267\u0338",
  NotGreaterGreater: "\u226B\u0338",
  NotGreaterLess: "\u2279",
  NotGreaterSlantEqual: "\u2A7E\u0338",
  NotGreaterTilde: "\u2275",
  NotHumpDownHump: "\u224E\u0338",
  NotHumpEqual: "\u224F\u0338",
  NotLeftTriangle: "\u22EA",
  NotLeftTriangleBar: "\u29CF\u0338",
  NotLeftTriangleEqual: "\u22EC",
  NotLess: "\u226E",
  NotLessEqual: "\u2270",
  NotLessGreater: "\u2278",
  NotLessLess: "\u226A\u0338",
  NotLessSlantEqual: "\u2A7D\u0338",
  NotLessTilde: "\u2274",
  NotNestedGreaterGreater: "\u2AA2\u0338",
  NotNestedLessLess: "\u2AA1\u0338",
  NotPrecedes: "\u2280",
  NotPrecedesEqual: "\u2AAF\u0338",
  NotPrecedesSlantEqual: "\u22E0",
  NotReverseElement: "\u220C",
  NotRightTriangle: "\u22EB",
  NotRightTriangleBar: "\u29D0\u0338",
  NotRightTriangleEqual: "\u22ED",
  NotSquareSubset: "\u228F\u0338",
  NotSquareSubsetEqual: "\u22E2",
  NotSquareSuperset: "\u2290\u0338",
  NotSquareSupersetEqual: "\u22E3",
  NotSubset: "\u2282\u20D2",
  NotSubsetEqual: "\u2288",
  NotSucceeds: "\u2281",
  NotSucceedsEqual: "\u2AB0\u0338",
  NotSucceedsSlantEqual: "\u22E1",
  NotSucceedsTilde: "\u227F\u0338",
  NotSuperset: "\u2283\u20D2",
  NotSupersetEqual: "\u2289",
  NotTilde: "\u2241",
  NotTildeEqual: "\u2244",
  NotTildeFullEqual: "\u2247",
  NotTildeTilde: "\u2249",
  NotVerticalBar: "\u2224",
  Nscr: "\u{1D4A9}",
  Ntilde: "\xD1",
  Nu: "\u039D",
  OElig: "\u0152",
  Oacute: "\xD3",
  Ocirc: "\xD4",
  Ocy: "\u041E",
  Odblac: "\u0150",
  Ofr: "\u{1D512}",
  Ograve: "\xD2",
  Omacr: "\u014C",
  Omega: "\u03A9",
  Omicron: "\u039F",
  Oopf: "\u{1D546}",
  OpenCurlyDoubleQuote: "\u201C",
  OpenCurlyQuote: "\u2018",
  Or: "\u2A54",
  Oscr: "\u{1D4AA}",
  Oslash: "\xD8",
  Otilde: "\xD5",
  Otimes: "\u2A37",
  Ouml: "\xD6",
  OverBar: "\u203E",
  OverBrace: "\u23DE",
  OverBracket: "\u23B4",
  OverParenthesis: "\u23DC",
  PartialD: "\u2202",
  Pcy: "\u041F",
  Pfr: "\u{1D513}",
  Phi: "\u03A6",
  Pi: "\u03A0",
  PlusMinus: "\xB1",
  Poincareplane: "\u210C",
  Popf: "\u2119",
  Pr: "\u2ABB",
  Precedes: "\u227A",
  PrecedesEqual: "\u2AAF",
  PrecedesSlantEqual: "\u227C",
  PrecedesTilde: "\u227E",
  Prime: "\u2033",
  Product: "\u220F",
  Proportion: "\u2237",
  Proportional: "\u221D",
  Pscr: "\u{1D4AB}",
  Psi: "\u03A8",
  QUOT: '"',
  Qfr: "\u{1D514}",
  Qopf: "\u211A",
  Qscr: "\u{1D4AC}",
  RBarr: "\u2910",
  REG: "\xAE",
  Racute: "\u0154",
  Rang: "\u27EB",
  Rarr: "\u21A0",
  Rarrtl: "\u2916",
  Rcaron: "\u0158",
  Rcedil: "\u0156",
  Rcy: "\u0420",
  Re: "\u211C",
  ReverseElement: "\u220B",
  ReverseEquilibrium: "\u21CB",
  ReverseUpEquilibrium: "\u296F",
  Rfr: "\u211C",
  Rho: "\u03A1",
  RightAngleBracket: "\u27E9",
  RightArrow: "\u2192",
  RightArrowBar: "\u21E5",
  RightArrowLeftArrow: "\u21C4",
  RightCeiling: "\u2309",
  RightDoubleBracket: "\u27E7",
  RightDownTeeVector: "\u295D",
  RightDownVector: "\u21C2",
  RightDownVectorBar: "\u2955",
  RightFloor: "\u230B",
  RightTee: "\u22A2",
  RightTeeArrow: "\u21A6",
  RightTeeVector: "\u295B",
  RightTriangle: "\u22B3",
  RightTriangleBar: "\u29D0",
  RightTriangleEqual: "\u22B5",
  RightUpDownVector: "\u294F",
  RightUpTeeVector: "\u295C",
  RightUpVector: "\u21BE",
  RightUpVectorBar: "\u2954",
  RightVector: "\u21C0",
  RightVectorBar: "\u2953",
  Rightarrow: "\u21D2",
  Ropf: "\u211D",
  RoundImplies: "\u2970",
  Rrightarrow: "\u21DB",
  Rscr: "\u211B",
  Rsh: "\u21B1",
  RuleDelayed: "\u29F4",
  SHCHcy: "\u0429",
  SHcy: "\u0428",
  SOFTcy: "\u042C",
  Sacute: "\u015A",
  Sc: "\u2ABC",
  Scaron: "\u0160",
  Scedil: "\u015E",
  Scirc: "\u015C",
  Scy: "\u0421",
  Sfr: "\u{1D516}",
  ShortDownArrow: "\u2193",
  ShortLeftArrow: "\u2190",
  ShortRightArrow: "\u2192",
  ShortUpArrow: "\u2191",
  Sigma: "\u03A3",
  SmallCircle: "\u2218",
  Sopf: "\u{1D54A}",
  Sqrt: "\u221A",
  Square: "\u25A1",
  SquareIntersection: "\u2293",
  SquareSubset: "\u228F",
  SquareSubsetEqual: "\u2291",
  SquareSuperset: "\u2290",
  SquareSupersetEqual: "\u2292",
  SquareUnion: "\u2294",
  Sscr: "\u{1D4AE}",
  Star: "\u22C6",
  Sub: "\u22D0",
  Subset: "\u22D0",
  SubsetEqual: "\u2286",
  Succeeds: "\u227B",
  SucceedsEqual: "\u2AB0",
  SucceedsSlantEqual: "\u227D",
  SucceedsTilde: "\u227F",
  SuchThat: "\u220B",
  Sum: "\u2211",
  Sup: "\u22D1",
  Superset: "\u2283",
  SupersetEqual: "\u2287",
  Supset: "\u22D1",
  THORN: "\xDE",
  TRADE: "\u2122",
  TSHcy: "\u040B",
  TScy: "\u0426",
  Tab: "	",
  Tau: "\u03A4",
  Tcaron: "\u0164",
  Tcedil: "\u0162",
  Tcy: "\u0422",
  Tfr: "\u{1D517}",
  Therefore: "\u2234",
  Theta: "\u0398",
  ThickSpace: "\u205F\u200A",
  ThinSpace: "\u2009",
  Tilde: "\u223C",
  TildeEqual: "\u2243",
  TildeFullEqual: "\u2245",
  TildeTilde: "\u2248",
  Topf: "\u{1D54B}",
  TripleDot: "\u20DB",
  Tscr: "\u{1D4AF}",
  Tstrok: "\u0166",
  Uacute: "\xDA",
  Uarr: "\u219F",
  Uarrocir: "\u2949",
  Ubrcy: "\u040E",
  Ubreve: "\u016C",
  Ucirc: "\xDB",
  Ucy: "\u0423",
  Udblac: "\u0170",
  Ufr: "\u{1D518}",
  Ugrave: "\xD9",
  Umacr: "\u016A",
  UnderBar: "_",
  UnderBrace: "\u23DF",
  UnderBracket: "\u23B5",
  UnderParenthesis: "\u23DD",
  Union: "\u22C3",
  UnionPlus: "\u228E",
  Uogon: "\u0172",
  Uopf: "\u{1D54C}",
  UpArrow: "\u2191",
  UpArrowBar: "\u2912",
  UpArrowDownArrow: "\u21C5",
  UpDownArrow: "\u2195",
  UpEquilibrium: "\u296E",
  UpTee: "\u22A5",
  UpTeeArrow: "\u21A5",
  Uparrow: "\u21D1",
  Updownarrow: "\u21D5",
  UpperLeftArrow: "\u2196",
  UpperRightArrow: "\u2197",
  Upsi: "\u03D2",
  Upsilon: "\u03A5",
  Uring: "\u016E",
  Uscr: "\u{1D4B0}",
  Utilde: "\u0168",
  Uuml: "\xDC",
  VDash: "\u22AB",
  Vbar: "\u2AEB",
  Vcy: "\u0412",
  Vdash: "\u22A9",
  Vdashl: "\u2AE6",
  Vee: "\u22C1",
  Verbar: "\u2016",
  Vert: "\u2016",
  VerticalBar: "\u2223",
  VerticalLine: "|",
  VerticalSeparator: "\u2758",
  VerticalTilde: "\u2240",
  VeryThinSpace: "\u200A",
  Vfr: "\u{1D519}",
  Vopf: "\u{1D54D}",
  Vscr: "\u{1D4B1}",
  Vvdash: "\u22AA",
  Wcirc: "\u0174",
  Wedge: "\u22C0",
  Wfr: "\u{1D51A}",
  Wopf: "\u{1D54E}",
  Wscr: "\u{1D4B2}",
  Xfr: "\u{1D51B}",
  Xi: "\u039E",
  Xopf: "\u{1D54F}",
  Xscr: "\u{1D4B3}",
  YAcy: "\u042F",
  YIcy: "\u0407",
  YUcy: "\u042E",
  Yacute: "\xDD",
  Ycirc: "\u0176",
  Ycy: "\u042B",
  Yfr: "\u{1D51C}",
  Yopf: "\u{1D550}",
  Yscr: "\u{1D4B4}",
  Yuml: "\u0178",
  ZHcy: "\u0416",
  Zacute: "\u0179",
  Zcaron: "\u017D",
  Zcy: "\u0417",
  Zdot: "\u017B",
  ZeroWidthSpace: "\u200B",
  Zeta: "\u0396",
  Zfr: "\u2128",
  Zopf: "\u2124",
  Zscr: "\u{1D4B5}",
  aacute: "\xE1",
  abreve: "\u0103",
  ac: "\u223E",
  acE: "\u223E\u0333",
  acd: "\u223F",
  acirc: "\xE2",
  acute: "\xB4",
  acy: "\u0430",
  aelig: "\xE6",
  af: "\u2061",
  afr: "\u{1D51E}",
  agrave: "\xE0",
  alefsym: "\u2135",
  aleph: "\u2135",
  alpha: "\u03B1",
  amacr: "\u0101",
  amalg: "\u2A3F",
  amp: "&",
  and: "\u2227",
  andand: "\u2A55",
  andd: "\u2A5C",
  andslope: "\u2A58",
  andv: "\u2A5A",
  ang: "\u2220",
  ange: "\u29A4",
  angle: "\u2220",
  angmsd: "\u2221",
  angmsdaa: "\u29A8",
  angmsdab: "\u29A9",
  angmsdac: "\u29AA",
  angmsdad: "\u29AB",
  angmsdae: "\u29AC",
  angmsdaf: "\u29AD",
  angmsdag: "\u29AE",
  angmsdah: "\u29AF",
  angrt: "\u221F",
  angrtvb: "\u22BE",
  angrtvbd: "\u299D",
  angsph: "\u2222",
  angst: "\xC5",
  angzarr: "\u237C",
  aogon: "\u0105",
  aopf: "\u{1D552}",
  ap: "\u2248",
  apE: "\u2A70",
  apacir: "\u2A6F",
  ape: "\u224A",
  apid: "\u224B",
  apos: "'",
  approx: "\u2248",
  approxeq: "\u224A",
  aring: "\xE5",
  ascr: "\u{1D4B6}",
  ast: "*",
  asymp: "\u2248",
  asympeq: "\u224D",
  atilde: "\xE3",
  auml: "\xE4",
  awconint: "\u2233",
  awint: "\u2A11",
  bNot: "\u2AED",
  backcong: "\u224C",
  backepsilon: "\u03F6",
  backprime: "\u2035",
  backsim: "\u223D",
  backsimeq: "\u22CD",
  barvee: "\u22BD",
  barwed: "\u2305",
  barwedge: "\u2305",
  bbrk: "\u23B5",
  bbrktbrk: "\u23B6",
  bcong: "\u224C",
  bcy: "\u0431",
  bdquo: "\u201E",
  becaus: "\u2235",
  because: "\u2235",
  bemptyv: "\u29B0",
  bepsi: "\u03F6",
  bernou: "\u212C",
  beta: "\u03B2",
  beth: "\u2136",
  between: "\u226C",
  bfr: "\u{1D51F}",
  bigcap: "\u22C2",
  bigcirc: "\u25EF",
  bigcup: "\u22C3",
  bigodot: "\u2A00",
  bigoplus: "\u2A01",
  bigotimes: "\u2A02",
  bigsqcup: "\u2A06",
  bigstar: "\u2605",
  bigtriangledown: "\u25BD",
  bigtriangleup: "\u25B3",
  biguplus: "\u2A04",
  bigvee: "\u22C1",
  bigwedge: "\u22C0",
  bkarow: "\u290D",
  blacklozenge: "\u29EB",
  blacksquare: "\u25AA",
  blacktriangle: "\u25B4",
  blacktriangledown: "\u25BE",
  blacktriangleleft: "\u25C2",
  blacktriangleright: "\u25B8",
  blank: "\u2423",
  blk12: "\u2592",
  blk14: "\u2591",
  blk34: "\u2593",
  block: "\u2588",
  bne: "=\u20E5",
  bnequiv: "\u2261\u20E5",
  bnot: "\u2310",
  bopf: "\u{1D553}",
  bot: "\u22A5",
  bottom: "\u22A5",
  bowtie: "\u22C8",
  boxDL: "\u2557",
  boxDR: "\u2554",
  boxDl: "\u2556",
  boxDr: "\u2553",
  boxH: "\u2550",
  boxHD: "\u2566",
  boxHU: "\u2569",
  boxHd: "\u2564",
  boxHu: "\u2567",
  boxUL: "\u255D",
  boxUR: "\u255A",
  boxUl: "\u255C",
  boxUr: "\u2559",
  boxV: "\u2551",
  boxVH: "\u256C",
  boxVL: "\u2563",
  boxVR: "\u2560",
  boxVh: "\u256B",
  boxVl: "\u2562",
  boxVr: "\u255F",
  boxbox: "\u29C9",
  boxdL: "\u2555",
  boxdR: "\u2552",
  boxdl: "\u2510",
  boxdr: "\u250C",
  boxh: "\u2500",
  boxhD: "\u2565",
  boxhU: "\u2568",
  boxhd: "\u252C",
  boxhu: "\u2534",
  boxminus: "\u229F",
  boxplus: "\u229E",
  boxtimes: "\u22A0",
  boxuL: "\u255B",
  boxuR: "\u2558",
  boxul: "\u2518",
  boxur: "\u2514",
  boxv: "\u2502",
  boxvH: "\u256A",
  boxvL: "\u2561",
  boxvR: "\u255E",
  boxvh: "\u253C",
  boxvl: "\u2524",
  boxvr: "\u251C",
  bprime: "\u2035",
  breve: "\u02D8",
  brvbar: "\xA6",
  bscr: "\u{1D4B7}",
  bsemi: "\u204F",
  bsim: "\u223D",
  bsime: "\u22CD",
  bsol: "\\",
  bsolb: "\u29C5",
  bsolhsub: "\u27C8",
  bull: "\u2022",
  bullet: "\u2022",
  bump: "\u224E",
  bumpE: "\u2AAE",
  bumpe: "\u224F",
  bumpeq: "\u224F",
  cacute: "\u0107",
  cap: "\u2229",
  capand: "\u2A44",
  capbrcup: "\u2A49",
  capcap: "\u2A4B",
  capcup: "\u2A47",
  capdot: "\u2A40",
  caps: "\u2229\uFE00",
  caret: "\u2041",
  caron: "\u02C7",
  ccaps: "\u2A4D",
  ccaron: "\u010D",
  ccedil: "\xE7",
  ccirc: "\u0109",
  ccups: "\u2A4C",
  ccupssm: "\u2A50",
  cdot: "\u010B",
  cedil: "\xB8",
  cemptyv: "\u29B2",
  cent: "\xA2",
  centerdot: "\xB7",
  cfr: "\u{1D520}",
  chcy: "\u0447",
  check: "\u2713",
  checkmark: "\u2713",
  chi: "\u03C7",
  cir: "\u25CB",
  cirE: "\u29C3",
  circ: "\u02C6",
  circeq: "\u2257",
  circlearrowleft: "\u21BA",
  circlearrowright: "\u21BB",
  circledR: "\xAE",
  circledS: "\u24C8",
  circledast: "\u229B",
  circledcirc: "\u229A",
  circleddash: "\u229D",
  cire: "\u2257",
  cirfnint: "\u2A10",
  cirmid: "\u2AEF",
  cirscir: "\u29C2",
  clubs: "\u2663",
  clubsuit: "\u2663",
  colon: ":",
  colone: "\u2254",
  coloneq: "\u2254",
  comma: ",",
  commat: "@",
  comp: "\u2201",
  compfn: "\u2218",
  complement: "\u2201",
  complexes: "\u2102",
  cong: "\u2245",
  congdot: "\u2A6D",
  conint: "\u222E",
  copf: "\u{1D554}",
  coprod: "\u2210",
  copy: "\xA9",
  copysr: "\u2117",
  crarr: "\u21B5",
  cross: "\u2717",
  cscr: "\u{1D4B8}",
  csub: "\u2ACF",
  csube: "\u2AD1",
  csup: "\u2AD0",
  csupe: "\u2AD2",
  ctdot: "\u22EF",
  cudarrl: "\u2938",
  cudarrr: "\u2935",
  cuepr: "\u22DE",
  cuesc: "\u22DF",
  cularr: "\u21B6",
  cularrp: "\u293D",
  cup: "\u222A",
  cupbrcap: "\u2A48",
  cupcap: "\u2A46",
  cupcup: "\u2A4A",
  cupdot: "\u228D",
  cupor: "\u2A45",
  cups: "\u222A\uFE00",
  curarr: "\u21B7",
  curarrm: "\u293C",
  curlyeqprec: "\u22DE",
  curlyeqsucc: "\u22DF",
  curlyvee: "\u22CE",
  curlywedge: "\u22CF",
  curren: "\xA4",
  curvearrowleft: "\u21B6",
  curvearrowright: "\u21B7",
  cuvee: "\u22CE",
  cuwed: "\u22CF",
  cwconint: "\u2232",
  cwint: "\u2231",
  cylcty: "\u232D",
  dArr: "\u21D3",
  dHar: "\u2965",
  dagger: "\u2020",
  daleth: "\u2138",
  darr: "\u2193",
  dash: "\u2010",
  dashv: "\u22A3",
  dbkarow: "\u290F",
  dblac: "\u02DD",
  dcaron: "\u010F",
  dcy: "\u0434",
  dd: "\u2146",
  ddagger: "\u2021",
  ddarr: "\u21CA",
  ddotseq: "\u2A77",
  deg: "\xB0",
  delta: "\u03B4",
  demptyv: "\u29B1",
  dfisht: "\u297F",
  dfr: "\u{1D521}",
  dharl: "\u21C3",
  dharr: "\u21C2",
  diam: "\u22C4",
  diamond: "\u22C4",
  diamondsuit: "\u2666",
  diams: "\u2666",
  die: "\xA8",
  digamma: "\u03DD",
  disin: "\u22F2",
  div: "\xF7",
  divide: "\xF7",
  divideontimes: "\u22C7",
  divonx: "\u22C7",
  djcy: "\u0452",
  dlcorn: "\u231E",
  dlcrop: "\u230D",
  dollar: "$",
  dopf: "\u{1D555}",
  dot: "\u02D9",
  doteq: "\u2250",
  doteqdot: "\u2251",
  dotminus: "\u2238",
  dotplus: "\u2214",
  dotsquare: "\u22A1",
  doublebarwedge: "\u2306",
  downarrow: "\u2193",
  downdownarrows: "\u21CA",
  downharpoonleft: "\u21C3",
  downharpoonright: "\u21C2",
  drbkarow: "\u2910",
  drcorn: "\u231F",
  drcrop: "\u230C",
  dscr: "\u{1D4B9}",
  dscy: "\u0455",
  dsol: "\u29F6",
  dstrok: "\u0111",
  dtdot: "\u22F1",
  dtri: "\u25BF",
  dtrif: "\u25BE",
  duarr: "\u21F5",
  duhar: "\u296F",
  dwangle: "\u29A6",
  dzcy: "\u045F",
  dzigrarr: "\u27FF",
  eDDot: "\u2A77",
  eDot: "\u2251",
  eacute: "\xE9",
  easter: "\u2A6E",
  ecaron: "\u011B",
  ecir: "\u2256",
  ecirc: "\xEA",
  ecolon: "\u2255",
  ecy: "\u044D",
  edot: "\u0117",
  ee: "\u2147",
  efDot: "\u2252",
  efr: "\u{1D522}",
  eg: "\u2A9A",
  egrave: "\xE8",
  egs: "\u2A96",
  egsdot: "\u2A98",
  el: "\u2A99",
  elinters: "\u23E7",
  ell: "\u2113",
  els: "\u2A95",
  elsdot: "\u2A97",
  emacr: "\u0113",
  empty: "\u2205",
  emptyset: "\u2205",
  emptyv: "\u2205",
  emsp13: "\u2004",
  emsp14: "\u2005",
  emsp: "\u2003",
  eng: "\u014B",
  ensp: "\u2002",
  eogon: "\u0119",
  eopf: "\u{1D556}",
  epar: "\u22D5",
  eparsl: "\u29E3",
  eplus: "\u2A71",
  epsi: "\u03B5",
  epsilon: "\u03B5",
  epsiv: "\u03F5",
  eqcirc: "\u2256",
  eqcolon: "\u2255",
  eqsim: "\u2242",
  eqslantgtr: "\u2A96",
  eqslantless: "\u2A95",
  equals: "=",
  equest: "\u225F",
  equiv: "\u2261",
  equivDD: "\u2A78",
  eqvparsl: "\u29E5",
  erDot: "\u2253",
  erarr: "\u2971",
  escr: "\u212F",
  esdot: "\u2250",
  esim: "\u2242",
  eta: "\u03B7",
  eth: "\xF0",
  euml: "\xEB",
  euro: "\u20AC",
  excl: "!",
  exist: "\u2203",
  expectation: "\u2130",
  exponentiale: "\u2147",
  fallingdotseq: "\u2252",
  fcy: "\u0444",
  female: "\u2640",
  ffilig: "\uFB03",
  fflig: "\uFB00",
  ffllig: "\uFB04",
  ffr: "\u{1D523}",
  filig: "\uFB01",
  fjlig: "fj",
  flat: "\u266D",
  fllig: "\uFB02",
  fltns: "\u25B1",
  fnof: "\u0192",
  fopf: "\u{1D557}",
  forall: "\u2200",
  fork: "\u22D4",
  forkv: "\u2AD9",
  fpartint: "\u2A0D",
  frac12: "\xBD",
  frac13: "\u2153",
  frac14: "\xBC",
  frac15: "\u2155",
  frac16: "\u2159",
  frac18: "\u215B",
  frac23: "\u2154",
  frac25: "\u2156",
  frac34: "\xBE",
  frac35: "\u2157",
  frac38: "\u215C",
  frac45: "\u2158",
  frac56: "\u215A",
  frac58: "\u215D",
  frac78: "\u215E",
  frasl: "\u2044",
  frown: "\u2322",
  fscr: "\u{1D4BB}",
  gE: "\u2267",
  gEl: "\u2A8C",
  gacute: "\u01F5",
  gamma: "\u03B3",
  gammad: "\u03DD",
  gap: "\u2A86",
  gbreve: "\u011F",
  gcirc: "\u011D",
  gcy: "\u0433",
  gdot: "\u0121",
  ge: "\u2265",
  gel: "\u22DB",
  geq: "\u2265",
  geqq: "\u2267",
  geqslant: "\u2A7E",
  ges: "\u2A7E",
  gescc: "\u2AA9",
  gesdot: "\u2A80",
  gesdoto: "\u2A82",
  gesdotol: "\u2A84",
  gesl: "\u22DB\uFE00",
  gesles: "\u2A94",
  gfr: "\u{1D524}",
  gg: "\u226B",
  ggg: "\u22D9",
  gimel: "\u2137",
  gjcy: "\u0453",
  gl: "\u2277",
  glE: "\u2A92",
  gla: "\u2AA5",
  glj: "\u2AA4",
  gnE: "\u2269",
  gnap: "\u2A8A",
  gnapprox: "\u2A8A",
  gne: "\u2A88",
  gneq: "\u2A88",
  gneqq: "\u2269",
  gnsim: "\u22E7",
  gopf: "\u{1D558}",
  grave: "`",
  gscr: "\u210A",
  gsim: "\u2273",
  gsime: "\u2A8E",
  gsiml: "\u2A90",
  gt: ">",
  gtcc: "\u2AA7",
  gtcir: "\u2A7A",
  gtdot: "\u22D7",
  gtlPar: "\u2995",
  gtquest: "\u2A7C",
  gtrapprox: "\u2A86",
  gtrarr: "\u2978",
  gtrdot: "\u22D7",
  gtreqless: "\u22DB",
  gtreqqless: "\u2A8C",
  gtrless: "\u2277",
  gtrsim: "\u2273",
  gvertneqq: "\u2269\uFE00",
  gvnE: "\u2269\uFE00",
  hArr: "\u21D4",
  hairsp: "\u200A",
  half: "\xBD",
  hamilt: "\u210B",
  hardcy: "\u044A",
  harr: "\u2194",
  harrcir: "\u2948",
  harrw: "\u21AD",
  hbar: "\u210F",
  hcirc: "\u0125",
  hearts: "\u2665",
  heartsuit: "\u2665",
  hellip: "\u2026",
  hercon: "\u22B9",
  hfr: "\u{1D525}",
  hksearow: "\u2925",
  hkswarow: "\u2926",
  hoarr: "\u21FF",
  homtht: "\u223B",
  hookleftarrow: "\u21A9",
  hookrightarrow: "\u21AA",
  hopf: "\u{1D559}",
  horbar: "\u2015",
  hscr: "\u{1D4BD}",
  hslash: "\u210F",
  hstrok: "\u0127",
  hybull: "\u2043",
  hyphen: "\u2010",
  iacute: "\xED",
  ic: "\u2063",
  icirc: "\xEE",
  icy: "\u0438",
  iecy: "\u0435",
  iexcl: "\xA1",
  iff: "\u21D4",
  ifr: "\u{1D526}",
  igrave: "\xEC",
  ii: "\u2148",
  iiiint: "\u2A0C",
  iiint: "\u222D",
  iinfin: "\u29DC",
  iiota: "\u2129",
  ijlig: "\u0133",
  imacr: "\u012B",
  image: "\u2111",
  imagline: "\u2110",
  imagpart: "\u2111",
  imath: "\u0131",
  imof: "\u22B7",
  imped: "\u01B5",
  in: "\u2208",
  incare: "\u2105",
  infin: "\u221E",
  infintie: "\u29DD",
  inodot: "\u0131",
  int: "\u222B",
  intcal: "\u22BA",
  integers: "\u2124",
  intercal: "\u22BA",
  intlarhk: "\u2A17",
  intprod: "\u2A3C",
  iocy: "\u0451",
  iogon: "\u012F",
  iopf: "\u{1D55A}",
  iota: "\u03B9",
  iprod: "\u2A3C",
  iquest: "\xBF",
  iscr: "\u{1D4BE}",
  isin: "\u2208",
  isinE: "\u22F9",
  isindot: "\u22F5",
  isins: "\u22F4",
  isinsv: "\u22F3",
  isinv: "\u2208",
  it: "\u2062",
  itilde: "\u0129",
  iukcy: "\u0456",
  iuml: "\xEF",
  jcirc: "\u0135",
  jcy: "\u0439",
  jfr: "\u{1D527}",
  jmath: "\u0237",
  jopf: "\u{1D55B}",
  jscr: "\u{1D4BF}",
  jsercy: "\u0458",
  jukcy: "\u0454",
  kappa: "\u03BA",
  kappav: "\u03F0",
  kcedil: "\u0137",
  kcy: "\u043A",
  kfr: "\u{1D528}",
  kgreen: "\u0138",
  khcy: "\u0445",
  kjcy: "\u045C",
  kopf: "\u{1D55C}",
  kscr: "\u{1D4C0}",
  lAarr: "\u21DA",
  lArr: "\u21D0",
  lAtail: "\u291B",
  lBarr: "\u290E",
  lE: "\u2266",
  lEg: "\u2A8B",
  lHar: "\u2962",
  lacute: "\u013A",
  laemptyv: "\u29B4",
  lagran: "\u2112",
  lambda: "\u03BB",
  lang: "\u27E8",
  langd: "\u2991",
  langle: "\u27E8",
  lap: "\u2A85",
  laquo: "\xAB",
  larr: "\u2190",
  larrb: "\u21E4",
  larrbfs: "\u291F",
  larrfs: "\u291D",
  larrhk: "\u21A9",
  larrlp: "\u21AB",
  larrpl: "\u2939",
  larrsim: "\u2973",
  larrtl: "\u21A2",
  lat: "\u2AAB",
  latail: "\u2919",
  late: "\u2AAD",
  lates: "\u2AAD\uFE00",
  lbarr: "\u290C",
  lbbrk: "\u2772",
  lbrace: "{",
  lbrack: "[",
  lbrke: "\u298B",
  lbrksld: "\u298F",
  lbrkslu: "\u298D",
  lcaron: "\u013E",
  lcedil: "\u013C",
  lceil: "\u2308",
  lcub: "{",
  lcy: "\u043B",
  ldca: "\u2936",
  ldquo: "\u201C",
  ldquor: "\u201E",
  ldrdhar: "\u2967",
  ldrushar: "\u294B",
  ldsh: "\u21B2",
  le: "\u2264",
  leftarrow: "\u2190",
  leftarrowtail: "\u21A2",
  leftharpoondown: "\u21BD",
  leftharpoonup: "\u21BC",
  leftleftarrows: "\u21C7",
  leftrightarrow: "\u2194",
  leftrightarrows: "\u21C6",
  leftrightharpoons: "\u21CB",
  leftrightsquigarrow: "\u21AD",
  leftthreetimes: "\u22CB",
  leg: "\u22DA",
  leq: "\u2264",
  leqq: "\u2266",
  leqslant: "\u2A7D",
  les: "\u2A7D",
  lescc: "\u2AA8",
  lesdot: "\u2A7F",
  lesdoto: "\u2A81",
  lesdotor: "\u2A83",
  lesg: "\u22DA\uFE00",
  lesges: "\u2A93",
  lessapprox: "\u2A85",
  lessdot: "\u22D6",
  lesseqgtr: "\u22DA",
  lesseqqgtr: "\u2A8B",
  lessgtr: "\u2276",
  lesssim: "\u2272",
  lfisht: "\u297C",
  lfloor: "\u230A",
  lfr: "\u{1D529}",
  lg: "\u2276",
  lgE: "\u2A91",
  lhard: "\u21BD",
  lharu: "\u21BC",
  lharul: "\u296A",
  lhblk: "\u2584",
  ljcy: "\u0459",
  ll: "\u226A",
  llarr: "\u21C7",
  llcorner: "\u231E",
  llhard: "\u296B",
  lltri: "\u25FA",
  lmidot: "\u0140",
  lmoust: "\u23B0",
  lmoustache: "\u23B0",
  lnE: "\u2268",
  lnap: "\u2A89",
  lnapprox: "\u2A89",
  lne: "\u2A87",
  lneq: "\u2A87",
  lneqq: "\u2268",
  lnsim: "\u22E6",
  loang: "\u27EC",
  loarr: "\u21FD",
  lobrk: "\u27E6",
  longleftarrow: "\u27F5",
  longleftrightarrow: "\u27F7",
  longmapsto: "\u27FC",
  longrightarrow: "\u27F6",
  looparrowleft: "\u21AB",
  looparrowright: "\u21AC",
  lopar: "\u2985",
  lopf: "\u{1D55D}",
  loplus: "\u2A2D",
  lotimes: "\u2A34",
  lowast: "\u2217",
  lowbar: "_",
  loz: "\u25CA",
  lozenge: "\u25CA",
  lozf: "\u29EB",
  lpar: "(",
  lparlt: "\u2993",
  lrarr: "\u21C6",
  lrcorner: "\u231F",
  lrhar: "\u21CB",
  lrhard: "\u296D",
  lrm: "\u200E",
  lrtri: "\u22BF",
  lsaquo: "\u2039",
  lscr: "\u{1D4C1}",
  lsh: "\u21B0",
  lsim: "\u2272",
  lsime: "\u2A8D",
  lsimg: "\u2A8F",
  lsqb: "[",
  lsquo: "\u2018",
  lsquor: "\u201A",
  lstrok: "\u0142",
  lt: "<",
  ltcc: "\u2AA6",
  ltcir: "\u2A79",
  ltdot: "\u22D6",
  lthree: "\u22CB",
  ltimes: "\u22C9",
  ltlarr: "\u2976",
  ltquest: "\u2A7B",
  ltrPar: "\u2996",
  ltri: "\u25C3",
  ltrie: "\u22B4",
  ltrif: "\u25C2",
  lurdshar: "\u294A",
  luruhar: "\u2966",
  lvertneqq: "\u2268\uFE00",
  lvnE: "\u2268\uFE00",
  mDDot: "\u223A",
  macr: "\xAF",
  male: "\u2642",
  malt: "\u2720",
  maltese: "\u2720",
  map: "\u21A6",
  mapsto: "\u21A6",
  mapstodown: "\u21A7",
  mapstoleft: "\u21A4",
  mapstoup: "\u21A5",
  marker: "\u25AE",
  mcomma: "\u2A29",
  mcy: "\u043C",
  mdash: "\u2014",
  measuredangle: "\u2221",
  mfr: "\u{1D52A}",
  mho: "\u2127",
  micro: "\xB5",
  mid: "\u2223",
  midast: "*",
  midcir: "\u2AF0",
  middot: "\xB7",
  minus: "\u2212",
  minusb: "\u229F",
  minusd: "\u2238",
  minusdu: "\u2A2A",
  mlcp: "\u2ADB",
  mldr: "\u2026",
  mnplus: "\u2213",
  models: "\u22A7",
  mopf: "\u{1D55E}",
  mp: "\u2213",
  mscr: "\u{1D4C2}",
  mstpos: "\u223E",
  mu: "\u03BC",
  multimap: "\u22B8",
  mumap: "\u22B8",
  nGg: "\u22D9\u0338",
  nGt: "\u226B\u20D2",
  nGtv: "\u226B\u0338",
  nLeftarrow: "\u21CD",
  nLeftrightarrow: "\u21CE",
  nLl: "\u22D8\u0338",
  nLt: "\u226A\u20D2",
  nLtv: "\u226A\u0338",
  nRightarrow: "\u21CF",
  nVDash: "\u22AF",
  nVdash: "\u22AE",
  nabla: "\u2207",
  nacute: "\u0144",
  nang: "\u2220\u20D2",
  nap: "\u2249",
  napE: "\u2A70\u0338",
  napid: "\u224B\u0338",
  napos: "\u0149",
  napprox: "\u2249",
  natur: "\u266E",
  natural: "\u266E",
  naturals: "\u2115",
  nbsp: "\xA0",
  nbump: "\u224E\u0338",
  nbumpe: "\u224F\u0338",
  ncap: "\u2A43",
  ncaron: "\u0148",
  ncedil: "\u0146",
  ncong: "\u2247",
  ncongdot: "\u2A6D\u0338",
  ncup: "\u2A42",
  ncy: "\u043D",
  ndash: "\u2013",
  ne: "\u2260",
  neArr: "\u21D7",
  nearhk: "\u2924",
  nearr: "\u2197",
  nearrow: "\u2197",
  nedot: "\u2250\u0338",
  nequiv: "\u2262",
  nesear: "\u2928",
  nesim: "\u2242\u0338",
  nexist: "\u2204",
  nexists: "\u2204",
  nfr: "\u{1D52B}",
  ngE: "\u2267\u0338",
  nge: "\u2271",
  ngeq: "\u2271",
  ngeqq: "\u2267\u0338",
  ngeqslant: "\u2A7E\u0338",
  nges: "\u2A7E\u0338",
  ngsim: "\u2275",
  ngt: "\u226F",
  ngtr: "\u226F",
  nhArr: "\u21CE",
  nharr: "\u21AE",
  nhpar: "\u2AF2",
  ni: "\u220B",
  nis: "\u22FC",
  nisd: "\u22FA",
  niv: "\u220B",
  njcy: "\u045A",
  nlArr: "\u21CD",
  nlE: "\u2266\u0338",
  nlarr: "\u219A",
  nldr: "\u2025",
  nle: "\u2270",
  nleftarrow: "\u219A",
  nleftrightarrow: "\u21AE",
  nleq: "\u2270",
  nleqq: "\u2266\u0338",
  nleqslant: "\u2A7D\u0338",
  nles: "\u2A7D\u0338",
  nless: "\u226E",
  nlsim: "\u2274",
  nlt: "\u226E",
  nltri: "\u22EA",
  nltrie: "\u22EC",
  nmid: "\u2224",
  nopf: "\u{1D55F}",
  not: "\xAC",
  notin: "\u2209",
  notinE: "\u22F9\u0338",
  notindot: "\u22F5\u0338",
  notinva: "\u2209",
  notinvb: "\u22F7",
  notinvc: "\u22F6",
  notni: "\u220C",
  notniva: "\u220C",
  notnivb: "\u22FE",
  notnivc: "\u22FD",
  npar: "\u2226",
  nparallel: "\u2226",
  nparsl: "\u2AFD\u20E5",
  npart: "\u2202\u0338",
  npolint: "\u2A14",
  npr: "\u2280",
  nprcue: "\u22E0",
  npre: "\u2AAF\u0338",
  nprec: "\u2280",
  npreceq: "\u2AAF\u0338",
  nrArr: "\u21CF",
  nrarr: "\u219B",
  nrarrc: "\u2933\u0338",
  nrarrw: "\u219D\u0338",
  nrightarrow: "\u219B",
  nrtri: "\u22EB",
  nrtrie: "\u22ED",
  nsc: "\u2281",
  nsccue: "\u22E1",
  nsce: "\u2AB0\u0338",
  nscr: "\u{1D4C3}",
  nshortmid: "\u2224",
  nshortparallel: "\u2226",
  nsim: "\u2241",
  nsime: "\u2244",
  nsimeq: "\u2244",
  nsmid: "\u2224",
  nspar: "\u2226",
  nsqsube: "\u22E2",
  nsqsupe: "\u22E3",
  nsub: "\u2284",
  nsubE: "\u2AC5\u0338",
  nsube: "\u2288",
  nsubset: "\u2282\u20D2",
  nsubseteq: "\u2288",
  nsubseteqq: "\u2AC5\u0338",
  nsucc: "\u2281",
  nsucceq: "\u2AB0\u0338",
  nsup: "\u2285",
  nsupE: "\u2AC6\u0338",
  nsupe: "\u2289",
  nsupset: "\u2283\u20D2",
  nsupseteq: "\u2289",
  nsupseteqq: "\u2AC6\u0338",
  ntgl: "\u2279",
  ntilde: "\xF1",
  ntlg: "\u2278",
  ntriangleleft: "\u22EA",
  ntrianglelefteq: "\u22EC",
  ntriangleright: "\u22EB",
  ntrianglerighteq: "\u22ED",
  nu: "\u03BD",
  num: "#",
  numero: "\u2116",
  numsp: "\u2007",
  nvDash: "\u22AD",
  nvHarr: "\u2904",
  nvap: "\u224D\u20D2",
  nvdash: "\u22AC",
  nvge: "\u2265\u20D2",
  nvgt: ">\u20D2",
  nvinfin: "\u29DE",
  nvlArr: "\u2902",
  nvle: "\u2264\u20D2",
  nvlt: "<\u20D2",
  nvltrie: "\u22B4\u20D2",
  nvrArr: "\u2903",
  nvrtrie: "\u22B5\u20D2",
  nvsim: "\u223C\u20D2",
  nwArr: "\u21D6",
  nwarhk: "\u2923",
  nwarr: "\u2196",
  nwarrow: "\u2196",
  nwnear: "\u2927",
  oS: "\u24C8",
  oacute: "\xF3",
  oast: "\u229B",
  ocir: "\u229A",
  ocirc: "\xF4",
  ocy: "\u043E",
  odash: "\u229D",
  odblac: "\u0151",
  odiv: "\u2A38",
  odot: "\u2299",
  odsold: "\u29BC",
  oelig: "\u0153",
  ofcir: "\u29BF",
  ofr: "\u{1D52C}",
  ogon: "\u02DB",
  ograve: "\xF2",
  ogt: "\u29C1",
  ohbar: "\u29B5",
  ohm: "\u03A9",
  oint: "\u222E",
  olarr: "\u21BA",
  olcir: "\u29BE",
  olcross: "\u29BB",
  oline: "\u203E",
  olt: "\u29C0",
  omacr: "\u014D",
  omega: "\u03C9",
  omicron: "\u03BF",
  omid: "\u29B6",
  ominus: "\u2296",
  oopf: "\u{1D560}",
  opar: "\u29B7",
  operp: "\u29B9",
  oplus: "\u2295",
  or: "\u2228",
  orarr: "\u21BB",
  ord: "\u2A5D",
  order: "\u2134",
  orderof: "\u2134",
  ordf: "\xAA",
  ordm: "\xBA",
  origof: "\u22B6",
  oror: "\u2A56",
  orslope: "\u2A57",
  orv: "\u2A5B",
  oscr: "\u2134",
  oslash: "\xF8",
  osol: "\u2298",
  otilde: "\xF5",
  otimes: "\u2297",
  otimesas: "\u2A36",
  ouml: "\xF6",
  ovbar: "\u233D",
  par: "\u2225",
  para: "\xB6",
  parallel: "\u2225",
  parsim: "\u2AF3",
  parsl: "\u2AFD",
  part: "\u2202",
  pcy: "\u043F",
  percnt: "%",
  period: ".",
  permil: "\u2030",
  perp: "\u22A5",
  pertenk: "\u2031",
  pfr: "\u{1D52D}",
  phi: "\u03C6",
  phiv: "\u03D5",
  phmmat: "\u2133",
  phone: "\u260E",
  pi: "\u03C0",
  pitchfork: "\u22D4",
  piv: "\u03D6",
  planck: "\u210F",
  planckh: "\u210E",
  plankv: "\u210F",
  plus: "+",
  plusacir: "\u2A23",
  plusb: "\u229E",
  pluscir: "\u2A22",
  plusdo: "\u2214",
  plusdu: "\u2A25",
  pluse: "\u2A72",
  plusmn: "\xB1",
  plussim: "\u2A26",
  plustwo: "\u2A27",
  pm: "\xB1",
  pointint: "\u2A15",
  popf: "\u{1D561}",
  pound: "\xA3",
  pr: "\u227A",
  prE: "\u2AB3",
  prap: "\u2AB7",
  prcue: "\u227C",
  pre: "\u2AAF",
  prec: "\u227A",
  precapprox: "\u2AB7",
  preccurlyeq: "\u227C",
  preceq: "\u2AAF",
  precnapprox: "\u2AB9",
  precneqq: "\u2AB5",
  precnsim: "\u22E8",
  precsim: "\u227E",
  prime: "\u2032",
  primes: "\u2119",
  prnE: "\u2AB5",
  prnap: "\u2AB9",
  prnsim: "\u22E8",
  prod: "\u220F",
  profalar: "\u232E",
  profline: "\u2312",
  profsurf: "\u2313",
  prop: "\u221D",
  propto: "\u221D",
  prsim: "\u227E",
  prurel: "\u22B0",
  pscr: "\u{1D4C5}",
  psi: "\u03C8",
  puncsp: "\u2008",
  qfr: "\u{1D52E}",
  qint: "\u2A0C",
  qopf: "\u{1D562}",
  qprime: "\u2057",
  qscr: "\u{1D4C6}",
  quaternions: "\u210D",
  quatint: "\u2A16",
  quest: "?",
  questeq: "\u225F",
  quot: '"',
  rAarr: "\u21DB",
  rArr: "\u21D2",
  rAtail: "\u291C",
  rBarr: "\u290F",
  rHar: "\u2964",
  race: "\u223D\u0331",
  racute: "\u0155",
  radic: "\u221A",
  raemptyv: "\u29B3",
  rang: "\u27E9",
  rangd: "\u2992",
  range: "\u29A5",
  rangle: "\u27E9",
  raquo: "\xBB",
  rarr: "\u2192",
  rarrap: "\u2975",
  rarrb: "\u21E5",
  rarrbfs: "\u2920",
  rarrc: "\u2933",
  rarrfs: "\u291E",
  rarrhk: "\u21AA",
  rarrlp: "\u21AC",
  rarrpl: "\u2945",
  rarrsim: "\u2974",
  rarrtl: "\u21A3",
  rarrw: "\u219D",
  ratail: "\u291A",
  ratio: "\u2236",
  rationals: "\u211A",
  rbarr: "\u290D",
  rbbrk: "\u2773",
  rbrace: "}",
  rbrack: "]",
  rbrke: "\u298C",
  rbrksld: "\u298E",
  rbrkslu: "\u2990",
  rcaron: "\u0159",
  rcedil: "\u0157",
  rceil: "\u2309",
  rcub: "}",
  rcy: "\u0440",
  rdca: "\u2937",
  rdldhar: "\u2969",
  rdquo: "\u201D",
  rdquor: "\u201D",
  rdsh: "\u21B3",
  real: "\u211C",
  realine: "\u211B",
  realpart: "\u211C",
  reals: "\u211D",
  rect: "\u25AD",
  reg: "\xAE",
  rfisht: "\u297D",
  rfloor: "\u230B",
  rfr: "\u{1D52F}",
  rhard: "\u21C1",
  rharu: "\u21C0",
  rharul: "\u296C",
  rho: "\u03C1",
  rhov: "\u03F1",
  rightarrow: "\u2192",
  rightarrowtail: "\u21A3",
  rightharpoondown: "\u21C1",
  rightharpoonup: "\u21C0",
  rightleftarrows: "\u21C4",
  rightleftharpoons: "\u21CC",
  rightrightarrows: "\u21C9",
  rightsquigarrow: "\u219D",
  rightthreetimes: "\u22CC",
  ring: "\u02DA",
  risingdotseq: "\u2253",
  rlarr: "\u21C4",
  rlhar: "\u21CC",
  rlm: "\u200F",
  rmoust: "\u23B1",
  rmoustache: "\u23B1",
  rnmid: "\u2AEE",
  roang: "\u27ED",
  roarr: "\u21FE",
  robrk: "\u27E7",
  ropar: "\u2986",
  ropf: "\u{1D563}",
  roplus: "\u2A2E",
  rotimes: "\u2A35",
  rpar: ")",
  rpargt: "\u2994",
  rppolint: "\u2A12",
  rrarr: "\u21C9",
  rsaquo: "\u203A",
  rscr: "\u{1D4C7}",
  rsh: "\u21B1",
  rsqb: "]",
  rsquo: "\u2019",
  rsquor: "\u2019",
  rthree: "\u22CC",
  rtimes: "\u22CA",
  rtri: "\u25B9",
  rtrie: "\u22B5",
  rtrif: "\u25B8",
  rtriltri: "\u29CE",
  ruluhar: "\u2968",
  rx: "\u211E",
  sacute: "\u015B",
  sbquo: "\u201A",
  sc: "\u227B",
  scE: "\u2AB4",
  scap: "\u2AB8",
  scaron: "\u0161",
  sccue: "\u227D",
  sce: "\u2AB0",
  scedil: "\u015F",
  scirc: "\u015D",
  scnE: "\u2AB6",
  scnap: "\u2ABA",
  scnsim: "\u22E9",
  scpolint: "\u2A13",
  scsim: "\u227F",
  scy: "\u0441",
  sdot: "\u22C5",
  sdotb: "\u22A1",
  sdote: "\u2A66",
  seArr: "\u21D8",
  searhk: "\u2925",
  searr: "\u2198",
  searrow: "\u2198",
  sect: "\xA7",
  semi: ";",
  seswar: "\u2929",
  setminus: "\u2216",
  setmn: "\u2216",
  sext: "\u2736",
  sfr: "\u{1D530}",
  sfrown: "\u2322",
  sharp: "\u266F",
  shchcy: "\u0449",
  shcy: "\u0448",
  shortmid: "\u2223",
  shortparallel: "\u2225",
  shy: "\xAD",
  sigma: "\u03C3",
  sigmaf: "\u03C2",
  sigmav: "\u03C2",
  sim: "\u223C",
  simdot: "\u2A6A",
  sime: "\u2243",
  simeq: "\u2243",
  simg: "\u2A9E",
  simgE: "\u2AA0",
  siml: "\u2A9D",
  simlE: "\u2A9F",
  simne: "\u2246",
  simplus: "\u2A24",
  simrarr: "\u2972",
  slarr: "\u2190",
  smallsetminus: "\u2216",
  smashp: "\u2A33",
  smeparsl: "\u29E4",
  smid: "\u2223",
  smile: "\u2323",
  smt: "\u2AAA",
  smte: "\u2AAC",
  smtes: "\u2AAC\uFE00",
  softcy: "\u044C",
  sol: "/",
  solb: "\u29C4",
  solbar: "\u233F",
  sopf: "\u{1D564}",
  spades: "\u2660",
  spadesuit: "\u2660",
  spar: "\u2225",
  sqcap: "\u2293",
  sqcaps: "\u2293\uFE00",
  sqcup: "\u2294",
  sqcups: "\u2294\uFE00",
  sqsub: "\u228F",
  sqsube: "\u2291",
  sqsubset: "\u228F",
  sqsubseteq: "\u2291",
  sqsup: "\u2290",
  sqsupe: "\u2292",
  sqsupset: "\u2290",
  sqsupseteq: "\u2292",
  squ: "\u25A1",
  square: "\u25A1",
  squarf: "\u25AA",
  squf: "\u25AA",
  srarr: "\u2192",
  sscr: "\u{1D4C8}",
  ssetmn: "\u2216",
  ssmile: "\u2323",
  sstarf: "\u22C6",
  star: "\u2606",
  starf: "\u2605",
  straightepsilon: "\u03F5",
  straightphi: "\u03D5",
  strns: "\xAF",
  sub: "\u2282",
  subE: "\u2AC5",
  subdot: "\u2ABD",
  sube: "\u2286",
  subedot: "\u2AC3",
  submult: "\u2AC1",
  subnE: "\u2ACB",
  subne: "\u228A",
  subplus: "\u2ABF",
  subrarr: "\u2979",
  subset: "\u2282",
  subseteq: "\u2286",
  subseteqq: "\u2AC5",
  subsetneq: "\u228A",
  subsetneqq: "\u2ACB",
  subsim: "\u2AC7",
  subsub: "\u2AD5",
  subsup: "\u2AD3",
  succ: "\u227B",
  succapprox: "\u2AB8",
  succcurlyeq: "\u227D",
  succeq: "\u2AB0",
  succnapprox: "\u2ABA",
  succneqq: "\u2AB6",
  succnsim: "\u22E9",
  succsim: "\u227F",
  sum: "\u2211",
  sung: "\u266A",
  sup1: "\xB9",
  sup2: "\xB2",
  sup3: "\xB3",
  sup: "\u2283",
  supE: "\u2AC6",
  supdot: "\u2ABE",
  supdsub: "\u2AD8",
  supe: "\u2287",
  supedot: "\u2AC4",
  suphsol: "\u27C9",
  suphsub: "\u2AD7",
  suplarr: "\u297B",
  supmult: "\u2AC2",
  supnE: "\u2ACC",
  supne: "\u228B",
  supplus: "\u2AC0",
  supset: "\u2283",
  supseteq: "\u2287",
  supseteqq: "\u2AC6",
  supsetneq: "\u228B",
  supsetneqq: "\u2ACC",
  supsim: "\u2AC8",
  supsub: "\u2AD4",
  supsup: "\u2AD6",
  swArr: "\u21D9",
  swarhk: "\u2926",
  swarr: "\u2199",
  swarrow: "\u2199",
  swnwar: "\u292A",
  szlig: "\xDF",
  target: "\u2316",
  tau: "\u03C4",
  tbrk: "\u23B4",
  tcaron: "\u0165",
  tcedil: "\u0163",
  tcy: "\u0442",
  tdot: "\u20DB",
  telrec: "\u2315",
  tfr: "\u{1D531}",
  there4: "\u2234",
  therefore: "\u2234",
  theta: "\u03B8",
  thetasym: "\u03D1",
  thetav: "\u03D1",
  thickapprox: "\u2248",
  thicksim: "\u223C",
  thinsp: "\u2009",
  thkap: "\u2248",
  thksim: "\u223C",
  thorn: "\xFE",
  tilde: "\u02DC",
  times: "\xD7",
  timesb: "\u22A0",
  timesbar: "\u2A31",
  timesd: "\u2A30",
  tint: "\u222D",
  toea: "\u2928",
  top: "\u22A4",
  topbot: "\u2336",
  topcir: "\u2AF1",
  topf: "\u{1D565}",
  topfork: "\u2ADA",
  tosa: "\u2929",
  tprime: "\u2034",
  trade: "\u2122",
  triangle: "\u25B5",
  triangledown: "\u25BF",
  triangleleft: "\u25C3",
  trianglelefteq: "\u22B4",
  triangleq: "\u225C",
  triangleright: "\u25B9",
  trianglerighteq: "\u22B5",
  tridot: "\u25EC",
  trie: "\u225C",
  triminus: "\u2A3A",
  triplus: "\u2A39",
  trisb: "\u29CD",
  tritime: "\u2A3B",
  trpezium: "\u23E2",
  tscr: "\u{1D4C9}",
  tscy: "\u0446",
  tshcy: "\u045B",
  tstrok: "\u0167",
  twixt: "\u226C",
  twoheadleftarrow: "\u219E",
  twoheadrightarrow: "\u21A0",
  uArr: "\u21D1",
  uHar: "\u2963",
  uacute: "\xFA",
  uarr: "\u2191",
  ubrcy: "\u045E",
  ubreve: "\u016D",
  ucirc: "\xFB",
  ucy: "\u0443",
  udarr: "\u21C5",
  udblac: "\u0171",
  udhar: "\u296E",
  ufisht: "\u297E",
  ufr: "\u{1D532}",
  ugrave: "\xF9",
  uharl: "\u21BF",
  uharr: "\u21BE",
  uhblk: "\u2580",
  ulcorn: "\u231C",
  ulcorner: "\u231C",
  ulcrop: "\u230F",
  ultri: "\u25F8",
  umacr: "\u016B",
  uml: "\xA8",
  uogon: "\u0173",
  uopf: "\u{1D566}",
  uparrow: "\u2191",
  updownarrow: "\u2195",
  upharpoonleft: "\u21BF",
  upharpoonright: "\u21BE",
  uplus: "\u228E",
  upsi: "\u03C5",
  upsih: "\u03D2",
  upsilon: "\u03C5",
  upuparrows: "\u21C8",
  urcorn: "\u231D",
  urcorner: "\u231D",
  urcrop: "\u230E",
  uring: "\u016F",
  urtri: "\u25F9",
  uscr: "\u{1D4CA}",
  utdot: "\u22F0",
  utilde: "\u0169",
  utri: "\u25B5",
  utrif: "\u25B4",
  uuarr: "\u21C8",
  uuml: "\xFC",
  uwangle: "\u29A7",
  vArr: "\u21D5",
  vBar: "\u2AE8",
  vBarv: "\u2AE9",
  vDash: "\u22A8",
  vangrt: "\u299C",
  varepsilon: "\u03F5",
  varkappa: "\u03F0",
  varnothing: "\u2205",
  varphi: "\u03D5",
  varpi: "\u03D6",
  varpropto: "\u221D",
  varr: "\u2195",
  varrho: "\u03F1",
  varsigma: "\u03C2",
  varsubsetneq: "\u228A\uFE00",
  varsubsetneqq: "\u2ACB\uFE00",
  varsupsetneq: "\u228B\uFE00",
  varsupsetneqq: "\u2ACC\uFE00",
  vartheta: "\u03D1",
  vartriangleleft: "\u22B2",
  vartriangleright: "\u22B3",
  vcy: "\u0432",
  vdash: "\u22A2",
  vee: "\u2228",
  veebar: "\u22BB",
  veeeq: "\u225A",
  vellip: "\u22EE",
  verbar: "|",
  vert: "|",
  vfr: "\u{1D533}",
  vltri: "\u22B2",
  vnsub: "\u2282\u20D2",
  vnsup: "\u2283\u20D2",
  vopf: "\u{1D567}",
  vprop: "\u221D",
  vrtri: "\u22B3",
  vscr: "\u{1D4CB}",
  vsubnE: "\u2ACB\uFE00",
  vsubne: "\u228A\uFE00",
  vsupnE: "\u2ACC\uFE00",
  vsupne: "\u228B\uFE00",
  vzigzag: "\u299A",
  wcirc: "\u0175",
  wedbar: "\u2A5F",
  wedge: "\u2227",
  wedgeq: "\u2259",
  weierp: "\u2118",
  wfr: "\u{1D534}",
  wopf: "\u{1D568}",
  wp: "\u2118",
  wr: "\u2240",
  wreath: "\u2240",
  wscr: "\u{1D4CC}",
  xcap: "\u22C2",
  xcirc: "\u25EF",
  xcup: "\u22C3",
  xdtri: "\u25BD",
  xfr: "\u{1D535}",
  xhArr: "\u27FA",
  xharr: "\u27F7",
  xi: "\u03BE",
  xlArr: "\u27F8",
  xlarr: "\u27F5",
  xmap: "\u27FC",
  xnis: "\u22FB",
  xodot: "\u2A00",
  xopf: "\u{1D569}",
  xoplus: "\u2A01",
  xotime: "\u2A02",
  xrArr: "\u27F9",
  xrarr: "\u27F6",
  xscr: "\u{1D4CD}",
  xsqcup: "\u2A06",
  xuplus: "\u2A04",
  xutri: "\u25B3",
  xvee: "\u22C1",
  xwedge: "\u22C0",
  yacute: "\xFD",
  yacy: "\u044F",
  ycirc: "\u0177",
  ycy: "\u044B",
  yen: "\xA5",
  yfr: "\u{1D536}",
  yicy: "\u0457",
  yopf: "\u{1D56A}",
  yscr: "\u{1D4CE}",
  yucy: "\u044E",
  yuml: "\xFF",
  zacute: "\u017A",
  zcaron: "\u017E",
  zcy: "\u0437",
  zdot: "\u017C",
  zeetrf: "\u2128",
  zeta: "\u03B6",
  zfr: "\u{1D537}",
  zhcy: "\u0436",
  zigrarr: "\u21DD",
  zopf: "\u{1D56B}",
  zscr: "\u{1D4CF}",
  zwj: "\u200D",
  zwnj: "\u200C"
};

// node_modules/decode-named-character-reference/index.js
var own = {}.hasOwnProperty;
function decodeNamedCharacterReference(value) {
  return own.call(characterEntities, value) ? characterEntities[value] : false;
}

// node_modules/micromark-util-chunked/index.js
function splice(list3, start2, remove, items) {
  const end = list3.length;
  let chunkStart = 0;
  let parameters;
  if (start2 < 0) {
    start2 = -start2 > end ? 0 : end + start2;
  } else {
    start2 = start2 > end ? end : start2;
  }
  remove = remove > 0 ? remove : 0;
  if (items.length < 1e4) {
    parameters = Array.from(items);
    parameters.unshift(start2, remove);
    list3.splice(...parameters);
  } else {
    if (remove) list3.splice(start2, remove);
    while (chunkStart < items.length) {
      parameters = items.slice(chunkStart, chunkStart + 1e4);
      parameters.unshift(start2, 0);
      list3.splice(...parameters);
      chunkStart += 1e4;
      start2 += 1e4;
    }
  }
}
function push(list3, items) {
  if (list3.length > 0) {
    splice(list3, list3.length, 0, items);
    return list3;
  }
  return items;
}

// node_modules/micromark-util-combine-extensions/index.js
var hasOwnProperty = {}.hasOwnProperty;
function combineExtensions(extensions) {
  const all2 = {};
  let index2 = -1;
  while (++index2 < extensions.length) {
    syntaxExtension(all2, extensions[index2]);
  }
  return all2;
}
function syntaxExtension(all2, extension2) {
  let hook;
  for (hook in extension2) {
    const maybe = hasOwnProperty.call(all2, hook) ? all2[hook] : void 0;
    const left = maybe || (all2[hook] = {});
    const right = extension2[hook];
    let code2;
    if (right) {
      for (code2 in right) {
        if (!hasOwnProperty.call(left, code2)) left[code2] = [];
        const value = right[code2];
        constructs(
          // @ts-expect-error Looks like a list.
          left[code2],
          Array.isArray(value) ? value : value ? [value] : []
        );
      }
    }
  }
}
function constructs(existing, list3) {
  let index2 = -1;
  const before = [];
  while (++index2 < list3.length) {
    ;
    (list3[index2].add === "after" ? existing : before).push(list3[index2]);
  }
  splice(existing, 0, 0, before);
}

// node_modules/micromark-util-decode-numeric-character-reference/index.js
function decodeNumericCharacterReference(value, base) {
  const code2 = Number.parseInt(value, base);
  if (
    // C0 except for HT, LF, FF, CR, space.
    code2 < 9 || code2 === 11 || code2 > 13 && code2 < 32 || // Control character (DEL) of C0, and C1 controls.
    code2 > 126 && code2 < 160 || // Lone high surrogates and low surrogates.
    code2 > 55295 && code2 < 57344 || // Noncharacters.
    code2 > 64975 && code2 < 65008 || /* eslint-disable no-bitwise */
    (code2 & 65535) === 65535 || (code2 & 65535) === 65534 || /* eslint-enable no-bitwise */
    // Out of range
    code2 > 1114111
  ) {
    return "\uFFFD";
  }
  return String.fromCodePoint(code2);
}

// node_modules/micromark-util-normalize-identifier/index.js
function normalizeIdentifier(value) {
  return value.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "").toLowerCase().toUpperCase();
}

// node_modules/micromark-util-character/index.js
var asciiAlpha = regexCheck(/[A-Za-z]/);
var asciiAlphanumeric = regexCheck(/[\dA-Za-z]/);
var asciiAtext = regexCheck(/[#-'*+\--9=?A-Z^-~]/);
function asciiControl(code2) {
  return (
    // Special whitespace codes (which have negative values), C0 and Control
    // character DEL
    code2 !== null && (code2 < 32 || code2 === 127)
  );
}
var asciiDigit = regexCheck(/\d/);
var asciiHexDigit = regexCheck(/[\dA-Fa-f]/);
var asciiPunctuation = regexCheck(/[!-/:-@[-`{-~]/);
function markdownLineEnding(code2) {
  return code2 !== null && code2 < -2;
}
function markdownLineEndingOrSpace(code2) {
  return code2 !== null && (code2 < 0 || code2 === 32);
}
function markdownSpace(code2) {
  return code2 === -2 || code2 === -1 || code2 === 32;
}
var unicodePunctuation = regexCheck(new RegExp("\\p{P}|\\p{S}", "u"));
var unicodeWhitespace = regexCheck(/\s/);
function regexCheck(regex2) {
  return check2;
  function check2(code2) {
    return code2 !== null && code2 > -1 && regex2.test(String.fromCharCode(code2));
  }
}

// node_modules/micromark-factory-space/index.js
function factorySpace(effects, ok3, type, max) {
  const limit = max ? max - 1 : Infinity;
  let size = 0;
  return start2;
  function start2(code2) {
    if (markdownSpace(code2)) {
      effects.enter(type);
      return prefix(code2);
    }
    return ok3(code2);
  }
  function prefix(code2) {
    if (markdownSpace(code2) && size++ < limit) {
      effects.consume(code2);
      return prefix;
    }
    effects.exit(type);
    return ok3(code2);
  }
}

// node_modules/micromark/lib/initialize/content.js
var content = {
  tokenize: initializeContent
};
function initializeContent(effects) {
  const contentStart = effects.attempt(this.parser.constructs.contentInitial, afterContentStartConstruct, paragraphInitial);
  let previous3;
  return contentStart;
  function afterContentStartConstruct(code2) {
    if (code2 === null) {
      effects.consume(code2);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return factorySpace(effects, contentStart, "linePrefix");
  }
  function paragraphInitial(code2) {
    effects.enter("paragraph");
    return lineStart(code2);
  }
  function lineStart(code2) {
    const token = effects.enter("chunkText", {
      contentType: "text",
      previous: previous3
    });
    if (previous3) {
      previous3.next = token;
    }
    previous3 = token;
    return data(code2);
  }
  function data(code2) {
    if (code2 === null) {
      effects.exit("chunkText");
      effects.exit("paragraph");
      effects.consume(code2);
      return;
    }
    if (markdownLineEnding(code2)) {
      effects.consume(code2);
      effects.exit("chunkText");
      return lineStart;
    }
    effects.consume(code2);
    return data;
  }
}

// node_modules/micromark/lib/initialize/document.js
var document2 = {
  tokenize: initializeDocument
};
var containerConstruct = {
  tokenize: tokenizeContainer
};
function initializeDocument(effects) {
  const self2 = this;
  const stack = [];
  let continued = 0;
  let childFlow;
  let childToken;
  let lineStartOffset;
  return start2;
  function start2(code2) {
    if (continued < stack.length) {
      const item = stack[continued];
      self2.containerState = item[1];
      return effects.attempt(item[0].continuation, documentContinue, checkNewContainers)(code2);
    }
    return checkNewContainers(code2);
  }
  function documentContinue(code2) {
    continued++;
    if (self2.containerState._closeFlow) {
      self2.containerState._closeFlow = void 0;
      if (childFlow) {
        closeFlow();
      }
      const indexBeforeExits = self2.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let point3;
      while (indexBeforeFlow--) {
        if (self2.events[indexBeforeFlow][0] === "exit" && self2.events[indexBeforeFlow][1].type === "chunkFlow") {
          point3 = self2.events[indexBeforeFlow][1].end;
          break;
        }
      }
      exitContainers(continued);
      let index2 = indexBeforeExits;
      while (index2 < self2.events.length) {
        self2.events[index2][1].end = {
          ...point3
        };
        index2++;
      }
      splice(self2.events, indexBeforeFlow + 1, 0, self2.events.slice(indexBeforeExits));
      self2.events.length = index2;
      return checkNewContainers(code2);
    }
    return start2(code2);
  }
  function checkNewContainers(code2) {
    if (continued === stack.length) {
      if (!childFlow) {
        return documentContinued(code2);
      }
      if (childFlow.currentConstruct && childFlow.currentConstruct.concrete) {
        return flowStart(code2);
      }
      self2.interrupt = Boolean(childFlow.currentConstruct && !childFlow._gfmTableDynamicInterruptHack);
    }
    self2.containerState = {};
    return effects.check(containerConstruct, thereIsANewContainer, thereIsNoNewContainer)(code2);
  }
  function thereIsANewContainer(code2) {
    if (childFlow) closeFlow();
    exitContainers(continued);
    return documentContinued(code2);
  }
  function thereIsNoNewContainer(code2) {
    self2.parser.lazy[self2.now().line] = continued !== stack.length;
    lineStartOffset = self2.now().offset;
    return flowStart(code2);
  }
  function documentContinued(code2) {
    self2.containerState = {};
    return effects.attempt(containerConstruct, containerContinue, flowStart)(code2);
  }
  function containerContinue(code2) {
    continued++;
    stack.push([self2.currentConstruct, self2.containerState]);
    return documentContinued(code2);
  }
  function flowStart(code2) {
    if (code2 === null) {
      if (childFlow) closeFlow();
      exitContainers(0);
      effects.consume(code2);
      return;
    }
    childFlow = childFlow || self2.parser.flow(self2.now());
    effects.enter("chunkFlow", {
      _tokenizer: childFlow,
      contentType: "flow",
      previous: childToken
    });
    return flowContinue(code2);
  }
  function flowContinue(code2) {
    if (code2 === null) {
      writeToChild(effects.exit("chunkFlow"), true);
      exitContainers(0);
      effects.consume(code2);
      return;
    }
    if (markdownLineEnding(code2)) {
      effects.consume(code2);
      writeToChild(effects.exit("chunkFlow"));
      continued = 0;
      self2.interrupt = void 0;
      return start2;
    }
    effects.consume(code2);
    return flowContinue;
  }
  function writeToChild(token, endOfFile) {
    const stream = self2.sliceStream(token);
    if (endOfFile) stream.push(null);
    token.previous = childToken;
    if (childToken) childToken.next = token;
    childToken = token;
    childFlow.defineSkip(token.start);
    childFlow.write(stream);
    if (self2.parser.lazy[token.start.line]) {
      let index2 = childFlow.events.length;
      while (index2--) {
        if (
          // The token starts before the line ending…
          childFlow.events[index2][1].start.offset < lineStartOffset && // …and either is not ended yet…
          (!childFlow.events[index2][1].end || // …or ends after it.
          childFlow.events[index2][1].end.offset > lineStartOffset)
        ) {
          return;
        }
      }
      const indexBeforeExits = self2.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let seen;
      let point3;
      while (indexBeforeFlow--) {
        if (self2.events[indexBeforeFlow][0] === "exit" && self2.events[indexBeforeFlow][1].type === "chunkFlow") {
          if (seen) {
            point3 = self2.events[indexBeforeFlow][1].end;
            break;
          }
          seen = true;
        }
      }
      exitContainers(continued);
      index2 = indexBeforeExits;
      while (index2 < self2.events.length) {
        self2.events[index2][1].end = {
          ...point3
        };
        index2++;
      }
      splice(self2.events, indexBeforeFlow + 1, 0, self2.events.slice(indexBeforeExits));
      self2.events.length = index2;
    }
  }
  function exitContainers(size) {
    let index2 = stack.length;
    while (index2-- > size) {
      const entry = stack[index2];
      self2.containerState = entry[1];
      entry[0].exit.call(self2, effects);
    }
    stack.length = size;
  }
  function closeFlow() {
    childFlow.write([null]);
    childToken = void 0;
    childFlow = void 0;
    self2.containerState._closeFlow = void 0;
  }
}
function tokenizeContainer(effects, ok3, nok) {
  return factorySpace(effects, effects.attempt(this.parser.constructs.document, ok3, nok), "linePrefix", this.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
}

// node_modules/micromark-util-classify-character/index.js
function classifyCharacter(code2) {
  if (code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)) {
    return 1;
  }
  if (unicodePunctuation(code2)) {
    return 2;
  }
}

// node_modules/micromark-util-resolve-all/index.js
function resolveAll(constructs2, events, context) {
  const called = [];
  let index2 = -1;
  while (++index2 < constructs2.length) {
    const resolve7 = constructs2[index2].resolveAll;
    if (resolve7 && !called.includes(resolve7)) {
      events = resolve7(events, context);
      called.push(resolve7);
    }
  }
  return events;
}

// node_modules/micromark-core-commonmark/lib/attention.js
var attention = {
  name: "attention",
  resolveAll: resolveAllAttention,
  tokenize: tokenizeAttention
};
function resolveAllAttention(events, context) {
  let index2 = -1;
  let open;
  let group;
  let text4;
  let openingSequence;
  let closingSequence;
  let use2;
  let nextEvents;
  let offset;
  while (++index2 < events.length) {
    if (events[index2][0] === "enter" && events[index2][1].type === "attentionSequence" && events[index2][1]._close) {
      open = index2;
      while (open--) {
        if (events[open][0] === "exit" && events[open][1].type === "attentionSequence" && events[open][1]._open && // If the markers are the same:
        context.sliceSerialize(events[open][1]).charCodeAt(0) === context.sliceSerialize(events[index2][1]).charCodeAt(0)) {
          if ((events[open][1]._close || events[index2][1]._open) && (events[index2][1].end.offset - events[index2][1].start.offset) % 3 && !((events[open][1].end.offset - events[open][1].start.offset + events[index2][1].end.offset - events[index2][1].start.offset) % 3)) {
            continue;
          }
          use2 = events[open][1].end.offset - events[open][1].start.offset > 1 && events[index2][1].end.offset - events[index2][1].start.offset > 1 ? 2 : 1;
          const start2 = {
            ...events[open][1].end
          };
          const end = {
            ...events[index2][1].start
          };
          movePoint(start2, -use2);
          movePoint(end, use2);
          openingSequence = {
            type: use2 > 1 ? "strongSequence" : "emphasisSequence",
            start: start2,
            end: {
              ...events[open][1].end
            }
          };
          closingSequence = {
            type: use2 > 1 ? "strongSequence" : "emphasisSequence",
            start: {
              ...events[index2][1].start
            },
            end
          };
          text4 = {
            type: use2 > 1 ? "strongText" : "emphasisText",
            start: {
              ...events[open][1].end
            },
            end: {
              ...events[index2][1].start
            }
          };
          group = {
            type: use2 > 1 ? "strong" : "emphasis",
            start: {
              ...openingSequence.start
            },
            end: {
              ...closingSequence.end
            }
          };
          events[open][1].end = {
            ...openingSequence.start
          };
          events[index2][1].start = {
            ...closingSequence.end
          };
          nextEvents = [];
          if (events[open][1].end.offset - events[open][1].start.offset) {
            nextEvents = push(nextEvents, [["enter", events[open][1], context], ["exit", events[open][1], context]]);
          }
          nextEvents = push(nextEvents, [["enter", group, context], ["enter", openingSequence, context], ["exit", openingSequence, context], ["enter", text4, context]]);
          nextEvents = push(nextEvents, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + 1, index2), context));
          nextEvents = push(nextEvents, [["exit", text4, context], ["enter", closingSequence, context], ["exit", closingSequence, context], ["exit", group, context]]);
          if (events[index2][1].end.offset - events[index2][1].start.offset) {
            offset = 2;
            nextEvents = push(nextEvents, [["enter", events[index2][1], context], ["exit", events[index2][1], context]]);
          } else {
            offset = 0;
          }
          splice(events, open - 1, index2 - open + 3, nextEvents);
          index2 = open + nextEvents.length - offset - 2;
          break;
        }
      }
    }
  }
  index2 = -1;
  while (++index2 < events.length) {
    if (events[index2][1].type === "attentionSequence") {
      events[index2][1].type = "data";
    }
  }
  return events;
}
function tokenizeAttention(effects, ok3) {
  const attentionMarkers2 = this.parser.constructs.attentionMarkers.null;
  const previous3 = this.previous;
  const before = classifyCharacter(previous3);
  let marker;
  return start2;
  function start2(code2) {
    marker = code2;
    effects.enter("attentionSequence");
    return inside(code2);
  }
  function inside(code2) {
    if (code2 === marker) {
      effects.consume(code2);
      return inside;
    }
    const token = effects.exit("attentionSequence");
    const after = classifyCharacter(code2);
    const open = !after || after === 2 && before || attentionMarkers2.includes(code2);
    const close = !before || before === 2 && after || attentionMarkers2.includes(previous3);
    token._open = Boolean(marker === 42 ? open : open && (before || !close));
    token._close = Boolean(marker === 42 ? close : close && (after || !open));
    return ok3(code2);
  }
}
function movePoint(point3, offset) {
  point3.column += offset;
  point3.offset += offset;
  point3._bufferIndex += offset;
}

// node_modules/micromark-core-commonmark/lib/autolink.js
var autolink = {
  name: "autolink",
  tokenize: tokenizeAutolink
};
function tokenizeAutolink(effects, ok3, nok) {
  let size = 0;
  return start2;
  function start2(code2) {
    effects.enter("autolink");
    effects.enter("autolinkMarker");
    effects.consume(code2);
    effects.exit("autolinkMarker");
    effects.enter("autolinkProtocol");
    return open;
  }
  function open(code2) {
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return schemeOrEmailAtext;
    }
    if (code2 === 64) {
      return nok(code2);
    }
    return emailAtext(code2);
  }
  function schemeOrEmailAtext(code2) {
    if (code2 === 43 || code2 === 45 || code2 === 46 || asciiAlphanumeric(code2)) {
      size = 1;
      return schemeInsideOrEmailAtext(code2);
    }
    return emailAtext(code2);
  }
  function schemeInsideOrEmailAtext(code2) {
    if (code2 === 58) {
      effects.consume(code2);
      size = 0;
      return urlInside;
    }
    if ((code2 === 43 || code2 === 45 || code2 === 46 || asciiAlphanumeric(code2)) && size++ < 32) {
      effects.consume(code2);
      return schemeInsideOrEmailAtext;
    }
    size = 0;
    return emailAtext(code2);
  }
  function urlInside(code2) {
    if (code2 === 62) {
      effects.exit("autolinkProtocol");
      effects.enter("autolinkMarker");
      effects.consume(code2);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok3;
    }
    if (code2 === null || code2 === 32 || code2 === 60 || asciiControl(code2)) {
      return nok(code2);
    }
    effects.consume(code2);
    return urlInside;
  }
  function emailAtext(code2) {
    if (code2 === 64) {
      effects.consume(code2);
      return emailAtSignOrDot;
    }
    if (asciiAtext(code2)) {
      effects.consume(code2);
      return emailAtext;
    }
    return nok(code2);
  }
  function emailAtSignOrDot(code2) {
    return asciiAlphanumeric(code2) ? emailLabel(code2) : nok(code2);
  }
  function emailLabel(code2) {
    if (code2 === 46) {
      effects.consume(code2);
      size = 0;
      return emailAtSignOrDot;
    }
    if (code2 === 62) {
      effects.exit("autolinkProtocol").type = "autolinkEmail";
      effects.enter("autolinkMarker");
      effects.consume(code2);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok3;
    }
    return emailValue(code2);
  }
  function emailValue(code2) {
    if ((code2 === 45 || asciiAlphanumeric(code2)) && size++ < 63) {
      const next = code2 === 45 ? emailValue : emailLabel;
      effects.consume(code2);
      return next;
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/blank-line.js
var blankLine = {
  partial: true,
  tokenize: tokenizeBlankLine
};
function tokenizeBlankLine(effects, ok3, nok) {
  return start2;
  function start2(code2) {
    return markdownSpace(code2) ? factorySpace(effects, after, "linePrefix")(code2) : after(code2);
  }
  function after(code2) {
    return code2 === null || markdownLineEnding(code2) ? ok3(code2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/block-quote.js
var blockQuote = {
  continuation: {
    tokenize: tokenizeBlockQuoteContinuation
  },
  exit,
  name: "blockQuote",
  tokenize: tokenizeBlockQuoteStart
};
function tokenizeBlockQuoteStart(effects, ok3, nok) {
  const self2 = this;
  return start2;
  function start2(code2) {
    if (code2 === 62) {
      const state = self2.containerState;
      if (!state.open) {
        effects.enter("blockQuote", {
          _container: true
        });
        state.open = true;
      }
      effects.enter("blockQuotePrefix");
      effects.enter("blockQuoteMarker");
      effects.consume(code2);
      effects.exit("blockQuoteMarker");
      return after;
    }
    return nok(code2);
  }
  function after(code2) {
    if (markdownSpace(code2)) {
      effects.enter("blockQuotePrefixWhitespace");
      effects.consume(code2);
      effects.exit("blockQuotePrefixWhitespace");
      effects.exit("blockQuotePrefix");
      return ok3;
    }
    effects.exit("blockQuotePrefix");
    return ok3(code2);
  }
}
function tokenizeBlockQuoteContinuation(effects, ok3, nok) {
  const self2 = this;
  return contStart;
  function contStart(code2) {
    if (markdownSpace(code2)) {
      return factorySpace(effects, contBefore, "linePrefix", self2.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2);
    }
    return contBefore(code2);
  }
  function contBefore(code2) {
    return effects.attempt(blockQuote, ok3, nok)(code2);
  }
}
function exit(effects) {
  effects.exit("blockQuote");
}

// node_modules/micromark-core-commonmark/lib/character-escape.js
var characterEscape = {
  name: "characterEscape",
  tokenize: tokenizeCharacterEscape
};
function tokenizeCharacterEscape(effects, ok3, nok) {
  return start2;
  function start2(code2) {
    effects.enter("characterEscape");
    effects.enter("escapeMarker");
    effects.consume(code2);
    effects.exit("escapeMarker");
    return inside;
  }
  function inside(code2) {
    if (asciiPunctuation(code2)) {
      effects.enter("characterEscapeValue");
      effects.consume(code2);
      effects.exit("characterEscapeValue");
      effects.exit("characterEscape");
      return ok3;
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/character-reference.js
var characterReference = {
  name: "characterReference",
  tokenize: tokenizeCharacterReference
};
function tokenizeCharacterReference(effects, ok3, nok) {
  const self2 = this;
  let size = 0;
  let max;
  let test;
  return start2;
  function start2(code2) {
    effects.enter("characterReference");
    effects.enter("characterReferenceMarker");
    effects.consume(code2);
    effects.exit("characterReferenceMarker");
    return open;
  }
  function open(code2) {
    if (code2 === 35) {
      effects.enter("characterReferenceMarkerNumeric");
      effects.consume(code2);
      effects.exit("characterReferenceMarkerNumeric");
      return numeric;
    }
    effects.enter("characterReferenceValue");
    max = 31;
    test = asciiAlphanumeric;
    return value(code2);
  }
  function numeric(code2) {
    if (code2 === 88 || code2 === 120) {
      effects.enter("characterReferenceMarkerHexadecimal");
      effects.consume(code2);
      effects.exit("characterReferenceMarkerHexadecimal");
      effects.enter("characterReferenceValue");
      max = 6;
      test = asciiHexDigit;
      return value;
    }
    effects.enter("characterReferenceValue");
    max = 7;
    test = asciiDigit;
    return value(code2);
  }
  function value(code2) {
    if (code2 === 59 && size) {
      const token = effects.exit("characterReferenceValue");
      if (test === asciiAlphanumeric && !decodeNamedCharacterReference(self2.sliceSerialize(token))) {
        return nok(code2);
      }
      effects.enter("characterReferenceMarker");
      effects.consume(code2);
      effects.exit("characterReferenceMarker");
      effects.exit("characterReference");
      return ok3;
    }
    if (test(code2) && size++ < max) {
      effects.consume(code2);
      return value;
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/code-fenced.js
var nonLazyContinuation = {
  partial: true,
  tokenize: tokenizeNonLazyContinuation
};
var codeFenced = {
  concrete: true,
  name: "codeFenced",
  tokenize: tokenizeCodeFenced
};
function tokenizeCodeFenced(effects, ok3, nok) {
  const self2 = this;
  const closeStart = {
    partial: true,
    tokenize: tokenizeCloseStart
  };
  let initialPrefix = 0;
  let sizeOpen = 0;
  let marker;
  return start2;
  function start2(code2) {
    return beforeSequenceOpen(code2);
  }
  function beforeSequenceOpen(code2) {
    const tail = self2.events[self2.events.length - 1];
    initialPrefix = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
    marker = code2;
    effects.enter("codeFenced");
    effects.enter("codeFencedFence");
    effects.enter("codeFencedFenceSequence");
    return sequenceOpen(code2);
  }
  function sequenceOpen(code2) {
    if (code2 === marker) {
      sizeOpen++;
      effects.consume(code2);
      return sequenceOpen;
    }
    if (sizeOpen < 3) {
      return nok(code2);
    }
    effects.exit("codeFencedFenceSequence");
    return markdownSpace(code2) ? factorySpace(effects, infoBefore, "whitespace")(code2) : infoBefore(code2);
  }
  function infoBefore(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("codeFencedFence");
      return self2.interrupt ? ok3(code2) : effects.check(nonLazyContinuation, atNonLazyBreak, after)(code2);
    }
    effects.enter("codeFencedFenceInfo");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return info2(code2);
  }
  function info2(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return infoBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return factorySpace(effects, metaBefore, "whitespace")(code2);
    }
    if (code2 === 96 && code2 === marker) {
      return nok(code2);
    }
    effects.consume(code2);
    return info2;
  }
  function metaBefore(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return infoBefore(code2);
    }
    effects.enter("codeFencedFenceMeta");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return meta(code2);
  }
  function meta(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceMeta");
      return infoBefore(code2);
    }
    if (code2 === 96 && code2 === marker) {
      return nok(code2);
    }
    effects.consume(code2);
    return meta;
  }
  function atNonLazyBreak(code2) {
    return effects.attempt(closeStart, after, contentBefore)(code2);
  }
  function contentBefore(code2) {
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return contentStart;
  }
  function contentStart(code2) {
    return initialPrefix > 0 && markdownSpace(code2) ? factorySpace(effects, beforeContentChunk, "linePrefix", initialPrefix + 1)(code2) : beforeContentChunk(code2);
  }
  function beforeContentChunk(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return effects.check(nonLazyContinuation, atNonLazyBreak, after)(code2);
    }
    effects.enter("codeFlowValue");
    return contentChunk(code2);
  }
  function contentChunk(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("codeFlowValue");
      return beforeContentChunk(code2);
    }
    effects.consume(code2);
    return contentChunk;
  }
  function after(code2) {
    effects.exit("codeFenced");
    return ok3(code2);
  }
  function tokenizeCloseStart(effects2, ok4, nok2) {
    let size = 0;
    return startBefore;
    function startBefore(code2) {
      effects2.enter("lineEnding");
      effects2.consume(code2);
      effects2.exit("lineEnding");
      return start3;
    }
    function start3(code2) {
      effects2.enter("codeFencedFence");
      return markdownSpace(code2) ? factorySpace(effects2, beforeSequenceClose, "linePrefix", self2.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2) : beforeSequenceClose(code2);
    }
    function beforeSequenceClose(code2) {
      if (code2 === marker) {
        effects2.enter("codeFencedFenceSequence");
        return sequenceClose(code2);
      }
      return nok2(code2);
    }
    function sequenceClose(code2) {
      if (code2 === marker) {
        size++;
        effects2.consume(code2);
        return sequenceClose;
      }
      if (size >= sizeOpen) {
        effects2.exit("codeFencedFenceSequence");
        return markdownSpace(code2) ? factorySpace(effects2, sequenceCloseAfter, "whitespace")(code2) : sequenceCloseAfter(code2);
      }
      return nok2(code2);
    }
    function sequenceCloseAfter(code2) {
      if (code2 === null || markdownLineEnding(code2)) {
        effects2.exit("codeFencedFence");
        return ok4(code2);
      }
      return nok2(code2);
    }
  }
}
function tokenizeNonLazyContinuation(effects, ok3, nok) {
  const self2 = this;
  return start2;
  function start2(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return lineStart;
  }
  function lineStart(code2) {
    return self2.parser.lazy[self2.now().line] ? nok(code2) : ok3(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/code-indented.js
var codeIndented = {
  name: "codeIndented",
  tokenize: tokenizeCodeIndented
};
var furtherStart = {
  partial: true,
  tokenize: tokenizeFurtherStart
};
function tokenizeCodeIndented(effects, ok3, nok) {
  const self2 = this;
  return start2;
  function start2(code2) {
    effects.enter("codeIndented");
    return factorySpace(effects, afterPrefix, "linePrefix", 4 + 1)(code2);
  }
  function afterPrefix(code2) {
    const tail = self2.events[self2.events.length - 1];
    return tail && tail[1].type === "linePrefix" && tail[2].sliceSerialize(tail[1], true).length >= 4 ? atBreak(code2) : nok(code2);
  }
  function atBreak(code2) {
    if (code2 === null) {
      return after(code2);
    }
    if (markdownLineEnding(code2)) {
      return effects.attempt(furtherStart, atBreak, after)(code2);
    }
    effects.enter("codeFlowValue");
    return inside(code2);
  }
  function inside(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("codeFlowValue");
      return atBreak(code2);
    }
    effects.consume(code2);
    return inside;
  }
  function after(code2) {
    effects.exit("codeIndented");
    return ok3(code2);
  }
}
function tokenizeFurtherStart(effects, ok3, nok) {
  const self2 = this;
  return furtherStart2;
  function furtherStart2(code2) {
    if (self2.parser.lazy[self2.now().line]) {
      return nok(code2);
    }
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return furtherStart2;
    }
    return factorySpace(effects, afterPrefix, "linePrefix", 4 + 1)(code2);
  }
  function afterPrefix(code2) {
    const tail = self2.events[self2.events.length - 1];
    return tail && tail[1].type === "linePrefix" && tail[2].sliceSerialize(tail[1], true).length >= 4 ? ok3(code2) : markdownLineEnding(code2) ? furtherStart2(code2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/code-text.js
var codeText = {
  name: "codeText",
  previous,
  resolve: resolveCodeText,
  tokenize: tokenizeCodeText
};
function resolveCodeText(events) {
  let tailExitIndex = events.length - 4;
  let headEnterIndex = 3;
  let index2;
  let enter;
  if ((events[headEnterIndex][1].type === "lineEnding" || events[headEnterIndex][1].type === "space") && (events[tailExitIndex][1].type === "lineEnding" || events[tailExitIndex][1].type === "space")) {
    index2 = headEnterIndex;
    while (++index2 < tailExitIndex) {
      if (events[index2][1].type === "codeTextData") {
        events[headEnterIndex][1].type = "codeTextPadding";
        events[tailExitIndex][1].type = "codeTextPadding";
        headEnterIndex += 2;
        tailExitIndex -= 2;
        break;
      }
    }
  }
  index2 = headEnterIndex - 1;
  tailExitIndex++;
  while (++index2 <= tailExitIndex) {
    if (enter === void 0) {
      if (index2 !== tailExitIndex && events[index2][1].type !== "lineEnding") {
        enter = index2;
      }
    } else if (index2 === tailExitIndex || events[index2][1].type === "lineEnding") {
      events[enter][1].type = "codeTextData";
      if (index2 !== enter + 2) {
        events[enter][1].end = events[index2 - 1][1].end;
        events.splice(enter + 2, index2 - enter - 2);
        tailExitIndex -= index2 - enter - 2;
        index2 = enter + 2;
      }
      enter = void 0;
    }
  }
  return events;
}
function previous(code2) {
  return code2 !== 96 || this.events[this.events.length - 1][1].type === "characterEscape";
}
function tokenizeCodeText(effects, ok3, nok) {
  const self2 = this;
  let sizeOpen = 0;
  let size;
  let token;
  return start2;
  function start2(code2) {
    effects.enter("codeText");
    effects.enter("codeTextSequence");
    return sequenceOpen(code2);
  }
  function sequenceOpen(code2) {
    if (code2 === 96) {
      effects.consume(code2);
      sizeOpen++;
      return sequenceOpen;
    }
    effects.exit("codeTextSequence");
    return between(code2);
  }
  function between(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (code2 === 32) {
      effects.enter("space");
      effects.consume(code2);
      effects.exit("space");
      return between;
    }
    if (code2 === 96) {
      token = effects.enter("codeTextSequence");
      size = 0;
      return sequenceClose(code2);
    }
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return between;
    }
    effects.enter("codeTextData");
    return data(code2);
  }
  function data(code2) {
    if (code2 === null || code2 === 32 || code2 === 96 || markdownLineEnding(code2)) {
      effects.exit("codeTextData");
      return between(code2);
    }
    effects.consume(code2);
    return data;
  }
  function sequenceClose(code2) {
    if (code2 === 96) {
      effects.consume(code2);
      size++;
      return sequenceClose;
    }
    if (size === sizeOpen) {
      effects.exit("codeTextSequence");
      effects.exit("codeText");
      return ok3(code2);
    }
    token.type = "codeTextData";
    return data(code2);
  }
}

// node_modules/micromark-util-subtokenize/lib/splice-buffer.js
var SpliceBuffer = class {
  /**
   * @param {ReadonlyArray<T> | null | undefined} [initial]
   *   Initial items (optional).
   * @returns
   *   Splice buffer.
   */
  constructor(initial) {
    this.left = initial ? [...initial] : [];
    this.right = [];
  }
  /**
   * Array access;
   * does not move the cursor.
   *
   * @param {number} index
   *   Index.
   * @return {T}
   *   Item.
   */
  get(index2) {
    if (index2 < 0 || index2 >= this.left.length + this.right.length) {
      throw new RangeError("Cannot access index `" + index2 + "` in a splice buffer of size `" + (this.left.length + this.right.length) + "`");
    }
    if (index2 < this.left.length) return this.left[index2];
    return this.right[this.right.length - index2 + this.left.length - 1];
  }
  /**
   * The length of the splice buffer, one greater than the largest index in the
   * array.
   */
  get length() {
    return this.left.length + this.right.length;
  }
  /**
   * Remove and return `list[0]`;
   * moves the cursor to `0`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  shift() {
    this.setCursor(0);
    return this.right.pop();
  }
  /**
   * Slice the buffer to get an array;
   * does not move the cursor.
   *
   * @param {number} start
   *   Start.
   * @param {number | null | undefined} [end]
   *   End (optional).
   * @returns {Array<T>}
   *   Array of items.
   */
  slice(start2, end) {
    const stop2 = end === null || end === void 0 ? Number.POSITIVE_INFINITY : end;
    if (stop2 < this.left.length) {
      return this.left.slice(start2, stop2);
    }
    if (start2 > this.left.length) {
      return this.right.slice(this.right.length - stop2 + this.left.length, this.right.length - start2 + this.left.length).reverse();
    }
    return this.left.slice(start2).concat(this.right.slice(this.right.length - stop2 + this.left.length).reverse());
  }
  /**
   * Mimics the behavior of Array.prototype.splice() except for the change of
   * interface necessary to avoid segfaults when patching in very large arrays.
   *
   * This operation moves cursor is moved to `start` and results in the cursor
   * placed after any inserted items.
   *
   * @param {number} start
   *   Start;
   *   zero-based index at which to start changing the array;
   *   negative numbers count backwards from the end of the array and values
   *   that are out-of bounds are clamped to the appropriate end of the array.
   * @param {number | null | undefined} [deleteCount=0]
   *   Delete count (default: `0`);
   *   maximum number of elements to delete, starting from start.
   * @param {Array<T> | null | undefined} [items=[]]
   *   Items to include in place of the deleted items (default: `[]`).
   * @return {Array<T>}
   *   Any removed items.
   */
  splice(start2, deleteCount, items) {
    const count = deleteCount || 0;
    this.setCursor(Math.trunc(start2));
    const removed = this.right.splice(this.right.length - count, Number.POSITIVE_INFINITY);
    if (items) chunkedPush(this.left, items);
    return removed.reverse();
  }
  /**
   * Remove and return the highest-numbered item in the array, so
   * `list[list.length - 1]`;
   * Moves the cursor to `length`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  pop() {
    this.setCursor(Number.POSITIVE_INFINITY);
    return this.left.pop();
  }
  /**
   * Inserts a single item to the high-numbered side of the array;
   * moves the cursor to `length`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  push(item) {
    this.setCursor(Number.POSITIVE_INFINITY);
    this.left.push(item);
  }
  /**
   * Inserts many items to the high-numbered side of the array.
   * Moves the cursor to `length`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  pushMany(items) {
    this.setCursor(Number.POSITIVE_INFINITY);
    chunkedPush(this.left, items);
  }
  /**
   * Inserts a single item to the low-numbered side of the array;
   * Moves the cursor to `0`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  unshift(item) {
    this.setCursor(0);
    this.right.push(item);
  }
  /**
   * Inserts many items to the low-numbered side of the array;
   * moves the cursor to `0`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  unshiftMany(items) {
    this.setCursor(0);
    chunkedPush(this.right, items.reverse());
  }
  /**
   * Move the cursor to a specific position in the array. Requires
   * time proportional to the distance moved.
   *
   * If `n < 0`, the cursor will end up at the beginning.
   * If `n > length`, the cursor will end up at the end.
   *
   * @param {number} n
   *   Position.
   * @return {undefined}
   *   Nothing.
   */
  setCursor(n) {
    if (n === this.left.length || n > this.left.length && this.right.length === 0 || n < 0 && this.left.length === 0) return;
    if (n < this.left.length) {
      const removed = this.left.splice(n, Number.POSITIVE_INFINITY);
      chunkedPush(this.right, removed.reverse());
    } else {
      const removed = this.right.splice(this.left.length + this.right.length - n, Number.POSITIVE_INFINITY);
      chunkedPush(this.left, removed.reverse());
    }
  }
};
function chunkedPush(list3, right) {
  let chunkStart = 0;
  if (right.length < 1e4) {
    list3.push(...right);
  } else {
    while (chunkStart < right.length) {
      list3.push(...right.slice(chunkStart, chunkStart + 1e4));
      chunkStart += 1e4;
    }
  }
}

// node_modules/micromark-util-subtokenize/index.js
function subtokenize(eventsArray) {
  const jumps = {};
  let index2 = -1;
  let event;
  let lineIndex;
  let otherIndex;
  let otherEvent;
  let parameters;
  let subevents;
  let more;
  const events = new SpliceBuffer(eventsArray);
  while (++index2 < events.length) {
    while (index2 in jumps) {
      index2 = jumps[index2];
    }
    event = events.get(index2);
    if (index2 && event[1].type === "chunkFlow" && events.get(index2 - 1)[1].type === "listItemPrefix") {
      subevents = event[1]._tokenizer.events;
      otherIndex = 0;
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "lineEndingBlank") {
        otherIndex += 2;
      }
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "content") {
        while (++otherIndex < subevents.length) {
          if (subevents[otherIndex][1].type === "content") {
            break;
          }
          if (subevents[otherIndex][1].type === "chunkText") {
            subevents[otherIndex][1]._isInFirstContentOfListItem = true;
            otherIndex++;
          }
        }
      }
    }
    if (event[0] === "enter") {
      if (event[1].contentType) {
        Object.assign(jumps, subcontent(events, index2));
        index2 = jumps[index2];
        more = true;
      }
    } else if (event[1]._container) {
      otherIndex = index2;
      lineIndex = void 0;
      while (otherIndex--) {
        otherEvent = events.get(otherIndex);
        if (otherEvent[1].type === "lineEnding" || otherEvent[1].type === "lineEndingBlank") {
          if (otherEvent[0] === "enter") {
            if (lineIndex) {
              events.get(lineIndex)[1].type = "lineEndingBlank";
            }
            otherEvent[1].type = "lineEnding";
            lineIndex = otherIndex;
          }
        } else if (otherEvent[1].type === "linePrefix" || otherEvent[1].type === "listItemIndent") {
        } else {
          break;
        }
      }
      if (lineIndex) {
        event[1].end = {
          ...events.get(lineIndex)[1].start
        };
        parameters = events.slice(lineIndex, index2);
        parameters.unshift(event);
        events.splice(lineIndex, index2 - lineIndex + 1, parameters);
      }
    }
  }
  splice(eventsArray, 0, Number.POSITIVE_INFINITY, events.slice(0));
  return !more;
}
function subcontent(events, eventIndex) {
  const token = events.get(eventIndex)[1];
  const context = events.get(eventIndex)[2];
  let startPosition = eventIndex - 1;
  const startPositions = [];
  let tokenizer = token._tokenizer;
  if (!tokenizer) {
    tokenizer = context.parser[token.contentType](token.start);
    if (token._contentTypeTextTrailing) {
      tokenizer._contentTypeTextTrailing = true;
    }
  }
  const childEvents = tokenizer.events;
  const jumps = [];
  const gaps = {};
  let stream;
  let previous3;
  let index2 = -1;
  let current = token;
  let adjust = 0;
  let start2 = 0;
  const breaks = [start2];
  while (current) {
    while (events.get(++startPosition)[1] !== current) {
    }
    startPositions.push(startPosition);
    if (!current._tokenizer) {
      stream = context.sliceStream(current);
      if (!current.next) {
        stream.push(null);
      }
      if (previous3) {
        tokenizer.defineSkip(current.start);
      }
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = true;
      }
      tokenizer.write(stream);
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = void 0;
      }
    }
    previous3 = current;
    current = current.next;
  }
  current = token;
  while (++index2 < childEvents.length) {
    if (
      // Find a void token that includes a break.
      childEvents[index2][0] === "exit" && childEvents[index2 - 1][0] === "enter" && childEvents[index2][1].type === childEvents[index2 - 1][1].type && childEvents[index2][1].start.line !== childEvents[index2][1].end.line
    ) {
      start2 = index2 + 1;
      breaks.push(start2);
      current._tokenizer = void 0;
      current.previous = void 0;
      current = current.next;
    }
  }
  tokenizer.events = [];
  if (current) {
    current._tokenizer = void 0;
    current.previous = void 0;
  } else {
    breaks.pop();
  }
  index2 = breaks.length;
  while (index2--) {
    const slice = childEvents.slice(breaks[index2], breaks[index2 + 1]);
    const start3 = startPositions.pop();
    jumps.push([start3, start3 + slice.length - 1]);
    events.splice(start3, 2, slice);
  }
  jumps.reverse();
  index2 = -1;
  while (++index2 < jumps.length) {
    gaps[adjust + jumps[index2][0]] = adjust + jumps[index2][1];
    adjust += jumps[index2][1] - jumps[index2][0] - 1;
  }
  return gaps;
}

// node_modules/micromark-core-commonmark/lib/content.js
var content2 = {
  resolve: resolveContent,
  tokenize: tokenizeContent
};
var continuationConstruct = {
  partial: true,
  tokenize: tokenizeContinuation
};
function resolveContent(events) {
  subtokenize(events);
  return events;
}
function tokenizeContent(effects, ok3) {
  let previous3;
  return chunkStart;
  function chunkStart(code2) {
    effects.enter("content");
    previous3 = effects.enter("chunkContent", {
      contentType: "content"
    });
    return chunkInside(code2);
  }
  function chunkInside(code2) {
    if (code2 === null) {
      return contentEnd(code2);
    }
    if (markdownLineEnding(code2)) {
      return effects.check(continuationConstruct, contentContinue, contentEnd)(code2);
    }
    effects.consume(code2);
    return chunkInside;
  }
  function contentEnd(code2) {
    effects.exit("chunkContent");
    effects.exit("content");
    return ok3(code2);
  }
  function contentContinue(code2) {
    effects.consume(code2);
    effects.exit("chunkContent");
    previous3.next = effects.enter("chunkContent", {
      contentType: "content",
      previous: previous3
    });
    previous3 = previous3.next;
    return chunkInside;
  }
}
function tokenizeContinuation(effects, ok3, nok) {
  const self2 = this;
  return startLookahead;
  function startLookahead(code2) {
    effects.exit("chunkContent");
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return factorySpace(effects, prefixed, "linePrefix");
  }
  function prefixed(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return nok(code2);
    }
    const tail = self2.events[self2.events.length - 1];
    if (!self2.parser.constructs.disable.null.includes("codeIndented") && tail && tail[1].type === "linePrefix" && tail[2].sliceSerialize(tail[1], true).length >= 4) {
      return ok3(code2);
    }
    return effects.interrupt(self2.parser.constructs.flow, nok, ok3)(code2);
  }
}

// node_modules/micromark-factory-destination/index.js
function factoryDestination(effects, ok3, nok, type, literalType, literalMarkerType, rawType, stringType, max) {
  const limit = max || Number.POSITIVE_INFINITY;
  let balance = 0;
  return start2;
  function start2(code2) {
    if (code2 === 60) {
      effects.enter(type);
      effects.enter(literalType);
      effects.enter(literalMarkerType);
      effects.consume(code2);
      effects.exit(literalMarkerType);
      return enclosedBefore;
    }
    if (code2 === null || code2 === 32 || code2 === 41 || asciiControl(code2)) {
      return nok(code2);
    }
    effects.enter(type);
    effects.enter(rawType);
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return raw(code2);
  }
  function enclosedBefore(code2) {
    if (code2 === 62) {
      effects.enter(literalMarkerType);
      effects.consume(code2);
      effects.exit(literalMarkerType);
      effects.exit(literalType);
      effects.exit(type);
      return ok3;
    }
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return enclosed(code2);
  }
  function enclosed(code2) {
    if (code2 === 62) {
      effects.exit("chunkString");
      effects.exit(stringType);
      return enclosedBefore(code2);
    }
    if (code2 === null || code2 === 60 || markdownLineEnding(code2)) {
      return nok(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? enclosedEscape : enclosed;
  }
  function enclosedEscape(code2) {
    if (code2 === 60 || code2 === 62 || code2 === 92) {
      effects.consume(code2);
      return enclosed;
    }
    return enclosed(code2);
  }
  function raw(code2) {
    if (!balance && (code2 === null || code2 === 41 || markdownLineEndingOrSpace(code2))) {
      effects.exit("chunkString");
      effects.exit(stringType);
      effects.exit(rawType);
      effects.exit(type);
      return ok3(code2);
    }
    if (balance < limit && code2 === 40) {
      effects.consume(code2);
      balance++;
      return raw;
    }
    if (code2 === 41) {
      effects.consume(code2);
      balance--;
      return raw;
    }
    if (code2 === null || code2 === 32 || code2 === 40 || asciiControl(code2)) {
      return nok(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? rawEscape : raw;
  }
  function rawEscape(code2) {
    if (code2 === 40 || code2 === 41 || code2 === 92) {
      effects.consume(code2);
      return raw;
    }
    return raw(code2);
  }
}

// node_modules/micromark-factory-label/index.js
function factoryLabel(effects, ok3, nok, type, markerType, stringType) {
  const self2 = this;
  let size = 0;
  let seen;
  return start2;
  function start2(code2) {
    effects.enter(type);
    effects.enter(markerType);
    effects.consume(code2);
    effects.exit(markerType);
    effects.enter(stringType);
    return atBreak;
  }
  function atBreak(code2) {
    if (size > 999 || code2 === null || code2 === 91 || code2 === 93 && !seen || // To do: remove in the future once we’ve switched from
    // `micromark-extension-footnote` to `micromark-extension-gfm-footnote`,
    // which doesn’t need this.
    // Hidden footnotes hook.
    /* c8 ignore next 3 */
    code2 === 94 && !size && "_hiddenFootnoteSupport" in self2.parser.constructs) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.exit(stringType);
      effects.enter(markerType);
      effects.consume(code2);
      effects.exit(markerType);
      effects.exit(type);
      return ok3;
    }
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return atBreak;
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return labelInside(code2);
  }
  function labelInside(code2) {
    if (code2 === null || code2 === 91 || code2 === 93 || markdownLineEnding(code2) || size++ > 999) {
      effects.exit("chunkString");
      return atBreak(code2);
    }
    effects.consume(code2);
    if (!seen) seen = !markdownSpace(code2);
    return code2 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code2) {
    if (code2 === 91 || code2 === 92 || code2 === 93) {
      effects.consume(code2);
      size++;
      return labelInside;
    }
    return labelInside(code2);
  }
}

// node_modules/micromark-factory-title/index.js
function factoryTitle(effects, ok3, nok, type, markerType, stringType) {
  let marker;
  return start2;
  function start2(code2) {
    if (code2 === 34 || code2 === 39 || code2 === 40) {
      effects.enter(type);
      effects.enter(markerType);
      effects.consume(code2);
      effects.exit(markerType);
      marker = code2 === 40 ? 41 : code2;
      return begin;
    }
    return nok(code2);
  }
  function begin(code2) {
    if (code2 === marker) {
      effects.enter(markerType);
      effects.consume(code2);
      effects.exit(markerType);
      effects.exit(type);
      return ok3;
    }
    effects.enter(stringType);
    return atBreak(code2);
  }
  function atBreak(code2) {
    if (code2 === marker) {
      effects.exit(stringType);
      return begin(marker);
    }
    if (code2 === null) {
      return nok(code2);
    }
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return factorySpace(effects, atBreak, "linePrefix");
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return inside(code2);
  }
  function inside(code2) {
    if (code2 === marker || code2 === null || markdownLineEnding(code2)) {
      effects.exit("chunkString");
      return atBreak(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? escape : inside;
  }
  function escape(code2) {
    if (code2 === marker || code2 === 92) {
      effects.consume(code2);
      return inside;
    }
    return inside(code2);
  }
}

// node_modules/micromark-factory-whitespace/index.js
function factoryWhitespace(effects, ok3) {
  let seen;
  return start2;
  function start2(code2) {
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      seen = true;
      return start2;
    }
    if (markdownSpace(code2)) {
      return factorySpace(effects, start2, seen ? "linePrefix" : "lineSuffix")(code2);
    }
    return ok3(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/definition.js
var definition = {
  name: "definition",
  tokenize: tokenizeDefinition
};
var titleBefore = {
  partial: true,
  tokenize: tokenizeTitleBefore
};
function tokenizeDefinition(effects, ok3, nok) {
  const self2 = this;
  let identifier;
  return start2;
  function start2(code2) {
    effects.enter("definition");
    return before(code2);
  }
  function before(code2) {
    return factoryLabel.call(
      self2,
      effects,
      labelAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionLabel",
      "definitionLabelMarker",
      "definitionLabelString"
    )(code2);
  }
  function labelAfter(code2) {
    identifier = normalizeIdentifier(self2.sliceSerialize(self2.events[self2.events.length - 1][1]).slice(1, -1));
    if (code2 === 58) {
      effects.enter("definitionMarker");
      effects.consume(code2);
      effects.exit("definitionMarker");
      return markerAfter;
    }
    return nok(code2);
  }
  function markerAfter(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, destinationBefore)(code2) : destinationBefore(code2);
  }
  function destinationBefore(code2) {
    return factoryDestination(
      effects,
      destinationAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionDestination",
      "definitionDestinationLiteral",
      "definitionDestinationLiteralMarker",
      "definitionDestinationRaw",
      "definitionDestinationString"
    )(code2);
  }
  function destinationAfter(code2) {
    return effects.attempt(titleBefore, after, after)(code2);
  }
  function after(code2) {
    return markdownSpace(code2) ? factorySpace(effects, afterWhitespace, "whitespace")(code2) : afterWhitespace(code2);
  }
  function afterWhitespace(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("definition");
      self2.parser.defined.push(identifier);
      return ok3(code2);
    }
    return nok(code2);
  }
}
function tokenizeTitleBefore(effects, ok3, nok) {
  return titleBefore2;
  function titleBefore2(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, beforeMarker)(code2) : nok(code2);
  }
  function beforeMarker(code2) {
    return factoryTitle(effects, titleAfter, nok, "definitionTitle", "definitionTitleMarker", "definitionTitleString")(code2);
  }
  function titleAfter(code2) {
    return markdownSpace(code2) ? factorySpace(effects, titleAfterOptionalWhitespace, "whitespace")(code2) : titleAfterOptionalWhitespace(code2);
  }
  function titleAfterOptionalWhitespace(code2) {
    return code2 === null || markdownLineEnding(code2) ? ok3(code2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/hard-break-escape.js
var hardBreakEscape = {
  name: "hardBreakEscape",
  tokenize: tokenizeHardBreakEscape
};
function tokenizeHardBreakEscape(effects, ok3, nok) {
  return start2;
  function start2(code2) {
    effects.enter("hardBreakEscape");
    effects.consume(code2);
    return after;
  }
  function after(code2) {
    if (markdownLineEnding(code2)) {
      effects.exit("hardBreakEscape");
      return ok3(code2);
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/heading-atx.js
var headingAtx = {
  name: "headingAtx",
  resolve: resolveHeadingAtx,
  tokenize: tokenizeHeadingAtx
};
function resolveHeadingAtx(events, context) {
  let contentEnd = events.length - 2;
  let contentStart = 3;
  let content3;
  let text4;
  if (events[contentStart][1].type === "whitespace") {
    contentStart += 2;
  }
  if (contentEnd - 2 > contentStart && events[contentEnd][1].type === "whitespace") {
    contentEnd -= 2;
  }
  if (events[contentEnd][1].type === "atxHeadingSequence" && (contentStart === contentEnd - 1 || contentEnd - 4 > contentStart && events[contentEnd - 2][1].type === "whitespace")) {
    contentEnd -= contentStart + 1 === contentEnd ? 2 : 4;
  }
  if (contentEnd > contentStart) {
    content3 = {
      type: "atxHeadingText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end
    };
    text4 = {
      type: "chunkText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end,
      contentType: "text"
    };
    splice(events, contentStart, contentEnd - contentStart + 1, [["enter", content3, context], ["enter", text4, context], ["exit", text4, context], ["exit", content3, context]]);
  }
  return events;
}
function tokenizeHeadingAtx(effects, ok3, nok) {
  let size = 0;
  return start2;
  function start2(code2) {
    effects.enter("atxHeading");
    return before(code2);
  }
  function before(code2) {
    effects.enter("atxHeadingSequence");
    return sequenceOpen(code2);
  }
  function sequenceOpen(code2) {
    if (code2 === 35 && size++ < 6) {
      effects.consume(code2);
      return sequenceOpen;
    }
    if (code2 === null || markdownLineEndingOrSpace(code2)) {
      effects.exit("atxHeadingSequence");
      return atBreak(code2);
    }
    return nok(code2);
  }
  function atBreak(code2) {
    if (code2 === 35) {
      effects.enter("atxHeadingSequence");
      return sequenceFurther(code2);
    }
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("atxHeading");
      return ok3(code2);
    }
    if (markdownSpace(code2)) {
      return factorySpace(effects, atBreak, "whitespace")(code2);
    }
    effects.enter("atxHeadingText");
    return data(code2);
  }
  function sequenceFurther(code2) {
    if (code2 === 35) {
      effects.consume(code2);
      return sequenceFurther;
    }
    effects.exit("atxHeadingSequence");
    return atBreak(code2);
  }
  function data(code2) {
    if (code2 === null || code2 === 35 || markdownLineEndingOrSpace(code2)) {
      effects.exit("atxHeadingText");
      return atBreak(code2);
    }
    effects.consume(code2);
    return data;
  }
}

// node_modules/micromark-util-html-tag-name/index.js
var htmlBlockNames = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];
var htmlRawNames = ["pre", "script", "style", "textarea"];

// node_modules/micromark-core-commonmark/lib/html-flow.js
var htmlFlow = {
  concrete: true,
  name: "htmlFlow",
  resolveTo: resolveToHtmlFlow,
  tokenize: tokenizeHtmlFlow
};
var blankLineBefore = {
  partial: true,
  tokenize: tokenizeBlankLineBefore
};
var nonLazyContinuationStart = {
  partial: true,
  tokenize: tokenizeNonLazyContinuationStart
};
function resolveToHtmlFlow(events) {
  let index2 = events.length;
  while (index2--) {
    if (events[index2][0] === "enter" && events[index2][1].type === "htmlFlow") {
      break;
    }
  }
  if (index2 > 1 && events[index2 - 2][1].type === "linePrefix") {
    events[index2][1].start = events[index2 - 2][1].start;
    events[index2 + 1][1].start = events[index2 - 2][1].start;
    events.splice(index2 - 2, 2);
  }
  return events;
}
function tokenizeHtmlFlow(effects, ok3, nok) {
  const self2 = this;
  let marker;
  let closingTag;
  let buffer;
  let index2;
  let markerB;
  return start2;
  function start2(code2) {
    return before(code2);
  }
  function before(code2) {
    effects.enter("htmlFlow");
    effects.enter("htmlFlowData");
    effects.consume(code2);
    return open;
  }
  function open(code2) {
    if (code2 === 33) {
      effects.consume(code2);
      return declarationOpen;
    }
    if (code2 === 47) {
      effects.consume(code2);
      closingTag = true;
      return tagCloseStart;
    }
    if (code2 === 63) {
      effects.consume(code2);
      marker = 3;
      return self2.interrupt ? ok3 : continuationDeclarationInside;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      buffer = String.fromCharCode(code2);
      return tagName;
    }
    return nok(code2);
  }
  function declarationOpen(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      marker = 2;
      return commentOpenInside;
    }
    if (code2 === 91) {
      effects.consume(code2);
      marker = 5;
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      marker = 4;
      return self2.interrupt ? ok3 : continuationDeclarationInside;
    }
    return nok(code2);
  }
  function commentOpenInside(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return self2.interrupt ? ok3 : continuationDeclarationInside;
    }
    return nok(code2);
  }
  function cdataOpenInside(code2) {
    const value = "CDATA[";
    if (code2 === value.charCodeAt(index2++)) {
      effects.consume(code2);
      if (index2 === value.length) {
        return self2.interrupt ? ok3 : continuation;
      }
      return cdataOpenInside;
    }
    return nok(code2);
  }
  function tagCloseStart(code2) {
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      buffer = String.fromCharCode(code2);
      return tagName;
    }
    return nok(code2);
  }
  function tagName(code2) {
    if (code2 === null || code2 === 47 || code2 === 62 || markdownLineEndingOrSpace(code2)) {
      const slash = code2 === 47;
      const name2 = buffer.toLowerCase();
      if (!slash && !closingTag && htmlRawNames.includes(name2)) {
        marker = 1;
        return self2.interrupt ? ok3(code2) : continuation(code2);
      }
      if (htmlBlockNames.includes(buffer.toLowerCase())) {
        marker = 6;
        if (slash) {
          effects.consume(code2);
          return basicSelfClosing;
        }
        return self2.interrupt ? ok3(code2) : continuation(code2);
      }
      marker = 7;
      return self2.interrupt && !self2.parser.lazy[self2.now().line] ? nok(code2) : closingTag ? completeClosingTagAfter(code2) : completeAttributeNameBefore(code2);
    }
    if (code2 === 45 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      buffer += String.fromCharCode(code2);
      return tagName;
    }
    return nok(code2);
  }
  function basicSelfClosing(code2) {
    if (code2 === 62) {
      effects.consume(code2);
      return self2.interrupt ? ok3 : continuation;
    }
    return nok(code2);
  }
  function completeClosingTagAfter(code2) {
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeClosingTagAfter;
    }
    return completeEnd(code2);
  }
  function completeAttributeNameBefore(code2) {
    if (code2 === 47) {
      effects.consume(code2);
      return completeEnd;
    }
    if (code2 === 58 || code2 === 95 || asciiAlpha(code2)) {
      effects.consume(code2);
      return completeAttributeName;
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeAttributeNameBefore;
    }
    return completeEnd(code2);
  }
  function completeAttributeName(code2) {
    if (code2 === 45 || code2 === 46 || code2 === 58 || code2 === 95 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      return completeAttributeName;
    }
    return completeAttributeNameAfter(code2);
  }
  function completeAttributeNameAfter(code2) {
    if (code2 === 61) {
      effects.consume(code2);
      return completeAttributeValueBefore;
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeAttributeNameAfter;
    }
    return completeAttributeNameBefore(code2);
  }
  function completeAttributeValueBefore(code2) {
    if (code2 === null || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96) {
      return nok(code2);
    }
    if (code2 === 34 || code2 === 39) {
      effects.consume(code2);
      markerB = code2;
      return completeAttributeValueQuoted;
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeAttributeValueBefore;
    }
    return completeAttributeValueUnquoted(code2);
  }
  function completeAttributeValueQuoted(code2) {
    if (code2 === markerB) {
      effects.consume(code2);
      markerB = null;
      return completeAttributeValueQuotedAfter;
    }
    if (code2 === null || markdownLineEnding(code2)) {
      return nok(code2);
    }
    effects.consume(code2);
    return completeAttributeValueQuoted;
  }
  function completeAttributeValueUnquoted(code2) {
    if (code2 === null || code2 === 34 || code2 === 39 || code2 === 47 || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96 || markdownLineEndingOrSpace(code2)) {
      return completeAttributeNameAfter(code2);
    }
    effects.consume(code2);
    return completeAttributeValueUnquoted;
  }
  function completeAttributeValueQuotedAfter(code2) {
    if (code2 === 47 || code2 === 62 || markdownSpace(code2)) {
      return completeAttributeNameBefore(code2);
    }
    return nok(code2);
  }
  function completeEnd(code2) {
    if (code2 === 62) {
      effects.consume(code2);
      return completeAfter;
    }
    return nok(code2);
  }
  function completeAfter(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return continuation(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeAfter;
    }
    return nok(code2);
  }
  function continuation(code2) {
    if (code2 === 45 && marker === 2) {
      effects.consume(code2);
      return continuationCommentInside;
    }
    if (code2 === 60 && marker === 1) {
      effects.consume(code2);
      return continuationRawTagOpen;
    }
    if (code2 === 62 && marker === 4) {
      effects.consume(code2);
      return continuationClose;
    }
    if (code2 === 63 && marker === 3) {
      effects.consume(code2);
      return continuationDeclarationInside;
    }
    if (code2 === 93 && marker === 5) {
      effects.consume(code2);
      return continuationCdataInside;
    }
    if (markdownLineEnding(code2) && (marker === 6 || marker === 7)) {
      effects.exit("htmlFlowData");
      return effects.check(blankLineBefore, continuationAfter, continuationStart)(code2);
    }
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("htmlFlowData");
      return continuationStart(code2);
    }
    effects.consume(code2);
    return continuation;
  }
  function continuationStart(code2) {
    return effects.check(nonLazyContinuationStart, continuationStartNonLazy, continuationAfter)(code2);
  }
  function continuationStartNonLazy(code2) {
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return continuationBefore;
  }
  function continuationBefore(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return continuationStart(code2);
    }
    effects.enter("htmlFlowData");
    return continuation(code2);
  }
  function continuationCommentInside(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return continuationDeclarationInside;
    }
    return continuation(code2);
  }
  function continuationRawTagOpen(code2) {
    if (code2 === 47) {
      effects.consume(code2);
      buffer = "";
      return continuationRawEndTag;
    }
    return continuation(code2);
  }
  function continuationRawEndTag(code2) {
    if (code2 === 62) {
      const name2 = buffer.toLowerCase();
      if (htmlRawNames.includes(name2)) {
        effects.consume(code2);
        return continuationClose;
      }
      return continuation(code2);
    }
    if (asciiAlpha(code2) && buffer.length < 8) {
      effects.consume(code2);
      buffer += String.fromCharCode(code2);
      return continuationRawEndTag;
    }
    return continuation(code2);
  }
  function continuationCdataInside(code2) {
    if (code2 === 93) {
      effects.consume(code2);
      return continuationDeclarationInside;
    }
    return continuation(code2);
  }
  function continuationDeclarationInside(code2) {
    if (code2 === 62) {
      effects.consume(code2);
      return continuationClose;
    }
    if (code2 === 45 && marker === 2) {
      effects.consume(code2);
      return continuationDeclarationInside;
    }
    return continuation(code2);
  }
  function continuationClose(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("htmlFlowData");
      return continuationAfter(code2);
    }
    effects.consume(code2);
    return continuationClose;
  }
  function continuationAfter(code2) {
    effects.exit("htmlFlow");
    return ok3(code2);
  }
}
function tokenizeNonLazyContinuationStart(effects, ok3, nok) {
  const self2 = this;
  return start2;
  function start2(code2) {
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return after;
    }
    return nok(code2);
  }
  function after(code2) {
    return self2.parser.lazy[self2.now().line] ? nok(code2) : ok3(code2);
  }
}
function tokenizeBlankLineBefore(effects, ok3, nok) {
  return start2;
  function start2(code2) {
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return effects.attempt(blankLine, ok3, nok);
  }
}

// node_modules/micromark-core-commonmark/lib/html-text.js
var htmlText = {
  name: "htmlText",
  tokenize: tokenizeHtmlText
};
function tokenizeHtmlText(effects, ok3, nok) {
  const self2 = this;
  let marker;
  let index2;
  let returnState;
  return start2;
  function start2(code2) {
    effects.enter("htmlText");
    effects.enter("htmlTextData");
    effects.consume(code2);
    return open;
  }
  function open(code2) {
    if (code2 === 33) {
      effects.consume(code2);
      return declarationOpen;
    }
    if (code2 === 47) {
      effects.consume(code2);
      return tagCloseStart;
    }
    if (code2 === 63) {
      effects.consume(code2);
      return instruction;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return tagOpen;
    }
    return nok(code2);
  }
  function declarationOpen(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return commentOpenInside;
    }
    if (code2 === 91) {
      effects.consume(code2);
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return declaration;
    }
    return nok(code2);
  }
  function commentOpenInside(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return commentEnd;
    }
    return nok(code2);
  }
  function comment(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (code2 === 45) {
      effects.consume(code2);
      return commentClose;
    }
    if (markdownLineEnding(code2)) {
      returnState = comment;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return comment;
  }
  function commentClose(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return commentEnd;
    }
    return comment(code2);
  }
  function commentEnd(code2) {
    return code2 === 62 ? end(code2) : code2 === 45 ? commentClose(code2) : comment(code2);
  }
  function cdataOpenInside(code2) {
    const value = "CDATA[";
    if (code2 === value.charCodeAt(index2++)) {
      effects.consume(code2);
      return index2 === value.length ? cdata : cdataOpenInside;
    }
    return nok(code2);
  }
  function cdata(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.consume(code2);
      return cdataClose;
    }
    if (markdownLineEnding(code2)) {
      returnState = cdata;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return cdata;
  }
  function cdataClose(code2) {
    if (code2 === 93) {
      effects.consume(code2);
      return cdataEnd;
    }
    return cdata(code2);
  }
  function cdataEnd(code2) {
    if (code2 === 62) {
      return end(code2);
    }
    if (code2 === 93) {
      effects.consume(code2);
      return cdataEnd;
    }
    return cdata(code2);
  }
  function declaration(code2) {
    if (code2 === null || code2 === 62) {
      return end(code2);
    }
    if (markdownLineEnding(code2)) {
      returnState = declaration;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return declaration;
  }
  function instruction(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (code2 === 63) {
      effects.consume(code2);
      return instructionClose;
    }
    if (markdownLineEnding(code2)) {
      returnState = instruction;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return instruction;
  }
  function instructionClose(code2) {
    return code2 === 62 ? end(code2) : instruction(code2);
  }
  function tagCloseStart(code2) {
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return tagClose;
    }
    return nok(code2);
  }
  function tagClose(code2) {
    if (code2 === 45 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      return tagClose;
    }
    return tagCloseBetween(code2);
  }
  function tagCloseBetween(code2) {
    if (markdownLineEnding(code2)) {
      returnState = tagCloseBetween;
      return lineEndingBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return tagCloseBetween;
    }
    return end(code2);
  }
  function tagOpen(code2) {
    if (code2 === 45 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      return tagOpen;
    }
    if (code2 === 47 || code2 === 62 || markdownLineEndingOrSpace(code2)) {
      return tagOpenBetween(code2);
    }
    return nok(code2);
  }
  function tagOpenBetween(code2) {
    if (code2 === 47) {
      effects.consume(code2);
      return end;
    }
    if (code2 === 58 || code2 === 95 || asciiAlpha(code2)) {
      effects.consume(code2);
      return tagOpenAttributeName;
    }
    if (markdownLineEnding(code2)) {
      returnState = tagOpenBetween;
      return lineEndingBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return tagOpenBetween;
    }
    return end(code2);
  }
  function tagOpenAttributeName(code2) {
    if (code2 === 45 || code2 === 46 || code2 === 58 || code2 === 95 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      return tagOpenAttributeName;
    }
    return tagOpenAttributeNameAfter(code2);
  }
  function tagOpenAttributeNameAfter(code2) {
    if (code2 === 61) {
      effects.consume(code2);
      return tagOpenAttributeValueBefore;
    }
    if (markdownLineEnding(code2)) {
      returnState = tagOpenAttributeNameAfter;
      return lineEndingBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return tagOpenAttributeNameAfter;
    }
    return tagOpenBetween(code2);
  }
  function tagOpenAttributeValueBefore(code2) {
    if (code2 === null || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96) {
      return nok(code2);
    }
    if (code2 === 34 || code2 === 39) {
      effects.consume(code2);
      marker = code2;
      return tagOpenAttributeValueQuoted;
    }
    if (markdownLineEnding(code2)) {
      returnState = tagOpenAttributeValueBefore;
      return lineEndingBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return tagOpenAttributeValueBefore;
    }
    effects.consume(code2);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuoted(code2) {
    if (code2 === marker) {
      effects.consume(code2);
      marker = void 0;
      return tagOpenAttributeValueQuotedAfter;
    }
    if (code2 === null) {
      return nok(code2);
    }
    if (markdownLineEnding(code2)) {
      returnState = tagOpenAttributeValueQuoted;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return tagOpenAttributeValueQuoted;
  }
  function tagOpenAttributeValueUnquoted(code2) {
    if (code2 === null || code2 === 34 || code2 === 39 || code2 === 60 || code2 === 61 || code2 === 96) {
      return nok(code2);
    }
    if (code2 === 47 || code2 === 62 || markdownLineEndingOrSpace(code2)) {
      return tagOpenBetween(code2);
    }
    effects.consume(code2);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuotedAfter(code2) {
    if (code2 === 47 || code2 === 62 || markdownLineEndingOrSpace(code2)) {
      return tagOpenBetween(code2);
    }
    return nok(code2);
  }
  function end(code2) {
    if (code2 === 62) {
      effects.consume(code2);
      effects.exit("htmlTextData");
      effects.exit("htmlText");
      return ok3;
    }
    return nok(code2);
  }
  function lineEndingBefore(code2) {
    effects.exit("htmlTextData");
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return lineEndingAfter;
  }
  function lineEndingAfter(code2) {
    return markdownSpace(code2) ? factorySpace(effects, lineEndingAfterPrefix, "linePrefix", self2.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2) : lineEndingAfterPrefix(code2);
  }
  function lineEndingAfterPrefix(code2) {
    effects.enter("htmlTextData");
    return returnState(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/label-end.js
var labelEnd = {
  name: "labelEnd",
  resolveAll: resolveAllLabelEnd,
  resolveTo: resolveToLabelEnd,
  tokenize: tokenizeLabelEnd
};
var resourceConstruct = {
  tokenize: tokenizeResource
};
var referenceFullConstruct = {
  tokenize: tokenizeReferenceFull
};
var referenceCollapsedConstruct = {
  tokenize: tokenizeReferenceCollapsed
};
function resolveAllLabelEnd(events) {
  let index2 = -1;
  const newEvents = [];
  while (++index2 < events.length) {
    const token = events[index2][1];
    newEvents.push(events[index2]);
    if (token.type === "labelImage" || token.type === "labelLink" || token.type === "labelEnd") {
      const offset = token.type === "labelImage" ? 4 : 2;
      token.type = "data";
      index2 += offset;
    }
  }
  if (events.length !== newEvents.length) {
    splice(events, 0, events.length, newEvents);
  }
  return events;
}
function resolveToLabelEnd(events, context) {
  let index2 = events.length;
  let offset = 0;
  let token;
  let open;
  let close;
  let media;
  while (index2--) {
    token = events[index2][1];
    if (open) {
      if (token.type === "link" || token.type === "labelLink" && token._inactive) {
        break;
      }
      if (events[index2][0] === "enter" && token.type === "labelLink") {
        token._inactive = true;
      }
    } else if (close) {
      if (events[index2][0] === "enter" && (token.type === "labelImage" || token.type === "labelLink") && !token._balanced) {
        open = index2;
        if (token.type !== "labelLink") {
          offset = 2;
          break;
        }
      }
    } else if (token.type === "labelEnd") {
      close = index2;
    }
  }
  const group = {
    type: events[open][1].type === "labelLink" ? "link" : "image",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  const label = {
    type: "label",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[close][1].end
    }
  };
  const text4 = {
    type: "labelText",
    start: {
      ...events[open + offset + 2][1].end
    },
    end: {
      ...events[close - 2][1].start
    }
  };
  media = [["enter", group, context], ["enter", label, context]];
  media = push(media, events.slice(open + 1, open + offset + 3));
  media = push(media, [["enter", text4, context]]);
  media = push(media, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + offset + 4, close - 3), context));
  media = push(media, [["exit", text4, context], events[close - 2], events[close - 1], ["exit", label, context]]);
  media = push(media, events.slice(close + 1));
  media = push(media, [["exit", group, context]]);
  splice(events, open, events.length, media);
  return events;
}
function tokenizeLabelEnd(effects, ok3, nok) {
  const self2 = this;
  let index2 = self2.events.length;
  let labelStart;
  let defined;
  while (index2--) {
    if ((self2.events[index2][1].type === "labelImage" || self2.events[index2][1].type === "labelLink") && !self2.events[index2][1]._balanced) {
      labelStart = self2.events[index2][1];
      break;
    }
  }
  return start2;
  function start2(code2) {
    if (!labelStart) {
      return nok(code2);
    }
    if (labelStart._inactive) {
      return labelEndNok(code2);
    }
    defined = self2.parser.defined.includes(normalizeIdentifier(self2.sliceSerialize({
      start: labelStart.end,
      end: self2.now()
    })));
    effects.enter("labelEnd");
    effects.enter("labelMarker");
    effects.consume(code2);
    effects.exit("labelMarker");
    effects.exit("labelEnd");
    return after;
  }
  function after(code2) {
    if (code2 === 40) {
      return effects.attempt(resourceConstruct, labelEndOk, defined ? labelEndOk : labelEndNok)(code2);
    }
    if (code2 === 91) {
      return effects.attempt(referenceFullConstruct, labelEndOk, defined ? referenceNotFull : labelEndNok)(code2);
    }
    return defined ? labelEndOk(code2) : labelEndNok(code2);
  }
  function referenceNotFull(code2) {
    return effects.attempt(referenceCollapsedConstruct, labelEndOk, labelEndNok)(code2);
  }
  function labelEndOk(code2) {
    return ok3(code2);
  }
  function labelEndNok(code2) {
    labelStart._balanced = true;
    return nok(code2);
  }
}
function tokenizeResource(effects, ok3, nok) {
  return resourceStart;
  function resourceStart(code2) {
    effects.enter("resource");
    effects.enter("resourceMarker");
    effects.consume(code2);
    effects.exit("resourceMarker");
    return resourceBefore;
  }
  function resourceBefore(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, resourceOpen)(code2) : resourceOpen(code2);
  }
  function resourceOpen(code2) {
    if (code2 === 41) {
      return resourceEnd(code2);
    }
    return factoryDestination(effects, resourceDestinationAfter, resourceDestinationMissing, "resourceDestination", "resourceDestinationLiteral", "resourceDestinationLiteralMarker", "resourceDestinationRaw", "resourceDestinationString", 32)(code2);
  }
  function resourceDestinationAfter(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, resourceBetween)(code2) : resourceEnd(code2);
  }
  function resourceDestinationMissing(code2) {
    return nok(code2);
  }
  function resourceBetween(code2) {
    if (code2 === 34 || code2 === 39 || code2 === 40) {
      return factoryTitle(effects, resourceTitleAfter, nok, "resourceTitle", "resourceTitleMarker", "resourceTitleString")(code2);
    }
    return resourceEnd(code2);
  }
  function resourceTitleAfter(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, resourceEnd)(code2) : resourceEnd(code2);
  }
  function resourceEnd(code2) {
    if (code2 === 41) {
      effects.enter("resourceMarker");
      effects.consume(code2);
      effects.exit("resourceMarker");
      effects.exit("resource");
      return ok3;
    }
    return nok(code2);
  }
}
function tokenizeReferenceFull(effects, ok3, nok) {
  const self2 = this;
  return referenceFull;
  function referenceFull(code2) {
    return factoryLabel.call(self2, effects, referenceFullAfter, referenceFullMissing, "reference", "referenceMarker", "referenceString")(code2);
  }
  function referenceFullAfter(code2) {
    return self2.parser.defined.includes(normalizeIdentifier(self2.sliceSerialize(self2.events[self2.events.length - 1][1]).slice(1, -1))) ? ok3(code2) : nok(code2);
  }
  function referenceFullMissing(code2) {
    return nok(code2);
  }
}
function tokenizeReferenceCollapsed(effects, ok3, nok) {
  return referenceCollapsedStart;
  function referenceCollapsedStart(code2) {
    effects.enter("reference");
    effects.enter("referenceMarker");
    effects.consume(code2);
    effects.exit("referenceMarker");
    return referenceCollapsedOpen;
  }
  function referenceCollapsedOpen(code2) {
    if (code2 === 93) {
      effects.enter("referenceMarker");
      effects.consume(code2);
      effects.exit("referenceMarker");
      effects.exit("reference");
      return ok3;
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-image.js
var labelStartImage = {
  name: "labelStartImage",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartImage
};
function tokenizeLabelStartImage(effects, ok3, nok) {
  const self2 = this;
  return start2;
  function start2(code2) {
    effects.enter("labelImage");
    effects.enter("labelImageMarker");
    effects.consume(code2);
    effects.exit("labelImageMarker");
    return open;
  }
  function open(code2) {
    if (code2 === 91) {
      effects.enter("labelMarker");
      effects.consume(code2);
      effects.exit("labelMarker");
      effects.exit("labelImage");
      return after;
    }
    return nok(code2);
  }
  function after(code2) {
    return code2 === 94 && "_hiddenFootnoteSupport" in self2.parser.constructs ? nok(code2) : ok3(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-link.js
var labelStartLink = {
  name: "labelStartLink",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartLink
};
function tokenizeLabelStartLink(effects, ok3, nok) {
  const self2 = this;
  return start2;
  function start2(code2) {
    effects.enter("labelLink");
    effects.enter("labelMarker");
    effects.consume(code2);
    effects.exit("labelMarker");
    effects.exit("labelLink");
    return after;
  }
  function after(code2) {
    return code2 === 94 && "_hiddenFootnoteSupport" in self2.parser.constructs ? nok(code2) : ok3(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/line-ending.js
var lineEnding = {
  name: "lineEnding",
  tokenize: tokenizeLineEnding
};
function tokenizeLineEnding(effects, ok3) {
  return start2;
  function start2(code2) {
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return factorySpace(effects, ok3, "linePrefix");
  }
}

// node_modules/micromark-core-commonmark/lib/thematic-break.js
var thematicBreak = {
  name: "thematicBreak",
  tokenize: tokenizeThematicBreak
};
function tokenizeThematicBreak(effects, ok3, nok) {
  let size = 0;
  let marker;
  return start2;
  function start2(code2) {
    effects.enter("thematicBreak");
    return before(code2);
  }
  function before(code2) {
    marker = code2;
    return atBreak(code2);
  }
  function atBreak(code2) {
    if (code2 === marker) {
      effects.enter("thematicBreakSequence");
      return sequence(code2);
    }
    if (size >= 3 && (code2 === null || markdownLineEnding(code2))) {
      effects.exit("thematicBreak");
      return ok3(code2);
    }
    return nok(code2);
  }
  function sequence(code2) {
    if (code2 === marker) {
      effects.consume(code2);
      size++;
      return sequence;
    }
    effects.exit("thematicBreakSequence");
    return markdownSpace(code2) ? factorySpace(effects, atBreak, "whitespace")(code2) : atBreak(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/list.js
var list2 = {
  continuation: {
    tokenize: tokenizeListContinuation
  },
  exit: tokenizeListEnd,
  name: "list",
  tokenize: tokenizeListStart
};
var listItemPrefixWhitespaceConstruct = {
  partial: true,
  tokenize: tokenizeListItemPrefixWhitespace
};
var indentConstruct = {
  partial: true,
  tokenize: tokenizeIndent
};
function tokenizeListStart(effects, ok3, nok) {
  const self2 = this;
  const tail = self2.events[self2.events.length - 1];
  let initialSize = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let size = 0;
  return start2;
  function start2(code2) {
    const kind = self2.containerState.type || (code2 === 42 || code2 === 43 || code2 === 45 ? "listUnordered" : "listOrdered");
    if (kind === "listUnordered" ? !self2.containerState.marker || code2 === self2.containerState.marker : asciiDigit(code2)) {
      if (!self2.containerState.type) {
        self2.containerState.type = kind;
        effects.enter(kind, {
          _container: true
        });
      }
      if (kind === "listUnordered") {
        effects.enter("listItemPrefix");
        return code2 === 42 || code2 === 45 ? effects.check(thematicBreak, nok, atMarker)(code2) : atMarker(code2);
      }
      if (!self2.interrupt || code2 === 49) {
        effects.enter("listItemPrefix");
        effects.enter("listItemValue");
        return inside(code2);
      }
    }
    return nok(code2);
  }
  function inside(code2) {
    if (asciiDigit(code2) && ++size < 10) {
      effects.consume(code2);
      return inside;
    }
    if ((!self2.interrupt || size < 2) && (self2.containerState.marker ? code2 === self2.containerState.marker : code2 === 41 || code2 === 46)) {
      effects.exit("listItemValue");
      return atMarker(code2);
    }
    return nok(code2);
  }
  function atMarker(code2) {
    effects.enter("listItemMarker");
    effects.consume(code2);
    effects.exit("listItemMarker");
    self2.containerState.marker = self2.containerState.marker || code2;
    return effects.check(
      blankLine,
      // Can’t be empty when interrupting.
      self2.interrupt ? nok : onBlank,
      effects.attempt(listItemPrefixWhitespaceConstruct, endOfPrefix, otherPrefix)
    );
  }
  function onBlank(code2) {
    self2.containerState.initialBlankLine = true;
    initialSize++;
    return endOfPrefix(code2);
  }
  function otherPrefix(code2) {
    if (markdownSpace(code2)) {
      effects.enter("listItemPrefixWhitespace");
      effects.consume(code2);
      effects.exit("listItemPrefixWhitespace");
      return endOfPrefix;
    }
    return nok(code2);
  }
  function endOfPrefix(code2) {
    self2.containerState.size = initialSize + self2.sliceSerialize(effects.exit("listItemPrefix"), true).length;
    return ok3(code2);
  }
}
function tokenizeListContinuation(effects, ok3, nok) {
  const self2 = this;
  self2.containerState._closeFlow = void 0;
  return effects.check(blankLine, onBlank, notBlank);
  function onBlank(code2) {
    self2.containerState.furtherBlankLines = self2.containerState.furtherBlankLines || self2.containerState.initialBlankLine;
    return factorySpace(effects, ok3, "listItemIndent", self2.containerState.size + 1)(code2);
  }
  function notBlank(code2) {
    if (self2.containerState.furtherBlankLines || !markdownSpace(code2)) {
      self2.containerState.furtherBlankLines = void 0;
      self2.containerState.initialBlankLine = void 0;
      return notInCurrentItem(code2);
    }
    self2.containerState.furtherBlankLines = void 0;
    self2.containerState.initialBlankLine = void 0;
    return effects.attempt(indentConstruct, ok3, notInCurrentItem)(code2);
  }
  function notInCurrentItem(code2) {
    self2.containerState._closeFlow = true;
    self2.interrupt = void 0;
    return factorySpace(effects, effects.attempt(list2, ok3, nok), "linePrefix", self2.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2);
  }
}
function tokenizeIndent(effects, ok3, nok) {
  const self2 = this;
  return factorySpace(effects, afterPrefix, "listItemIndent", self2.containerState.size + 1);
  function afterPrefix(code2) {
    const tail = self2.events[self2.events.length - 1];
    return tail && tail[1].type === "listItemIndent" && tail[2].sliceSerialize(tail[1], true).length === self2.containerState.size ? ok3(code2) : nok(code2);
  }
}
function tokenizeListEnd(effects) {
  effects.exit(this.containerState.type);
}
function tokenizeListItemPrefixWhitespace(effects, ok3, nok) {
  const self2 = this;
  return factorySpace(effects, afterPrefix, "listItemPrefixWhitespace", self2.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4 + 1);
  function afterPrefix(code2) {
    const tail = self2.events[self2.events.length - 1];
    return !markdownSpace(code2) && tail && tail[1].type === "listItemPrefixWhitespace" ? ok3(code2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/setext-underline.js
var setextUnderline = {
  name: "setextUnderline",
  resolveTo: resolveToSetextUnderline,
  tokenize: tokenizeSetextUnderline
};
function resolveToSetextUnderline(events, context) {
  let index2 = events.length;
  let content3;
  let text4;
  let definition2;
  while (index2--) {
    if (events[index2][0] === "enter") {
      if (events[index2][1].type === "content") {
        content3 = index2;
        break;
      }
      if (events[index2][1].type === "paragraph") {
        text4 = index2;
      }
    } else {
      if (events[index2][1].type === "content") {
        events.splice(index2, 1);
      }
      if (!definition2 && events[index2][1].type === "definition") {
        definition2 = index2;
      }
    }
  }
  const heading = {
    type: "setextHeading",
    start: {
      ...events[content3][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  events[text4][1].type = "setextHeadingText";
  if (definition2) {
    events.splice(text4, 0, ["enter", heading, context]);
    events.splice(definition2 + 1, 0, ["exit", events[content3][1], context]);
    events[content3][1].end = {
      ...events[definition2][1].end
    };
  } else {
    events[content3][1] = heading;
  }
  events.push(["exit", heading, context]);
  return events;
}
function tokenizeSetextUnderline(effects, ok3, nok) {
  const self2 = this;
  let marker;
  return start2;
  function start2(code2) {
    let index2 = self2.events.length;
    let paragraph;
    while (index2--) {
      if (self2.events[index2][1].type !== "lineEnding" && self2.events[index2][1].type !== "linePrefix" && self2.events[index2][1].type !== "content") {
        paragraph = self2.events[index2][1].type === "paragraph";
        break;
      }
    }
    if (!self2.parser.lazy[self2.now().line] && (self2.interrupt || paragraph)) {
      effects.enter("setextHeadingLine");
      marker = code2;
      return before(code2);
    }
    return nok(code2);
  }
  function before(code2) {
    effects.enter("setextHeadingLineSequence");
    return inside(code2);
  }
  function inside(code2) {
    if (code2 === marker) {
      effects.consume(code2);
      return inside;
    }
    effects.exit("setextHeadingLineSequence");
    return markdownSpace(code2) ? factorySpace(effects, after, "lineSuffix")(code2) : after(code2);
  }
  function after(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("setextHeadingLine");
      return ok3(code2);
    }
    return nok(code2);
  }
}

// node_modules/micromark/lib/initialize/flow.js
var flow = {
  tokenize: initializeFlow
};
function initializeFlow(effects) {
  const self2 = this;
  const initial = effects.attempt(
    // Try to parse a blank line.
    blankLine,
    atBlankEnding,
    // Try to parse initial flow (essentially, only code).
    effects.attempt(this.parser.constructs.flowInitial, afterConstruct, factorySpace(effects, effects.attempt(this.parser.constructs.flow, afterConstruct, effects.attempt(content2, afterConstruct)), "linePrefix"))
  );
  return initial;
  function atBlankEnding(code2) {
    if (code2 === null) {
      effects.consume(code2);
      return;
    }
    effects.enter("lineEndingBlank");
    effects.consume(code2);
    effects.exit("lineEndingBlank");
    self2.currentConstruct = void 0;
    return initial;
  }
  function afterConstruct(code2) {
    if (code2 === null) {
      effects.consume(code2);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    self2.currentConstruct = void 0;
    return initial;
  }
}

// node_modules/micromark/lib/initialize/text.js
var resolver = {
  resolveAll: createResolver()
};
var string = initializeFactory("string");
var text = initializeFactory("text");
function initializeFactory(field2) {
  return {
    resolveAll: createResolver(field2 === "text" ? resolveAllLineSuffixes : void 0),
    tokenize: initializeText
  };
  function initializeText(effects) {
    const self2 = this;
    const constructs2 = this.parser.constructs[field2];
    const text4 = effects.attempt(constructs2, start2, notText);
    return start2;
    function start2(code2) {
      return atBreak(code2) ? text4(code2) : notText(code2);
    }
    function notText(code2) {
      if (code2 === null) {
        effects.consume(code2);
        return;
      }
      effects.enter("data");
      effects.consume(code2);
      return data;
    }
    function data(code2) {
      if (atBreak(code2)) {
        effects.exit("data");
        return text4(code2);
      }
      effects.consume(code2);
      return data;
    }
    function atBreak(code2) {
      if (code2 === null) {
        return true;
      }
      const list3 = constructs2[code2];
      let index2 = -1;
      if (list3) {
        while (++index2 < list3.length) {
          const item = list3[index2];
          if (!item.previous || item.previous.call(self2, self2.previous)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
function createResolver(extraResolver) {
  return resolveAllText;
  function resolveAllText(events, context) {
    let index2 = -1;
    let enter;
    while (++index2 <= events.length) {
      if (enter === void 0) {
        if (events[index2] && events[index2][1].type === "data") {
          enter = index2;
          index2++;
        }
      } else if (!events[index2] || events[index2][1].type !== "data") {
        if (index2 !== enter + 2) {
          events[enter][1].end = events[index2 - 1][1].end;
          events.splice(enter + 2, index2 - enter - 2);
          index2 = enter + 2;
        }
        enter = void 0;
      }
    }
    return extraResolver ? extraResolver(events, context) : events;
  }
}
function resolveAllLineSuffixes(events, context) {
  let eventIndex = 0;
  while (++eventIndex <= events.length) {
    if ((eventIndex === events.length || events[eventIndex][1].type === "lineEnding") && events[eventIndex - 1][1].type === "data") {
      const data = events[eventIndex - 1][1];
      const chunks = context.sliceStream(data);
      let index2 = chunks.length;
      let bufferIndex = -1;
      let size = 0;
      let tabs;
      while (index2--) {
        const chunk = chunks[index2];
        if (typeof chunk === "string") {
          bufferIndex = chunk.length;
          while (chunk.charCodeAt(bufferIndex - 1) === 32) {
            size++;
            bufferIndex--;
          }
          if (bufferIndex) break;
          bufferIndex = -1;
        } else if (chunk === -2) {
          tabs = true;
          size++;
        } else if (chunk === -1) {
        } else {
          index2++;
          break;
        }
      }
      if (context._contentTypeTextTrailing && eventIndex === events.length) {
        size = 0;
      }
      if (size) {
        const token = {
          type: eventIndex === events.length || tabs || size < 2 ? "lineSuffix" : "hardBreakTrailing",
          start: {
            _bufferIndex: index2 ? bufferIndex : data.start._bufferIndex + bufferIndex,
            _index: data.start._index + index2,
            line: data.end.line,
            column: data.end.column - size,
            offset: data.end.offset - size
          },
          end: {
            ...data.end
          }
        };
        data.end = {
          ...token.start
        };
        if (data.start.offset === data.end.offset) {
          Object.assign(data, token);
        } else {
          events.splice(eventIndex, 0, ["enter", token, context], ["exit", token, context]);
          eventIndex += 2;
        }
      }
      eventIndex++;
    }
  }
  return events;
}

// node_modules/micromark/lib/constructs.js
var constructs_exports = {};
__export2(constructs_exports, {
  attentionMarkers: () => attentionMarkers,
  contentInitial: () => contentInitial,
  disable: () => disable,
  document: () => document3,
  flow: () => flow2,
  flowInitial: () => flowInitial,
  insideSpan: () => insideSpan,
  string: () => string2,
  text: () => text2
});
var document3 = {
  [42]: list2,
  [43]: list2,
  [45]: list2,
  [48]: list2,
  [49]: list2,
  [50]: list2,
  [51]: list2,
  [52]: list2,
  [53]: list2,
  [54]: list2,
  [55]: list2,
  [56]: list2,
  [57]: list2,
  [62]: blockQuote
};
var contentInitial = {
  [91]: definition
};
var flowInitial = {
  [-2]: codeIndented,
  [-1]: codeIndented,
  [32]: codeIndented
};
var flow2 = {
  [35]: headingAtx,
  [42]: thematicBreak,
  [45]: [setextUnderline, thematicBreak],
  [60]: htmlFlow,
  [61]: setextUnderline,
  [95]: thematicBreak,
  [96]: codeFenced,
  [126]: codeFenced
};
var string2 = {
  [38]: characterReference,
  [92]: characterEscape
};
var text2 = {
  [-5]: lineEnding,
  [-4]: lineEnding,
  [-3]: lineEnding,
  [33]: labelStartImage,
  [38]: characterReference,
  [42]: attention,
  [60]: [autolink, htmlText],
  [91]: labelStartLink,
  [92]: [hardBreakEscape, characterEscape],
  [93]: labelEnd,
  [95]: attention,
  [96]: codeText
};
var insideSpan = {
  null: [attention, resolver]
};
var attentionMarkers = {
  null: [42, 95]
};
var disable = {
  null: []
};

// node_modules/micromark/lib/create-tokenizer.js
function createTokenizer(parser, initialize, from) {
  let point3 = {
    _bufferIndex: -1,
    _index: 0,
    line: from && from.line || 1,
    column: from && from.column || 1,
    offset: from && from.offset || 0
  };
  const columnStart = {};
  const resolveAllConstructs = [];
  let chunks = [];
  let stack = [];
  let consumed = true;
  const effects = {
    attempt: constructFactory(onsuccessfulconstruct),
    check: constructFactory(onsuccessfulcheck),
    consume,
    enter,
    exit: exit3,
    interrupt: constructFactory(onsuccessfulcheck, {
      interrupt: true
    })
  };
  const context = {
    code: null,
    containerState: {},
    defineSkip,
    events: [],
    now,
    parser,
    previous: null,
    sliceSerialize,
    sliceStream,
    write
  };
  let state = initialize.tokenize.call(context, effects);
  let expectedCode;
  if (initialize.resolveAll) {
    resolveAllConstructs.push(initialize);
  }
  return context;
  function write(slice) {
    chunks = push(chunks, slice);
    main2();
    if (chunks[chunks.length - 1] !== null) {
      return [];
    }
    addResult(initialize, 0);
    context.events = resolveAll(resolveAllConstructs, context.events, context);
    return context.events;
  }
  function sliceSerialize(token, expandTabs) {
    return serializeChunks(sliceStream(token), expandTabs);
  }
  function sliceStream(token) {
    return sliceChunks(chunks, token);
  }
  function now() {
    const {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    } = point3;
    return {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    };
  }
  function defineSkip(value) {
    columnStart[value.line] = value.column;
    accountForPotentialSkip();
  }
  function main2() {
    let chunkIndex;
    while (point3._index < chunks.length) {
      const chunk = chunks[point3._index];
      if (typeof chunk === "string") {
        chunkIndex = point3._index;
        if (point3._bufferIndex < 0) {
          point3._bufferIndex = 0;
        }
        while (point3._index === chunkIndex && point3._bufferIndex < chunk.length) {
          go(chunk.charCodeAt(point3._bufferIndex));
        }
      } else {
        go(chunk);
      }
    }
  }
  function go(code2) {
    consumed = void 0;
    expectedCode = code2;
    state = state(code2);
  }
  function consume(code2) {
    if (markdownLineEnding(code2)) {
      point3.line++;
      point3.column = 1;
      point3.offset += code2 === -3 ? 2 : 1;
      accountForPotentialSkip();
    } else if (code2 !== -1) {
      point3.column++;
      point3.offset++;
    }
    if (point3._bufferIndex < 0) {
      point3._index++;
    } else {
      point3._bufferIndex++;
      if (point3._bufferIndex === // Points w/ non-negative `_bufferIndex` reference
      // strings.
      /** @type {string} */
      chunks[point3._index].length) {
        point3._bufferIndex = -1;
        point3._index++;
      }
    }
    context.previous = code2;
    consumed = true;
  }
  function enter(type, fields) {
    const token = fields || {};
    token.type = type;
    token.start = now();
    context.events.push(["enter", token, context]);
    stack.push(token);
    return token;
  }
  function exit3(type) {
    const token = stack.pop();
    token.end = now();
    context.events.push(["exit", token, context]);
    return token;
  }
  function onsuccessfulconstruct(construct, info2) {
    addResult(construct, info2.from);
  }
  function onsuccessfulcheck(_, info2) {
    info2.restore();
  }
  function constructFactory(onreturn, fields) {
    return hook;
    function hook(constructs2, returnState, bogusState) {
      let listOfConstructs;
      let constructIndex;
      let currentConstruct;
      let info2;
      return Array.isArray(constructs2) ? (
        /* c8 ignore next 1 */
        handleListOfConstructs(constructs2)
      ) : "tokenize" in constructs2 ? (
        // Looks like a construct.
        handleListOfConstructs([
          /** @type {Construct} */
          constructs2
        ])
      ) : handleMapOfConstructs(constructs2);
      function handleMapOfConstructs(map) {
        return start2;
        function start2(code2) {
          const left = code2 !== null && map[code2];
          const all2 = code2 !== null && map.null;
          const list3 = [
            // To do: add more extension tests.
            /* c8 ignore next 2 */
            ...Array.isArray(left) ? left : left ? [left] : [],
            ...Array.isArray(all2) ? all2 : all2 ? [all2] : []
          ];
          return handleListOfConstructs(list3)(code2);
        }
      }
      function handleListOfConstructs(list3) {
        listOfConstructs = list3;
        constructIndex = 0;
        if (list3.length === 0) {
          return bogusState;
        }
        return handleConstruct(list3[constructIndex]);
      }
      function handleConstruct(construct) {
        return start2;
        function start2(code2) {
          info2 = store();
          currentConstruct = construct;
          if (!construct.partial) {
            context.currentConstruct = construct;
          }
          if (construct.name && context.parser.constructs.disable.null.includes(construct.name)) {
            return nok(code2);
          }
          return construct.tokenize.call(
            // If we do have fields, create an object w/ `context` as its
            // prototype.
            // This allows a “live binding”, which is needed for `interrupt`.
            fields ? Object.assign(Object.create(context), fields) : context,
            effects,
            ok3,
            nok
          )(code2);
        }
      }
      function ok3(code2) {
        consumed = true;
        onreturn(currentConstruct, info2);
        return returnState;
      }
      function nok(code2) {
        consumed = true;
        info2.restore();
        if (++constructIndex < listOfConstructs.length) {
          return handleConstruct(listOfConstructs[constructIndex]);
        }
        return bogusState;
      }
    }
  }
  function addResult(construct, from2) {
    if (construct.resolveAll && !resolveAllConstructs.includes(construct)) {
      resolveAllConstructs.push(construct);
    }
    if (construct.resolve) {
      splice(context.events, from2, context.events.length - from2, construct.resolve(context.events.slice(from2), context));
    }
    if (construct.resolveTo) {
      context.events = construct.resolveTo(context.events, context);
    }
  }
  function store() {
    const startPoint = now();
    const startPrevious = context.previous;
    const startCurrentConstruct = context.currentConstruct;
    const startEventsIndex = context.events.length;
    const startStack = Array.from(stack);
    return {
      from: startEventsIndex,
      restore
    };
    function restore() {
      point3 = startPoint;
      context.previous = startPrevious;
      context.currentConstruct = startCurrentConstruct;
      context.events.length = startEventsIndex;
      stack = startStack;
      accountForPotentialSkip();
    }
  }
  function accountForPotentialSkip() {
    if (point3.line in columnStart && point3.column < 2) {
      point3.column = columnStart[point3.line];
      point3.offset += columnStart[point3.line] - 1;
    }
  }
}
function sliceChunks(chunks, token) {
  const startIndex = token.start._index;
  const startBufferIndex = token.start._bufferIndex;
  const endIndex = token.end._index;
  const endBufferIndex = token.end._bufferIndex;
  let view;
  if (startIndex === endIndex) {
    view = [chunks[startIndex].slice(startBufferIndex, endBufferIndex)];
  } else {
    view = chunks.slice(startIndex, endIndex);
    if (startBufferIndex > -1) {
      const head3 = view[0];
      if (typeof head3 === "string") {
        view[0] = head3.slice(startBufferIndex);
      } else {
        view.shift();
      }
    }
    if (endBufferIndex > 0) {
      view.push(chunks[endIndex].slice(0, endBufferIndex));
    }
  }
  return view;
}
function serializeChunks(chunks, expandTabs) {
  let index2 = -1;
  const result = [];
  let atTab;
  while (++index2 < chunks.length) {
    const chunk = chunks[index2];
    let value;
    if (typeof chunk === "string") {
      value = chunk;
    } else switch (chunk) {
      case -5: {
        value = "\r";
        break;
      }
      case -4: {
        value = "\n";
        break;
      }
      case -3: {
        value = "\r\n";
        break;
      }
      case -2: {
        value = expandTabs ? " " : "	";
        break;
      }
      case -1: {
        if (!expandTabs && atTab) continue;
        value = " ";
        break;
      }
      default: {
        value = String.fromCharCode(chunk);
      }
    }
    atTab = chunk === -2;
    result.push(value);
  }
  return result.join("");
}

// node_modules/micromark/lib/parse.js
function parse(options2) {
  const settings = options2 || {};
  const constructs2 = (
    /** @type {FullNormalizedExtension} */
    combineExtensions([constructs_exports, ...settings.extensions || []])
  );
  const parser = {
    constructs: constructs2,
    content: create(content),
    defined: [],
    document: create(document2),
    flow: create(flow),
    lazy: {},
    string: create(string),
    text: create(text)
  };
  return parser;
  function create(initial) {
    return creator;
    function creator(from) {
      return createTokenizer(parser, initial, from);
    }
  }
}

// node_modules/micromark/lib/postprocess.js
function postprocess(events) {
  while (!subtokenize(events)) {
  }
  return events;
}

// node_modules/micromark/lib/preprocess.js
var search = /[\0\t\n\r]/g;
function preprocess() {
  let column = 1;
  let buffer = "";
  let start2 = true;
  let atCarriageReturn;
  return preprocessor;
  function preprocessor(value, encoding, end) {
    const chunks = [];
    let match;
    let next;
    let startPosition;
    let endPosition;
    let code2;
    value = buffer + (typeof value === "string" ? value.toString() : new TextDecoder(encoding || void 0).decode(value));
    startPosition = 0;
    buffer = "";
    if (start2) {
      if (value.charCodeAt(0) === 65279) {
        startPosition++;
      }
      start2 = void 0;
    }
    while (startPosition < value.length) {
      search.lastIndex = startPosition;
      match = search.exec(value);
      endPosition = match && match.index !== void 0 ? match.index : value.length;
      code2 = value.charCodeAt(endPosition);
      if (!match) {
        buffer = value.slice(startPosition);
        break;
      }
      if (code2 === 10 && startPosition === endPosition && atCarriageReturn) {
        chunks.push(-3);
        atCarriageReturn = void 0;
      } else {
        if (atCarriageReturn) {
          chunks.push(-5);
          atCarriageReturn = void 0;
        }
        if (startPosition < endPosition) {
          chunks.push(value.slice(startPosition, endPosition));
          column += endPosition - startPosition;
        }
        switch (code2) {
          case 0: {
            chunks.push(65533);
            column++;
            break;
          }
          case 9: {
            next = Math.ceil(column / 4) * 4;
            chunks.push(-2);
            while (column++ < next) chunks.push(-1);
            break;
          }
          case 10: {
            chunks.push(-4);
            column = 1;
            break;
          }
          default: {
            atCarriageReturn = true;
            column = 1;
          }
        }
      }
      startPosition = endPosition + 1;
    }
    if (end) {
      if (atCarriageReturn) chunks.push(-5);
      if (buffer) chunks.push(buffer);
      chunks.push(null);
    }
    return chunks;
  }
}

// node_modules/micromark-util-decode-string/index.js
var characterEscapeOrReference = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;
function decodeString(value) {
  return value.replace(characterEscapeOrReference, decode);
}
function decode($0, $1, $2) {
  if ($1) {
    return $1;
  }
  const head3 = $2.charCodeAt(0);
  if (head3 === 35) {
    const head4 = $2.charCodeAt(1);
    const hex = head4 === 120 || head4 === 88;
    return decodeNumericCharacterReference($2.slice(hex ? 2 : 1), hex ? 16 : 10);
  }
  return decodeNamedCharacterReference($2) || $0;
}

// node_modules/unist-util-stringify-position/lib/index.js
function stringifyPosition(value) {
  if (!value || typeof value !== "object") {
    return "";
  }
  if ("position" in value || "type" in value) {
    return position(value.position);
  }
  if ("start" in value || "end" in value) {
    return position(value);
  }
  if ("line" in value || "column" in value) {
    return point(value);
  }
  return "";
}
function point(point3) {
  return index(point3 && point3.line) + ":" + index(point3 && point3.column);
}
function position(pos) {
  return point(pos && pos.start) + "-" + point(pos && pos.end);
}
function index(value) {
  return value && typeof value === "number" ? value : 1;
}

// node_modules/mdast-util-from-markdown/lib/index.js
var own2 = {}.hasOwnProperty;
function fromMarkdown(value, encoding, options2) {
  if (encoding && typeof encoding === "object") {
    options2 = encoding;
    encoding = void 0;
  }
  return compiler(options2)(postprocess(parse(options2).document().write(preprocess()(value, encoding, true))));
}
function compiler(options2) {
  const config = {
    afterExit: [],
    beforeEnter: [],
    transforms: [],
    canContainEols: ["emphasis", "fragment", "heading", "paragraph", "strong"],
    enter: {
      autolink: opener(link),
      autolinkProtocol: onenterdata,
      autolinkEmail: onenterdata,
      atxHeading: opener(heading),
      blockQuote: opener(blockQuote2),
      characterEscape: onenterdata,
      characterReference: onenterdata,
      codeFenced: opener(codeFlow),
      codeFencedFenceInfo: buffer,
      codeFencedFenceMeta: buffer,
      codeIndented: opener(codeFlow, buffer),
      codeText: opener(codeText2, buffer),
      codeTextData: onenterdata,
      data: onenterdata,
      codeFlowValue: onenterdata,
      definition: opener(definition2),
      definitionDestinationString: buffer,
      definitionLabelString: buffer,
      definitionTitleString: buffer,
      emphasis: opener(emphasis),
      hardBreakEscape: opener(hardBreak),
      hardBreakTrailing: opener(hardBreak),
      htmlFlow: opener(html, buffer),
      htmlFlowData: onenterdata,
      htmlText: opener(html, buffer),
      htmlTextData: onenterdata,
      image: opener(image),
      label: buffer,
      link: opener(link),
      listItem: opener(listItem),
      listItemValue: onenterlistitemvalue,
      listOrdered: opener(list3, onenterlistordered),
      listUnordered: opener(list3),
      paragraph: opener(paragraph),
      reference: onenterreference,
      referenceString: buffer,
      resourceDestinationString: buffer,
      resourceTitleString: buffer,
      setextHeading: opener(heading),
      strong: opener(strong),
      thematicBreak: opener(thematicBreak2)
    },
    exit: {
      atxHeading: closer(),
      atxHeadingSequence: onexitatxheadingsequence,
      autolink: closer(),
      autolinkEmail: onexitautolinkemail,
      autolinkProtocol: onexitautolinkprotocol,
      blockQuote: closer(),
      characterEscapeValue: onexitdata,
      characterReferenceMarkerHexadecimal: onexitcharacterreferencemarker,
      characterReferenceMarkerNumeric: onexitcharacterreferencemarker,
      characterReferenceValue: onexitcharacterreferencevalue,
      characterReference: onexitcharacterreference,
      codeFenced: closer(onexitcodefenced),
      codeFencedFence: onexitcodefencedfence,
      codeFencedFenceInfo: onexitcodefencedfenceinfo,
      codeFencedFenceMeta: onexitcodefencedfencemeta,
      codeFlowValue: onexitdata,
      codeIndented: closer(onexitcodeindented),
      codeText: closer(onexitcodetext),
      codeTextData: onexitdata,
      data: onexitdata,
      definition: closer(),
      definitionDestinationString: onexitdefinitiondestinationstring,
      definitionLabelString: onexitdefinitionlabelstring,
      definitionTitleString: onexitdefinitiontitlestring,
      emphasis: closer(),
      hardBreakEscape: closer(onexithardbreak),
      hardBreakTrailing: closer(onexithardbreak),
      htmlFlow: closer(onexithtmlflow),
      htmlFlowData: onexitdata,
      htmlText: closer(onexithtmltext),
      htmlTextData: onexitdata,
      image: closer(onexitimage),
      label: onexitlabel,
      labelText: onexitlabeltext,
      lineEnding: onexitlineending,
      link: closer(onexitlink),
      listItem: closer(),
      listOrdered: closer(),
      listUnordered: closer(),
      paragraph: closer(),
      referenceString: onexitreferencestring,
      resourceDestinationString: onexitresourcedestinationstring,
      resourceTitleString: onexitresourcetitlestring,
      resource: onexitresource,
      setextHeading: closer(onexitsetextheading),
      setextHeadingLineSequence: onexitsetextheadinglinesequence,
      setextHeadingText: onexitsetextheadingtext,
      strong: closer(),
      thematicBreak: closer()
    }
  };
  configure(config, (options2 || {}).mdastExtensions || []);
  const data = {};
  return compile;
  function compile(events) {
    let tree = {
      type: "root",
      children: [],
      position: void 0
    };
    const context = {
      stack: [tree],
      tokenStack: [],
      config,
      enter,
      exit: exit3,
      buffer,
      resume,
      data
    };
    const listStack = [];
    const prepared = [];
    let index2 = -1;
    while (++index2 < events.length) {
      prepared.push(events[index2]);
      if (events[index2][1].type === "listOrdered" || events[index2][1].type === "listUnordered") {
        if (events[index2][0] === "enter") {
          listStack.push(prepared.length - 1);
        } else {
          const tail = listStack.pop();
          prepareList(prepared, tail);
        }
      }
    }
    events = prepared;
    index2 = -1;
    while (++index2 < events.length) {
      const handler = config[events[index2][0]];
      if (events[index2][0] === "enter" && config.beforeEnter.length > 0) {
        callListeners(config.beforeEnter, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (own2.call(handler, events[index2][1].type)) {
        handler[events[index2][1].type].call({
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (events[index2][0] === "exit" && config.afterExit.length > 0) {
        callListeners(config.afterExit, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
    }
    if (context.tokenStack.length > 0) {
      const tail = context.tokenStack[context.tokenStack.length - 1];
      const handler = tail[1] || defaultOnError;
      handler.call(context, void 0, tail[0]);
    }
    tree.position = {
      start: point2(events.length > 0 ? events[0][1].start : {
        line: 1,
        column: 1,
        offset: 0
      }),
      end: point2(events.length > 0 ? events[events.length - 2][1].end : {
        line: 1,
        column: 1,
        offset: 0
      })
    };
    index2 = -1;
    while (++index2 < config.transforms.length) {
      tree = config.transforms[index2](tree) || tree;
    }
    return tree;
  }
  function callListeners(listeners, context, token) {
    let index2 = -1;
    while (++index2 < listeners.length) {
      listeners[index2].call(context, token);
    }
  }
  function prepareList(events, start2) {
    const end = events.length - 1;
    let index2 = start2 - 1;
    let containerBalance = -1;
    let listSpread = false;
    let listItem2;
    let lineIndex;
    let firstBlankLineIndex;
    let atMarker;
    const insertions = [];
    while (++index2 <= end) {
      const event = events[index2];
      switch (event[1].type) {
        case "listUnordered":
        case "listOrdered":
        case "blockQuote": {
          if (event[0] === "enter") {
            containerBalance++;
          } else {
            containerBalance--;
          }
          atMarker = void 0;
          break;
        }
        case "lineEndingBlank": {
          if (event[0] === "enter") {
            if (listItem2 && !atMarker && !containerBalance && !firstBlankLineIndex) {
              firstBlankLineIndex = index2;
            }
            atMarker = void 0;
          }
          break;
        }
        case "linePrefix":
        case "listItemValue":
        case "listItemMarker":
        case "listItemPrefix":
        case "listItemPrefixWhitespace": {
          break;
        }
        default: {
          atMarker = void 0;
        }
      }
      if (!containerBalance && event[0] === "enter" && event[1].type === "listItemPrefix" || containerBalance === -1 && event[0] === "exit" && (event[1].type === "listUnordered" || event[1].type === "listOrdered")) {
        if (listItem2) {
          let tailIndex = index2;
          lineIndex = void 0;
          while (tailIndex--) {
            const tailEvent = events[tailIndex];
            if (tailEvent[1].type === "lineEnding" || tailEvent[1].type === "lineEndingBlank") {
              if (tailEvent[0] === "exit") continue;
              if (lineIndex) {
                events[lineIndex][1].type = "lineEndingBlank";
                listSpread = true;
              }
              tailEvent[1].type = "lineEnding";
              lineIndex = tailIndex;
            } else if (tailEvent[1].type === "linePrefix" || tailEvent[1].type === "blockQuotePrefix" || tailEvent[1].type === "blockQuotePrefixWhitespace" || tailEvent[1].type === "blockQuoteMarker" || tailEvent[1].type === "listItemIndent") {
            } else {
              break;
            }
          }
          if (firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex)) {
            listItem2._spread = true;
          }
          listItem2.end = Object.assign({}, lineIndex ? events[lineIndex][1].start : event[1].end);
          insertions.push({
            at: lineIndex || index2,
            event: ["exit", listItem2, event[2]]
          });
        }
        if (event[1].type === "listItemPrefix") {
          const item = {
            type: "listItem",
            _spread: false,
            start: Object.assign({}, event[1].start),
            // @ts-expect-error: we’ll add `end` in a second.
            end: void 0
          };
          listItem2 = item;
          insertions.push({
            at: index2,
            event: ["enter", item, event[2]]
          });
          firstBlankLineIndex = void 0;
          atMarker = true;
        }
      }
    }
    const listEvents = events.splice(start2);
    let insertion2 = 0;
    index2 = -1;
    while (++index2 < listEvents.length) {
      while (insertion2 < insertions.length && insertions[insertion2].at === start2 + index2) {
        events.push(insertions[insertion2++].event);
      }
      events.push(listEvents[index2]);
    }
    events[start2][1]._spread = listSpread;
  }
  function opener(create, and) {
    return open;
    function open(token) {
      enter.call(this, create(token), token);
      if (and) and.call(this, token);
    }
  }
  function buffer() {
    this.stack.push({
      type: "fragment",
      children: []
    });
  }
  function enter(node2, token, errorHandler) {
    const parent = this.stack[this.stack.length - 1];
    const siblings2 = parent.children;
    siblings2.push(node2);
    this.stack.push(node2);
    this.tokenStack.push([token, errorHandler || void 0]);
    node2.position = {
      start: point2(token.start),
      // @ts-expect-error: `end` will be patched later.
      end: void 0
    };
  }
  function closer(and) {
    return close;
    function close(token) {
      if (and) and.call(this, token);
      exit3.call(this, token);
    }
  }
  function exit3(token, onExitError) {
    const node2 = this.stack.pop();
    const open = this.tokenStack.pop();
    if (!open) {
      throw new Error("Cannot close `" + token.type + "` (" + stringifyPosition({
        start: token.start,
        end: token.end
      }) + "): it\u2019s not open");
    }
    if (open[0].type !== token.type) {
      if (onExitError) {
        onExitError.call(this, token, open[0]);
      } else {
        const handler = open[1] || defaultOnError;
        handler.call(this, token, open[0]);
      }
    }
    node2.position.end = point2(token.end);
  }
  function resume() {
    return toString(this.stack.pop());
  }
  function onenterlistordered() {
    this.data.expectingFirstListItemValue = true;
  }
  function onenterlistitemvalue(token) {
    if (this.data.expectingFirstListItemValue) {
      const ancestor = this.stack[this.stack.length - 2];
      ancestor.start = Number.parseInt(this.sliceSerialize(token), 10);
      this.data.expectingFirstListItemValue = void 0;
    }
  }
  function onexitcodefencedfenceinfo() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.lang = data2;
  }
  function onexitcodefencedfencemeta() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.meta = data2;
  }
  function onexitcodefencedfence() {
    if (this.data.flowCodeInside) return;
    this.buffer();
    this.data.flowCodeInside = true;
  }
  function onexitcodefenced() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
    this.data.flowCodeInside = void 0;
  }
  function onexitcodeindented() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/(\r?\n|\r)$/g, "");
  }
  function onexitdefinitionlabelstring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
  }
  function onexitdefinitiontitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitdefinitiondestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitatxheadingsequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    if (!node2.depth) {
      const depth = this.sliceSerialize(token).length;
      node2.depth = depth;
    }
  }
  function onexitsetextheadingtext() {
    this.data.setextHeadingSlurpLineEnding = true;
  }
  function onexitsetextheadinglinesequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    node2.depth = this.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
  }
  function onexitsetextheading() {
    this.data.setextHeadingSlurpLineEnding = void 0;
  }
  function onenterdata(token) {
    const node2 = this.stack[this.stack.length - 1];
    const siblings2 = node2.children;
    let tail = siblings2[siblings2.length - 1];
    if (!tail || tail.type !== "text") {
      tail = text4();
      tail.position = {
        start: point2(token.start),
        // @ts-expect-error: we’ll add `end` later.
        end: void 0
      };
      siblings2.push(tail);
    }
    this.stack.push(tail);
  }
  function onexitdata(token) {
    const tail = this.stack.pop();
    tail.value += this.sliceSerialize(token);
    tail.position.end = point2(token.end);
  }
  function onexitlineending(token) {
    const context = this.stack[this.stack.length - 1];
    if (this.data.atHardBreak) {
      const tail = context.children[context.children.length - 1];
      tail.position.end = point2(token.end);
      this.data.atHardBreak = void 0;
      return;
    }
    if (!this.data.setextHeadingSlurpLineEnding && config.canContainEols.includes(context.type)) {
      onenterdata.call(this, token);
      onexitdata.call(this, token);
    }
  }
  function onexithardbreak() {
    this.data.atHardBreak = true;
  }
  function onexithtmlflow() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexithtmltext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitcodetext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitlink() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitimage() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitlabeltext(token) {
    const string3 = this.sliceSerialize(token);
    const ancestor = this.stack[this.stack.length - 2];
    ancestor.label = decodeString(string3);
    ancestor.identifier = normalizeIdentifier(string3).toLowerCase();
  }
  function onexitlabel() {
    const fragment = this.stack[this.stack.length - 1];
    const value = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    this.data.inReference = true;
    if (node2.type === "link") {
      const children = fragment.children;
      node2.children = children;
    } else {
      node2.alt = value;
    }
  }
  function onexitresourcedestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitresourcetitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitresource() {
    this.data.inReference = void 0;
  }
  function onenterreference() {
    this.data.referenceType = "collapsed";
  }
  function onexitreferencestring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
    this.data.referenceType = "full";
  }
  function onexitcharacterreferencemarker(token) {
    this.data.characterReferenceType = token.type;
  }
  function onexitcharacterreferencevalue(token) {
    const data2 = this.sliceSerialize(token);
    const type = this.data.characterReferenceType;
    let value;
    if (type) {
      value = decodeNumericCharacterReference(data2, type === "characterReferenceMarkerNumeric" ? 10 : 16);
      this.data.characterReferenceType = void 0;
    } else {
      const result = decodeNamedCharacterReference(data2);
      value = result;
    }
    const tail = this.stack[this.stack.length - 1];
    tail.value += value;
  }
  function onexitcharacterreference(token) {
    const tail = this.stack.pop();
    tail.position.end = point2(token.end);
  }
  function onexitautolinkprotocol(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = this.sliceSerialize(token);
  }
  function onexitautolinkemail(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = "mailto:" + this.sliceSerialize(token);
  }
  function blockQuote2() {
    return {
      type: "blockquote",
      children: [],
      position: void 0
    };
  }
  function codeFlow() {
    return {
      type: "code",
      lang: null,
      meta: null,
      value: "",
      position: void 0
    };
  }
  function codeText2() {
    return {
      type: "inlineCode",
      value: "",
      position: void 0
    };
  }
  function definition2() {
    return {
      type: "definition",
      identifier: "",
      label: null,
      title: null,
      url: "",
      position: void 0
    };
  }
  function emphasis() {
    return {
      type: "emphasis",
      children: [],
      position: void 0
    };
  }
  function heading() {
    return {
      type: "heading",
      // @ts-expect-error `depth` will be set later.
      depth: 0,
      children: [],
      position: void 0
    };
  }
  function hardBreak() {
    return {
      type: "break",
      position: void 0
    };
  }
  function html() {
    return {
      type: "html",
      value: "",
      position: void 0
    };
  }
  function image() {
    return {
      type: "image",
      title: null,
      url: "",
      alt: null,
      position: void 0
    };
  }
  function link() {
    return {
      type: "link",
      title: null,
      url: "",
      children: [],
      position: void 0
    };
  }
  function list3(token) {
    return {
      type: "list",
      ordered: token.type === "listOrdered",
      start: null,
      spread: token._spread,
      children: [],
      position: void 0
    };
  }
  function listItem(token) {
    return {
      type: "listItem",
      spread: token._spread,
      checked: null,
      children: [],
      position: void 0
    };
  }
  function paragraph() {
    return {
      type: "paragraph",
      children: [],
      position: void 0
    };
  }
  function strong() {
    return {
      type: "strong",
      children: [],
      position: void 0
    };
  }
  function text4() {
    return {
      type: "text",
      value: "",
      position: void 0
    };
  }
  function thematicBreak2() {
    return {
      type: "thematicBreak",
      position: void 0
    };
  }
}
function point2(d) {
  return {
    line: d.line,
    column: d.column,
    offset: d.offset
  };
}
function configure(combined, extensions) {
  let index2 = -1;
  while (++index2 < extensions.length) {
    const value = extensions[index2];
    if (Array.isArray(value)) {
      configure(combined, value);
    } else {
      extension(combined, value);
    }
  }
}
function extension(combined, extension2) {
  let key2;
  for (key2 in extension2) {
    if (own2.call(extension2, key2)) {
      switch (key2) {
        case "canContainEols": {
          const right = extension2[key2];
          if (right) {
            combined[key2].push(...right);
          }
          break;
        }
        case "transforms": {
          const right = extension2[key2];
          if (right) {
            combined[key2].push(...right);
          }
          break;
        }
        case "afterExit":
        case "beforeEnter": {
          const right = extension2[key2];
          if (right) {
            combined[key2].push(right);
          }
          break;
        }
        case "enter":
        case "exit": {
          const right = extension2[key2];
          if (right) {
            Object.assign(combined[key2], right);
          }
          break;
        }
      }
    }
  }
}
function defaultOnError(left, right) {
  if (left) {
    throw new Error("Cannot close `" + left.type + "` (" + stringifyPosition({
      start: left.start,
      end: left.end
    }) + "): a different token (`" + right.type + "`, " + stringifyPosition({
      start: right.start,
      end: right.end
    }) + ") is open");
  }
  throw new Error("Cannot close document, a token (`" + right.type + "`, " + stringifyPosition({
    start: right.start,
    end: right.end
  }) + ") is still open");
}

// node_modules/micromark-extension-gfm-autolink-literal/lib/syntax.js
var wwwPrefix = {
  tokenize: tokenizeWwwPrefix,
  partial: true
};
var domain = {
  tokenize: tokenizeDomain,
  partial: true
};
var path2 = {
  tokenize: tokenizePath,
  partial: true
};
var trail = {
  tokenize: tokenizeTrail,
  partial: true
};
var emailDomainDotTrail = {
  tokenize: tokenizeEmailDomainDotTrail,
  partial: true
};
var wwwAutolink = {
  name: "wwwAutolink",
  tokenize: tokenizeWwwAutolink,
  previous: previousWww
};
var protocolAutolink = {
  name: "protocolAutolink",
  tokenize: tokenizeProtocolAutolink,
  previous: previousProtocol
};
var emailAutolink = {
  name: "emailAutolink",
  tokenize: tokenizeEmailAutolink,
  previous: previousEmail
};
var text3 = {};
function gfmAutolinkLiteral() {
  return {
    text: text3
  };
}
var code = 48;
while (code < 123) {
  text3[code] = emailAutolink;
  code++;
  if (code === 58) code = 65;
  else if (code === 91) code = 97;
}
text3[43] = emailAutolink;
text3[45] = emailAutolink;
text3[46] = emailAutolink;
text3[95] = emailAutolink;
text3[72] = [emailAutolink, protocolAutolink];
text3[104] = [emailAutolink, protocolAutolink];
text3[87] = [emailAutolink, wwwAutolink];
text3[119] = [emailAutolink, wwwAutolink];
function tokenizeEmailAutolink(effects, ok3, nok) {
  const self2 = this;
  let dot;
  let data;
  return start2;
  function start2(code2) {
    if (!gfmAtext(code2) || !previousEmail.call(self2, self2.previous) || previousUnbalanced(self2.events)) {
      return nok(code2);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkEmail");
    return atext(code2);
  }
  function atext(code2) {
    if (gfmAtext(code2)) {
      effects.consume(code2);
      return atext;
    }
    if (code2 === 64) {
      effects.consume(code2);
      return emailDomain;
    }
    return nok(code2);
  }
  function emailDomain(code2) {
    if (code2 === 46) {
      return effects.check(emailDomainDotTrail, emailDomainAfter, emailDomainDot)(code2);
    }
    if (code2 === 45 || code2 === 95 || asciiAlphanumeric(code2)) {
      data = true;
      effects.consume(code2);
      return emailDomain;
    }
    return emailDomainAfter(code2);
  }
  function emailDomainDot(code2) {
    effects.consume(code2);
    dot = true;
    return emailDomain;
  }
  function emailDomainAfter(code2) {
    if (data && dot && asciiAlpha(self2.previous)) {
      effects.exit("literalAutolinkEmail");
      effects.exit("literalAutolink");
      return ok3(code2);
    }
    return nok(code2);
  }
}
function tokenizeWwwAutolink(effects, ok3, nok) {
  const self2 = this;
  return wwwStart;
  function wwwStart(code2) {
    if (code2 !== 87 && code2 !== 119 || !previousWww.call(self2, self2.previous) || previousUnbalanced(self2.events)) {
      return nok(code2);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkWww");
    return effects.check(wwwPrefix, effects.attempt(domain, effects.attempt(path2, wwwAfter), nok), nok)(code2);
  }
  function wwwAfter(code2) {
    effects.exit("literalAutolinkWww");
    effects.exit("literalAutolink");
    return ok3(code2);
  }
}
function tokenizeProtocolAutolink(effects, ok3, nok) {
  const self2 = this;
  let buffer = "";
  let seen = false;
  return protocolStart;
  function protocolStart(code2) {
    if ((code2 === 72 || code2 === 104) && previousProtocol.call(self2, self2.previous) && !previousUnbalanced(self2.events)) {
      effects.enter("literalAutolink");
      effects.enter("literalAutolinkHttp");
      buffer += String.fromCodePoint(code2);
      effects.consume(code2);
      return protocolPrefixInside;
    }
    return nok(code2);
  }
  function protocolPrefixInside(code2) {
    if (asciiAlpha(code2) && buffer.length < 5) {
      buffer += String.fromCodePoint(code2);
      effects.consume(code2);
      return protocolPrefixInside;
    }
    if (code2 === 58) {
      const protocol = buffer.toLowerCase();
      if (protocol === "http" || protocol === "https") {
        effects.consume(code2);
        return protocolSlashesInside;
      }
    }
    return nok(code2);
  }
  function protocolSlashesInside(code2) {
    if (code2 === 47) {
      effects.consume(code2);
      if (seen) {
        return afterProtocol;
      }
      seen = true;
      return protocolSlashesInside;
    }
    return nok(code2);
  }
  function afterProtocol(code2) {
    return code2 === null || asciiControl(code2) || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2) || unicodePunctuation(code2) ? nok(code2) : effects.attempt(domain, effects.attempt(path2, protocolAfter), nok)(code2);
  }
  function protocolAfter(code2) {
    effects.exit("literalAutolinkHttp");
    effects.exit("literalAutolink");
    return ok3(code2);
  }
}
function tokenizeWwwPrefix(effects, ok3, nok) {
  let size = 0;
  return wwwPrefixInside;
  function wwwPrefixInside(code2) {
    if ((code2 === 87 || code2 === 119) && size < 3) {
      size++;
      effects.consume(code2);
      return wwwPrefixInside;
    }
    if (code2 === 46 && size === 3) {
      effects.consume(code2);
      return wwwPrefixAfter;
    }
    return nok(code2);
  }
  function wwwPrefixAfter(code2) {
    return code2 === null ? nok(code2) : ok3(code2);
  }
}
function tokenizeDomain(effects, ok3, nok) {
  let underscoreInLastSegment;
  let underscoreInLastLastSegment;
  let seen;
  return domainInside;
  function domainInside(code2) {
    if (code2 === 46 || code2 === 95) {
      return effects.check(trail, domainAfter, domainAtPunctuation)(code2);
    }
    if (code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2) || code2 !== 45 && unicodePunctuation(code2)) {
      return domainAfter(code2);
    }
    seen = true;
    effects.consume(code2);
    return domainInside;
  }
  function domainAtPunctuation(code2) {
    if (code2 === 95) {
      underscoreInLastSegment = true;
    } else {
      underscoreInLastLastSegment = underscoreInLastSegment;
      underscoreInLastSegment = void 0;
    }
    effects.consume(code2);
    return domainInside;
  }
  function domainAfter(code2) {
    if (underscoreInLastLastSegment || underscoreInLastSegment || !seen) {
      return nok(code2);
    }
    return ok3(code2);
  }
}
function tokenizePath(effects, ok3) {
  let sizeOpen = 0;
  let sizeClose = 0;
  return pathInside;
  function pathInside(code2) {
    if (code2 === 40) {
      sizeOpen++;
      effects.consume(code2);
      return pathInside;
    }
    if (code2 === 41 && sizeClose < sizeOpen) {
      return pathAtPunctuation(code2);
    }
    if (code2 === 33 || code2 === 34 || code2 === 38 || code2 === 39 || code2 === 41 || code2 === 42 || code2 === 44 || code2 === 46 || code2 === 58 || code2 === 59 || code2 === 60 || code2 === 63 || code2 === 93 || code2 === 95 || code2 === 126) {
      return effects.check(trail, ok3, pathAtPunctuation)(code2);
    }
    if (code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)) {
      return ok3(code2);
    }
    effects.consume(code2);
    return pathInside;
  }
  function pathAtPunctuation(code2) {
    if (code2 === 41) {
      sizeClose++;
    }
    effects.consume(code2);
    return pathInside;
  }
}
function tokenizeTrail(effects, ok3, nok) {
  return trail2;
  function trail2(code2) {
    if (code2 === 33 || code2 === 34 || code2 === 39 || code2 === 41 || code2 === 42 || code2 === 44 || code2 === 46 || code2 === 58 || code2 === 59 || code2 === 63 || code2 === 95 || code2 === 126) {
      effects.consume(code2);
      return trail2;
    }
    if (code2 === 38) {
      effects.consume(code2);
      return trailCharacterReferenceStart;
    }
    if (code2 === 93) {
      effects.consume(code2);
      return trailBracketAfter;
    }
    if (
      // `<` is an end.
      code2 === 60 || // So is whitespace.
      code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)
    ) {
      return ok3(code2);
    }
    return nok(code2);
  }
  function trailBracketAfter(code2) {
    if (code2 === null || code2 === 40 || code2 === 91 || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)) {
      return ok3(code2);
    }
    return trail2(code2);
  }
  function trailCharacterReferenceStart(code2) {
    return asciiAlpha(code2) ? trailCharacterReferenceInside(code2) : nok(code2);
  }
  function trailCharacterReferenceInside(code2) {
    if (code2 === 59) {
      effects.consume(code2);
      return trail2;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return trailCharacterReferenceInside;
    }
    return nok(code2);
  }
}
function tokenizeEmailDomainDotTrail(effects, ok3, nok) {
  return start2;
  function start2(code2) {
    effects.consume(code2);
    return after;
  }
  function after(code2) {
    return asciiAlphanumeric(code2) ? nok(code2) : ok3(code2);
  }
}
function previousWww(code2) {
  return code2 === null || code2 === 40 || code2 === 42 || code2 === 95 || code2 === 91 || code2 === 93 || code2 === 126 || markdownLineEndingOrSpace(code2);
}
function previousProtocol(code2) {
  return !asciiAlpha(code2);
}
function previousEmail(code2) {
  return !(code2 === 47 || gfmAtext(code2));
}
function gfmAtext(code2) {
  return code2 === 43 || code2 === 45 || code2 === 46 || code2 === 95 || asciiAlphanumeric(code2);
}
function previousUnbalanced(events) {
  let index2 = events.length;
  let result = false;
  while (index2--) {
    const token = events[index2][1];
    if ((token.type === "labelLink" || token.type === "labelImage") && !token._balanced) {
      result = true;
      break;
    }
    if (token._gfmAutolinkLiteralWalkedInto) {
      result = false;
      break;
    }
  }
  if (events.length > 0 && !result) {
    events[events.length - 1][1]._gfmAutolinkLiteralWalkedInto = true;
  }
  return result;
}

// node_modules/micromark-extension-gfm-footnote/lib/syntax.js
var indent = {
  tokenize: tokenizeIndent2,
  partial: true
};
function gfmFootnote() {
  return {
    document: {
      [91]: {
        name: "gfmFootnoteDefinition",
        tokenize: tokenizeDefinitionStart,
        continuation: {
          tokenize: tokenizeDefinitionContinuation
        },
        exit: gfmFootnoteDefinitionEnd
      }
    },
    text: {
      [91]: {
        name: "gfmFootnoteCall",
        tokenize: tokenizeGfmFootnoteCall
      },
      [93]: {
        name: "gfmPotentialFootnoteCall",
        add: "after",
        tokenize: tokenizePotentialGfmFootnoteCall,
        resolveTo: resolveToPotentialGfmFootnoteCall
      }
    }
  };
}
function tokenizePotentialGfmFootnoteCall(effects, ok3, nok) {
  const self2 = this;
  let index2 = self2.events.length;
  const defined = self2.parser.gfmFootnotes || (self2.parser.gfmFootnotes = []);
  let labelStart;
  while (index2--) {
    const token = self2.events[index2][1];
    if (token.type === "labelImage") {
      labelStart = token;
      break;
    }
    if (token.type === "gfmFootnoteCall" || token.type === "labelLink" || token.type === "label" || token.type === "image" || token.type === "link") {
      break;
    }
  }
  return start2;
  function start2(code2) {
    if (!labelStart || !labelStart._balanced) {
      return nok(code2);
    }
    const id = normalizeIdentifier(self2.sliceSerialize({
      start: labelStart.end,
      end: self2.now()
    }));
    if (id.codePointAt(0) !== 94 || !defined.includes(id.slice(1))) {
      return nok(code2);
    }
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteCallLabelMarker");
    return ok3(code2);
  }
}
function resolveToPotentialGfmFootnoteCall(events, context) {
  let index2 = events.length;
  let labelStart;
  while (index2--) {
    if (events[index2][1].type === "labelImage" && events[index2][0] === "enter") {
      labelStart = events[index2][1];
      break;
    }
  }
  events[index2 + 1][1].type = "data";
  events[index2 + 3][1].type = "gfmFootnoteCallLabelMarker";
  const call = {
    type: "gfmFootnoteCall",
    start: Object.assign({}, events[index2 + 3][1].start),
    end: Object.assign({}, events[events.length - 1][1].end)
  };
  const marker = {
    type: "gfmFootnoteCallMarker",
    start: Object.assign({}, events[index2 + 3][1].end),
    end: Object.assign({}, events[index2 + 3][1].end)
  };
  marker.end.column++;
  marker.end.offset++;
  marker.end._bufferIndex++;
  const string3 = {
    type: "gfmFootnoteCallString",
    start: Object.assign({}, marker.end),
    end: Object.assign({}, events[events.length - 1][1].start)
  };
  const chunk = {
    type: "chunkString",
    contentType: "string",
    start: Object.assign({}, string3.start),
    end: Object.assign({}, string3.end)
  };
  const replacement = [
    // Take the `labelImageMarker` (now `data`, the `!`)
    events[index2 + 1],
    events[index2 + 2],
    ["enter", call, context],
    // The `[`
    events[index2 + 3],
    events[index2 + 4],
    // The `^`.
    ["enter", marker, context],
    ["exit", marker, context],
    // Everything in between.
    ["enter", string3, context],
    ["enter", chunk, context],
    ["exit", chunk, context],
    ["exit", string3, context],
    // The ending (`]`, properly parsed and labelled).
    events[events.length - 2],
    events[events.length - 1],
    ["exit", call, context]
  ];
  events.splice(index2, events.length - index2 + 1, ...replacement);
  return events;
}
function tokenizeGfmFootnoteCall(effects, ok3, nok) {
  const self2 = this;
  const defined = self2.parser.gfmFootnotes || (self2.parser.gfmFootnotes = []);
  let size = 0;
  let data;
  return start2;
  function start2(code2) {
    effects.enter("gfmFootnoteCall");
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteCallLabelMarker");
    return callStart;
  }
  function callStart(code2) {
    if (code2 !== 94) return nok(code2);
    effects.enter("gfmFootnoteCallMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteCallMarker");
    effects.enter("gfmFootnoteCallString");
    effects.enter("chunkString").contentType = "string";
    return callData;
  }
  function callData(code2) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code2 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code2 === null || code2 === 91 || markdownLineEndingOrSpace(code2)
    ) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteCallString");
      if (!defined.includes(normalizeIdentifier(self2.sliceSerialize(token)))) {
        return nok(code2);
      }
      effects.enter("gfmFootnoteCallLabelMarker");
      effects.consume(code2);
      effects.exit("gfmFootnoteCallLabelMarker");
      effects.exit("gfmFootnoteCall");
      return ok3;
    }
    if (!markdownLineEndingOrSpace(code2)) {
      data = true;
    }
    size++;
    effects.consume(code2);
    return code2 === 92 ? callEscape : callData;
  }
  function callEscape(code2) {
    if (code2 === 91 || code2 === 92 || code2 === 93) {
      effects.consume(code2);
      size++;
      return callData;
    }
    return callData(code2);
  }
}
function tokenizeDefinitionStart(effects, ok3, nok) {
  const self2 = this;
  const defined = self2.parser.gfmFootnotes || (self2.parser.gfmFootnotes = []);
  let identifier;
  let size = 0;
  let data;
  return start2;
  function start2(code2) {
    effects.enter("gfmFootnoteDefinition")._container = true;
    effects.enter("gfmFootnoteDefinitionLabel");
    effects.enter("gfmFootnoteDefinitionLabelMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteDefinitionLabelMarker");
    return labelAtMarker;
  }
  function labelAtMarker(code2) {
    if (code2 === 94) {
      effects.enter("gfmFootnoteDefinitionMarker");
      effects.consume(code2);
      effects.exit("gfmFootnoteDefinitionMarker");
      effects.enter("gfmFootnoteDefinitionLabelString");
      effects.enter("chunkString").contentType = "string";
      return labelInside;
    }
    return nok(code2);
  }
  function labelInside(code2) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code2 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code2 === null || code2 === 91 || markdownLineEndingOrSpace(code2)
    ) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteDefinitionLabelString");
      identifier = normalizeIdentifier(self2.sliceSerialize(token));
      effects.enter("gfmFootnoteDefinitionLabelMarker");
      effects.consume(code2);
      effects.exit("gfmFootnoteDefinitionLabelMarker");
      effects.exit("gfmFootnoteDefinitionLabel");
      return labelAfter;
    }
    if (!markdownLineEndingOrSpace(code2)) {
      data = true;
    }
    size++;
    effects.consume(code2);
    return code2 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code2) {
    if (code2 === 91 || code2 === 92 || code2 === 93) {
      effects.consume(code2);
      size++;
      return labelInside;
    }
    return labelInside(code2);
  }
  function labelAfter(code2) {
    if (code2 === 58) {
      effects.enter("definitionMarker");
      effects.consume(code2);
      effects.exit("definitionMarker");
      if (!defined.includes(identifier)) {
        defined.push(identifier);
      }
      return factorySpace(effects, whitespaceAfter, "gfmFootnoteDefinitionWhitespace");
    }
    return nok(code2);
  }
  function whitespaceAfter(code2) {
    return ok3(code2);
  }
}
function tokenizeDefinitionContinuation(effects, ok3, nok) {
  return effects.check(blankLine, ok3, effects.attempt(indent, ok3, nok));
}
function gfmFootnoteDefinitionEnd(effects) {
  effects.exit("gfmFootnoteDefinition");
}
function tokenizeIndent2(effects, ok3, nok) {
  const self2 = this;
  return factorySpace(effects, afterPrefix, "gfmFootnoteDefinitionIndent", 4 + 1);
  function afterPrefix(code2) {
    const tail = self2.events[self2.events.length - 1];
    return tail && tail[1].type === "gfmFootnoteDefinitionIndent" && tail[2].sliceSerialize(tail[1], true).length === 4 ? ok3(code2) : nok(code2);
  }
}

// node_modules/micromark-extension-gfm-strikethrough/lib/syntax.js
function gfmStrikethrough(options2) {
  const options_ = options2 || {};
  let single = options_.singleTilde;
  const tokenizer = {
    name: "strikethrough",
    tokenize: tokenizeStrikethrough,
    resolveAll: resolveAllStrikethrough
  };
  if (single === null || single === void 0) {
    single = true;
  }
  return {
    text: {
      [126]: tokenizer
    },
    insideSpan: {
      null: [tokenizer]
    },
    attentionMarkers: {
      null: [126]
    }
  };
  function resolveAllStrikethrough(events, context) {
    let index2 = -1;
    while (++index2 < events.length) {
      if (events[index2][0] === "enter" && events[index2][1].type === "strikethroughSequenceTemporary" && events[index2][1]._close) {
        let open = index2;
        while (open--) {
          if (events[open][0] === "exit" && events[open][1].type === "strikethroughSequenceTemporary" && events[open][1]._open && // If the sizes are the same:
          events[index2][1].end.offset - events[index2][1].start.offset === events[open][1].end.offset - events[open][1].start.offset) {
            events[index2][1].type = "strikethroughSequence";
            events[open][1].type = "strikethroughSequence";
            const strikethrough = {
              type: "strikethrough",
              start: Object.assign({}, events[open][1].start),
              end: Object.assign({}, events[index2][1].end)
            };
            const text4 = {
              type: "strikethroughText",
              start: Object.assign({}, events[open][1].end),
              end: Object.assign({}, events[index2][1].start)
            };
            const nextEvents = [["enter", strikethrough, context], ["enter", events[open][1], context], ["exit", events[open][1], context], ["enter", text4, context]];
            const insideSpan2 = context.parser.constructs.insideSpan.null;
            if (insideSpan2) {
              splice(nextEvents, nextEvents.length, 0, resolveAll(insideSpan2, events.slice(open + 1, index2), context));
            }
            splice(nextEvents, nextEvents.length, 0, [["exit", text4, context], ["enter", events[index2][1], context], ["exit", events[index2][1], context], ["exit", strikethrough, context]]);
            splice(events, open - 1, index2 - open + 3, nextEvents);
            index2 = open + nextEvents.length - 2;
            break;
          }
        }
      }
    }
    index2 = -1;
    while (++index2 < events.length) {
      if (events[index2][1].type === "strikethroughSequenceTemporary") {
        events[index2][1].type = "data";
      }
    }
    return events;
  }
  function tokenizeStrikethrough(effects, ok3, nok) {
    const previous3 = this.previous;
    const events = this.events;
    let size = 0;
    return start2;
    function start2(code2) {
      if (previous3 === 126 && events[events.length - 1][1].type !== "characterEscape") {
        return nok(code2);
      }
      effects.enter("strikethroughSequenceTemporary");
      return more(code2);
    }
    function more(code2) {
      const before = classifyCharacter(previous3);
      if (code2 === 126) {
        if (size > 1) return nok(code2);
        effects.consume(code2);
        size++;
        return more;
      }
      if (size < 2 && !single) return nok(code2);
      const token = effects.exit("strikethroughSequenceTemporary");
      const after = classifyCharacter(code2);
      token._open = !after || after === 2 && Boolean(before);
      token._close = !before || before === 2 && Boolean(after);
      return ok3(code2);
    }
  }
}

// node_modules/micromark-extension-gfm/node_modules/micromark-extension-gfm-table/lib/edit-map.js
var EditMap = class {
  /**
   * Create a new edit map.
   */
  constructor() {
    this.map = [];
    this.index = /* @__PURE__ */ new Map();
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add) {
    addImplementation(this, index2, remove, add);
  }
  // To do: add this when moving to `micromark`.
  // /**
  //  * Create an edit: but insert `add` before existing additions.
  //  *
  //  * @param {number} index
  //  * @param {number} remove
  //  * @param {Array<Event>} add
  //  * @returns {undefined}
  //  */
  // addBefore(index, remove, add) {
  //   addImplementation(this, index, remove, add, true)
  // }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation(editMap, at, remove, add) {
  if (remove === 0 && add.length === 0) {
    return;
  }
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;
    existing[2].push(...add);
    return;
  }
  const change = [at, remove, add];
  editMap.map.push(change);
  editMap.index.set(at, change);
}

// node_modules/micromark-extension-gfm/node_modules/micromark-extension-gfm-table/lib/infer.js
function gfmTableAlign(events, index2) {
  let inDelimiterRow = false;
  const align = [];
  while (index2 < events.length) {
    const event = events[index2];
    if (inDelimiterRow) {
      if (event[0] === "enter") {
        if (event[1].type === "tableContent") {
          align.push(events[index2 + 1][1].type === "tableDelimiterMarker" ? "left" : "none");
        }
      } else if (event[1].type === "tableContent") {
        if (events[index2 - 1][1].type === "tableDelimiterMarker") {
          const alignIndex = align.length - 1;
          align[alignIndex] = align[alignIndex] === "left" ? "center" : "right";
        }
      } else if (event[1].type === "tableDelimiterRow") {
        break;
      }
    } else if (event[0] === "enter" && event[1].type === "tableDelimiterRow") {
      inDelimiterRow = true;
    }
    index2 += 1;
  }
  return align;
}

// node_modules/micromark-extension-gfm/node_modules/micromark-extension-gfm-table/lib/syntax.js
function gfmTable() {
  return {
    flow: {
      null: {
        name: "table",
        tokenize: tokenizeTable,
        resolveAll: resolveTable
      }
    }
  };
}
function tokenizeTable(effects, ok3, nok) {
  const self2 = this;
  let size = 0;
  let sizeB = 0;
  let seen;
  return start2;
  function start2(code2) {
    let index2 = self2.events.length - 1;
    while (index2 > -1) {
      const {
        type
      } = self2.events[index2][1];
      if (type === "lineEnding" || // Note: markdown-rs uses `whitespace` instead of `linePrefix`
      type === "linePrefix") {
        index2--;
      } else {
        break;
      }
    }
    const tail = index2 > -1 ? self2.events[index2][1].type : null;
    const next = tail === "tableHead" || tail === "tableRow" ? bodyRowStart : headRowBefore;
    if (next === bodyRowStart && self2.parser.lazy[self2.now().line]) {
      return nok(code2);
    }
    return next(code2);
  }
  function headRowBefore(code2) {
    effects.enter("tableHead");
    effects.enter("tableRow");
    return headRowStart(code2);
  }
  function headRowStart(code2) {
    if (code2 === 124) {
      return headRowBreak(code2);
    }
    seen = true;
    sizeB += 1;
    return headRowBreak(code2);
  }
  function headRowBreak(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (markdownLineEnding(code2)) {
      if (sizeB > 1) {
        sizeB = 0;
        self2.interrupt = true;
        effects.exit("tableRow");
        effects.enter("lineEnding");
        effects.consume(code2);
        effects.exit("lineEnding");
        return headDelimiterStart;
      }
      return nok(code2);
    }
    if (markdownSpace(code2)) {
      return factorySpace(effects, headRowBreak, "whitespace")(code2);
    }
    sizeB += 1;
    if (seen) {
      seen = false;
      size += 1;
    }
    if (code2 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code2);
      effects.exit("tableCellDivider");
      seen = true;
      return headRowBreak;
    }
    effects.enter("data");
    return headRowData(code2);
  }
  function headRowData(code2) {
    if (code2 === null || code2 === 124 || markdownLineEndingOrSpace(code2)) {
      effects.exit("data");
      return headRowBreak(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? headRowEscape : headRowData;
  }
  function headRowEscape(code2) {
    if (code2 === 92 || code2 === 124) {
      effects.consume(code2);
      return headRowData;
    }
    return headRowData(code2);
  }
  function headDelimiterStart(code2) {
    self2.interrupt = false;
    if (self2.parser.lazy[self2.now().line]) {
      return nok(code2);
    }
    effects.enter("tableDelimiterRow");
    seen = false;
    if (markdownSpace(code2)) {
      return factorySpace(effects, headDelimiterBefore, "linePrefix", self2.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2);
    }
    return headDelimiterBefore(code2);
  }
  function headDelimiterBefore(code2) {
    if (code2 === 45 || code2 === 58) {
      return headDelimiterValueBefore(code2);
    }
    if (code2 === 124) {
      seen = true;
      effects.enter("tableCellDivider");
      effects.consume(code2);
      effects.exit("tableCellDivider");
      return headDelimiterCellBefore;
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterCellBefore(code2) {
    if (markdownSpace(code2)) {
      return factorySpace(effects, headDelimiterValueBefore, "whitespace")(code2);
    }
    return headDelimiterValueBefore(code2);
  }
  function headDelimiterValueBefore(code2) {
    if (code2 === 58) {
      sizeB += 1;
      seen = true;
      effects.enter("tableDelimiterMarker");
      effects.consume(code2);
      effects.exit("tableDelimiterMarker");
      return headDelimiterLeftAlignmentAfter;
    }
    if (code2 === 45) {
      sizeB += 1;
      return headDelimiterLeftAlignmentAfter(code2);
    }
    if (code2 === null || markdownLineEnding(code2)) {
      return headDelimiterCellAfter(code2);
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterLeftAlignmentAfter(code2) {
    if (code2 === 45) {
      effects.enter("tableDelimiterFiller");
      return headDelimiterFiller(code2);
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterFiller(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return headDelimiterFiller;
    }
    if (code2 === 58) {
      seen = true;
      effects.exit("tableDelimiterFiller");
      effects.enter("tableDelimiterMarker");
      effects.consume(code2);
      effects.exit("tableDelimiterMarker");
      return headDelimiterRightAlignmentAfter;
    }
    effects.exit("tableDelimiterFiller");
    return headDelimiterRightAlignmentAfter(code2);
  }
  function headDelimiterRightAlignmentAfter(code2) {
    if (markdownSpace(code2)) {
      return factorySpace(effects, headDelimiterCellAfter, "whitespace")(code2);
    }
    return headDelimiterCellAfter(code2);
  }
  function headDelimiterCellAfter(code2) {
    if (code2 === 124) {
      return headDelimiterBefore(code2);
    }
    if (code2 === null || markdownLineEnding(code2)) {
      if (!seen || size !== sizeB) {
        return headDelimiterNok(code2);
      }
      effects.exit("tableDelimiterRow");
      effects.exit("tableHead");
      return ok3(code2);
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterNok(code2) {
    return nok(code2);
  }
  function bodyRowStart(code2) {
    effects.enter("tableRow");
    return bodyRowBreak(code2);
  }
  function bodyRowBreak(code2) {
    if (code2 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code2);
      effects.exit("tableCellDivider");
      return bodyRowBreak;
    }
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("tableRow");
      return ok3(code2);
    }
    if (markdownSpace(code2)) {
      return factorySpace(effects, bodyRowBreak, "whitespace")(code2);
    }
    effects.enter("data");
    return bodyRowData(code2);
  }
  function bodyRowData(code2) {
    if (code2 === null || code2 === 124 || markdownLineEndingOrSpace(code2)) {
      effects.exit("data");
      return bodyRowBreak(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? bodyRowEscape : bodyRowData;
  }
  function bodyRowEscape(code2) {
    if (code2 === 92 || code2 === 124) {
      effects.consume(code2);
      return bodyRowData;
    }
    return bodyRowData(code2);
  }
}
function resolveTable(events, context) {
  let index2 = -1;
  let inFirstCellAwaitingPipe = true;
  let rowKind = 0;
  let lastCell = [0, 0, 0, 0];
  let cell = [0, 0, 0, 0];
  let afterHeadAwaitingFirstBodyRow = false;
  let lastTableEnd = 0;
  let currentTable;
  let currentBody;
  let currentCell;
  const map = new EditMap();
  while (++index2 < events.length) {
    const event = events[index2];
    const token = event[1];
    if (event[0] === "enter") {
      if (token.type === "tableHead") {
        afterHeadAwaitingFirstBodyRow = false;
        if (lastTableEnd !== 0) {
          flushTableEnd(map, context, lastTableEnd, currentTable, currentBody);
          currentBody = void 0;
          lastTableEnd = 0;
        }
        currentTable = {
          type: "table",
          start: Object.assign({}, token.start),
          // Note: correct end is set later.
          end: Object.assign({}, token.end)
        };
        map.add(index2, 0, [["enter", currentTable, context]]);
      } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
        inFirstCellAwaitingPipe = true;
        currentCell = void 0;
        lastCell = [0, 0, 0, 0];
        cell = [0, index2 + 1, 0, 0];
        if (afterHeadAwaitingFirstBodyRow) {
          afterHeadAwaitingFirstBodyRow = false;
          currentBody = {
            type: "tableBody",
            start: Object.assign({}, token.start),
            // Note: correct end is set later.
            end: Object.assign({}, token.end)
          };
          map.add(index2, 0, [["enter", currentBody, context]]);
        }
        rowKind = token.type === "tableDelimiterRow" ? 2 : currentBody ? 3 : 1;
      } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
        inFirstCellAwaitingPipe = false;
        if (cell[2] === 0) {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map, context, lastCell, rowKind, void 0, currentCell);
            lastCell = [0, 0, 0, 0];
          }
          cell[2] = index2;
        }
      } else if (token.type === "tableCellDivider") {
        if (inFirstCellAwaitingPipe) {
          inFirstCellAwaitingPipe = false;
        } else {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map, context, lastCell, rowKind, void 0, currentCell);
          }
          lastCell = cell;
          cell = [lastCell[1], index2, 0, 0];
        }
      }
    } else if (token.type === "tableHead") {
      afterHeadAwaitingFirstBodyRow = true;
      lastTableEnd = index2;
    } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
      lastTableEnd = index2;
      if (lastCell[1] !== 0) {
        cell[0] = cell[1];
        currentCell = flushCell(map, context, lastCell, rowKind, index2, currentCell);
      } else if (cell[1] !== 0) {
        currentCell = flushCell(map, context, cell, rowKind, index2, currentCell);
      }
      rowKind = 0;
    } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
      cell[3] = index2;
    }
  }
  if (lastTableEnd !== 0) {
    flushTableEnd(map, context, lastTableEnd, currentTable, currentBody);
  }
  map.consume(context.events);
  index2 = -1;
  while (++index2 < context.events.length) {
    const event = context.events[index2];
    if (event[0] === "enter" && event[1].type === "table") {
      event[1]._align = gfmTableAlign(context.events, index2);
    }
  }
  return events;
}
function flushCell(map, context, range2, rowKind, rowEnd, previousCell) {
  const groupName = rowKind === 1 ? "tableHeader" : rowKind === 2 ? "tableDelimiter" : "tableData";
  const valueName = "tableContent";
  if (range2[0] !== 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, range2[0]));
    map.add(range2[0], 0, [["exit", previousCell, context]]);
  }
  const now = getPoint(context.events, range2[1]);
  previousCell = {
    type: groupName,
    start: Object.assign({}, now),
    // Note: correct end is set later.
    end: Object.assign({}, now)
  };
  map.add(range2[1], 0, [["enter", previousCell, context]]);
  if (range2[2] !== 0) {
    const relatedStart = getPoint(context.events, range2[2]);
    const relatedEnd = getPoint(context.events, range2[3]);
    const valueToken = {
      type: valueName,
      start: Object.assign({}, relatedStart),
      end: Object.assign({}, relatedEnd)
    };
    map.add(range2[2], 0, [["enter", valueToken, context]]);
    if (rowKind !== 2) {
      const start2 = context.events[range2[2]];
      const end = context.events[range2[3]];
      start2[1].end = Object.assign({}, end[1].end);
      start2[1].type = "chunkText";
      start2[1].contentType = "text";
      if (range2[3] > range2[2] + 1) {
        const a = range2[2] + 1;
        const b = range2[3] - range2[2] - 1;
        map.add(a, b, []);
      }
    }
    map.add(range2[3] + 1, 0, [["exit", valueToken, context]]);
  }
  if (rowEnd !== void 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, rowEnd));
    map.add(rowEnd, 0, [["exit", previousCell, context]]);
    previousCell = void 0;
  }
  return previousCell;
}
function flushTableEnd(map, context, index2, table, tableBody) {
  const exits = [];
  const related = getPoint(context.events, index2);
  if (tableBody) {
    tableBody.end = Object.assign({}, related);
    exits.push(["exit", tableBody, context]);
  }
  table.end = Object.assign({}, related);
  exits.push(["exit", table, context]);
  map.add(index2 + 1, 0, exits);
}
function getPoint(events, index2) {
  const event = events[index2];
  const side = event[0] === "enter" ? "start" : "end";
  return event[1][side];
}

// node_modules/micromark-extension-gfm-task-list-item/lib/syntax.js
var tasklistCheck = {
  name: "tasklistCheck",
  tokenize: tokenizeTasklistCheck
};
function gfmTaskListItem() {
  return {
    text: {
      [91]: tasklistCheck
    }
  };
}
function tokenizeTasklistCheck(effects, ok3, nok) {
  const self2 = this;
  return open;
  function open(code2) {
    if (
      // Exit if there’s stuff before.
      self2.previous !== null || // Exit if not in the first content that is the first child of a list
      // item.
      !self2._gfmTasklistFirstContentOfListItem
    ) {
      return nok(code2);
    }
    effects.enter("taskListCheck");
    effects.enter("taskListCheckMarker");
    effects.consume(code2);
    effects.exit("taskListCheckMarker");
    return inside;
  }
  function inside(code2) {
    if (markdownLineEndingOrSpace(code2)) {
      effects.enter("taskListCheckValueUnchecked");
      effects.consume(code2);
      effects.exit("taskListCheckValueUnchecked");
      return close;
    }
    if (code2 === 88 || code2 === 120) {
      effects.enter("taskListCheckValueChecked");
      effects.consume(code2);
      effects.exit("taskListCheckValueChecked");
      return close;
    }
    return nok(code2);
  }
  function close(code2) {
    if (code2 === 93) {
      effects.enter("taskListCheckMarker");
      effects.consume(code2);
      effects.exit("taskListCheckMarker");
      effects.exit("taskListCheck");
      return after;
    }
    return nok(code2);
  }
  function after(code2) {
    if (markdownLineEnding(code2)) {
      return ok3(code2);
    }
    if (markdownSpace(code2)) {
      return effects.check({
        tokenize: spaceThenNonSpace
      }, ok3, nok)(code2);
    }
    return nok(code2);
  }
}
function spaceThenNonSpace(effects, ok3, nok) {
  return factorySpace(effects, after, "whitespace");
  function after(code2) {
    return code2 === null ? nok(code2) : ok3(code2);
  }
}

// node_modules/micromark-extension-gfm/index.js
function gfm(options2) {
  return combineExtensions([
    gfmAutolinkLiteral(),
    gfmFootnote(),
    gfmStrikethrough(options2),
    gfmTable(),
    gfmTaskListItem()
  ]);
}

// node_modules/ccount/index.js
function ccount(value, character) {
  const source = String(value);
  if (typeof character !== "string") {
    throw new TypeError("Expected character");
  }
  let count = 0;
  let index2 = source.indexOf(character);
  while (index2 !== -1) {
    count++;
    index2 = source.indexOf(character, index2 + character.length);
  }
  return count;
}

// node_modules/devlop/lib/default.js
function ok() {
}

// node_modules/mdast-util-find-and-replace/node_modules/escape-string-regexp/index.js
function escapeStringRegexp(string3) {
  if (typeof string3 !== "string") {
    throw new TypeError("Expected a string");
  }
  return string3.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}

// node_modules/unist-util-is/lib/index.js
var convert = (
  // Note: overloads in JSDoc can’t yet use different `@template`s.
  /**
   * @type {(
   *   (<Condition extends string>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & {type: Condition}) &
   *   (<Condition extends Props>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Condition) &
   *   (<Condition extends TestFunction>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Predicate<Condition, Node>) &
   *   ((test?: null | undefined) => (node?: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node) &
   *   ((test?: Test) => Check)
   * )}
   */
  /**
   * @param {Test} [test]
   * @returns {Check}
   */
  (function(test) {
    if (test === null || test === void 0) {
      return ok2;
    }
    if (typeof test === "function") {
      return castFactory(test);
    }
    if (typeof test === "object") {
      return Array.isArray(test) ? anyFactory(test) : (
        // Cast because `ReadonlyArray` goes into the above but `isArray`
        // narrows to `Array`.
        propertiesFactory(
          /** @type {Props} */
          test
        )
      );
    }
    if (typeof test === "string") {
      return typeFactory(test);
    }
    throw new Error("Expected function, string, or object as test");
  })
);
function anyFactory(tests) {
  const checks = [];
  let index2 = -1;
  while (++index2 < tests.length) {
    checks[index2] = convert(tests[index2]);
  }
  return castFactory(any);
  function any(...parameters) {
    let index3 = -1;
    while (++index3 < checks.length) {
      if (checks[index3].apply(this, parameters)) return true;
    }
    return false;
  }
}
function propertiesFactory(check2) {
  const checkAsRecord = (
    /** @type {Record<string, unknown>} */
    check2
  );
  return castFactory(all2);
  function all2(node2) {
    const nodeAsRecord = (
      /** @type {Record<string, unknown>} */
      /** @type {unknown} */
      node2
    );
    let key2;
    for (key2 in check2) {
      if (nodeAsRecord[key2] !== checkAsRecord[key2]) return false;
    }
    return true;
  }
}
function typeFactory(check2) {
  return castFactory(type);
  function type(node2) {
    return node2 && node2.type === check2;
  }
}
function castFactory(testFunction) {
  return check2;
  function check2(value, index2, parent) {
    return Boolean(
      looksLikeANode(value) && testFunction.call(
        this,
        value,
        typeof index2 === "number" ? index2 : void 0,
        parent || void 0
      )
    );
  }
}
function ok2() {
  return true;
}
function looksLikeANode(value) {
  return value !== null && typeof value === "object" && "type" in value;
}

// node_modules/unist-util-visit-parents/lib/color.node.js
function color(d) {
  return "\x1B[33m" + d + "\x1B[39m";
}

// node_modules/unist-util-visit-parents/lib/index.js
var empty = [];
var CONTINUE = true;
var EXIT = false;
var SKIP = "skip";
function visitParents(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, reverse) {
  if (!tree || typeof tree !== "object") {
    throw new Error("Unexpected value `" + tree + "` for `tree`, expected node");
  }
  let preorder = true;
  let check2;
  let visitors;
  let enter;
  let exit3;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check2 = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    if (reverse) preorder = false;
  } else {
    visitors = /** @type {Visitors | Visitor} */
    testOrEnterOrVisitors;
    if (enterOrVisitorsOrReverse) preorder = false;
  }
  if (typeof visitors === "function") {
    enter = visitors;
  } else if (visitors && typeof visitors === "object") {
    if (visitors.enter === null || visitors.enter === void 0) {
    } else if (typeof visitors.enter === "function") {
      enter = visitors.enter;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.enter + "` for `visitors.enter`, expected optional visitor"
      );
    }
    if (typeof visitors.exit === "function") {
      exit3 = visitors.exit;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.exit + "` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)"
      );
    }
  } else {
    throw new Error(
      "Unexpected value `" + visitors + "` for `enter` or `visitors`, expected visitor or object with visitors"
    );
  }
  const is2 = convert(check2);
  const step = preorder ? 1 : -1;
  factory(tree, void 0, [])();
  function factory(node2, index2, parents) {
    const value = (
      /** @type {Record<string, unknown>} */
      node2 && typeof node2 === "object" ? node2 : {}
    );
    if (typeof value.type === "string") {
      const name2 = (
        // `hast`
        typeof value.tagName === "string" ? value.tagName : (
          // `xast`
          typeof value.name === "string" ? value.name : void 0
        )
      );
      Object.defineProperty(visit, "name", {
        value: "node (" + color(node2.type + (name2 ? "<" + name2 + ">" : "")) + ")"
      });
    }
    return visit;
    function visit() {
      const matches = !check2 || is2(node2, index2, parents[parents.length - 1] || void 0);
      let result = empty;
      if (enter && matches) {
        result = toResult(enter(node2, parents, index2));
        if (result[0] === EXIT) {
          return result;
        }
      }
      if ("children" in node2 && node2.children) {
        const nodeAsParent = (
          /** @type {UnistParent} */
          node2
        );
        if (nodeAsParent.children && result[0] !== SKIP) {
          let offset = (preorder ? -1 : nodeAsParent.children.length) + step;
          const grandparents = [...parents, nodeAsParent];
          while (offset > -1 && offset < nodeAsParent.children.length) {
            const child = nodeAsParent.children[offset];
            const subresult = factory(child, offset, grandparents)();
            if (subresult[0] === EXIT) {
              return subresult;
            }
            offset = typeof subresult[1] === "number" ? subresult[1] : offset + step;
          }
        }
      }
      if (exit3 && matches) {
        const exitResult = toResult(exit3(node2, parents, index2));
        if (exitResult[0] === SKIP) {
          throw new Error(
            "Unexpected value `" + exitResult[0] + "` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing"
          );
        }
        if (exitResult[0] === EXIT || typeof exitResult[1] === "number") {
          return exitResult;
        }
      }
      return result;
    }
  }
}
function toResult(value) {
  if (Array.isArray(value)) {
    return value;
  }
  if (typeof value === "number") {
    return [CONTINUE, value];
  }
  return value === null || value === void 0 ? empty : [value];
}

// node_modules/mdast-util-find-and-replace/lib/index.js
function findAndReplace(tree, list3, options2) {
  const settings = options2 || {};
  const ignored = convert(settings.ignore || []);
  const pairs = toPairs(list3);
  let pairIndex = -1;
  while (++pairIndex < pairs.length) {
    visitParents(tree, visitor);
  }
  function visitor(node2, parents, index2) {
    if (node2.type === "text" && typeof index2 === "number") {
      return handler(node2, parents, index2);
    }
    if (ignored(node2, index2, parents[parents.length - 1])) return SKIP;
  }
  function handler(node2, parents, index2) {
    const parent = parents[parents.length - 1];
    const find3 = pairs[pairIndex][0];
    const replace2 = pairs[pairIndex][1];
    let start2 = 0;
    let change = false;
    let nodes = [];
    find3.lastIndex = 0;
    let match = find3.exec(node2.value);
    while (match) {
      const position2 = match.index;
      const matchObject = {
        index: match.index,
        input: match.input,
        stack: [...parents, node2]
      };
      let value = replace2(...match, matchObject);
      if (typeof value === "string") {
        value = value.length > 0 ? { type: "text", value } : void 0;
      }
      if (value === false) {
        find3.lastIndex = position2 + 1;
      } else {
        if (start2 !== position2) {
          add({ type: "text", value: node2.value.slice(start2, position2) });
        }
        if (Array.isArray(value)) {
          for (const child of value) add(child);
        } else if (value) {
          add(value);
        }
        start2 = position2 + match[0].length;
        change = true;
      }
      if (!find3.global) {
        break;
      }
      match = find3.exec(node2.value);
    }
    if (change) {
      if (start2 < node2.value.length) {
        add({ type: "text", value: node2.value.slice(start2) });
      }
      parent.children.splice(index2, 1, ...nodes);
    } else {
      nodes = [node2];
    }
    return index2 + nodes.length;
    function add(child) {
      const previous3 = nodes[nodes.length - 1];
      if (previous3 && previous3.type === "text" && child.type === "text") {
        previous3.value += child.value;
      } else {
        nodes.push(child);
      }
    }
  }
}
function toPairs(tupleOrList) {
  if (!Array.isArray(tupleOrList)) {
    throw new TypeError("Expected find and replace tuple or list of tuples");
  }
  const result = [];
  const list3 = !tupleOrList[0] || Array.isArray(tupleOrList[0]) ? (
    /** @type {FindAndReplaceList} */
    tupleOrList
  ) : [
    /** @type {FindAndReplaceTuple} */
    tupleOrList
  ];
  let index2 = -1;
  while (++index2 < list3.length) {
    const tuple = list3[index2];
    result.push([toExpression(tuple[0]), toFunction(tuple[1])]);
  }
  return result;
}
function toExpression(find3) {
  return typeof find3 === "string" ? new RegExp(escapeStringRegexp(find3), "g") : find3;
}
function toFunction(replace2) {
  return typeof replace2 === "function" ? replace2 : function() {
    return replace2;
  };
}

// node_modules/mdast-util-gfm-autolink-literal/lib/index.js
function gfmAutolinkLiteralFromMarkdown() {
  return {
    transforms: [transformGfmAutolinkLiterals],
    enter: {
      literalAutolink: enterLiteralAutolink,
      literalAutolinkEmail: enterLiteralAutolinkValue,
      literalAutolinkHttp: enterLiteralAutolinkValue,
      literalAutolinkWww: enterLiteralAutolinkValue
    },
    exit: {
      literalAutolink: exitLiteralAutolink,
      literalAutolinkEmail: exitLiteralAutolinkEmail,
      literalAutolinkHttp: exitLiteralAutolinkHttp,
      literalAutolinkWww: exitLiteralAutolinkWww
    }
  };
}
function enterLiteralAutolink(token) {
  this.enter(
    { type: "link", title: null, url: "", children: [], position: void 0 },
    token
  );
}
function enterLiteralAutolinkValue(token) {
  this.config.enter.autolinkProtocol.call(this, token);
}
function exitLiteralAutolinkHttp(token) {
  this.config.exit.autolinkProtocol.call(this, token);
}
function exitLiteralAutolinkWww(token) {
  this.config.exit.data.call(this, token);
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "link");
  node2.url = "http://" + this.sliceSerialize(token);
}
function exitLiteralAutolinkEmail(token) {
  this.config.exit.autolinkEmail.call(this, token);
}
function exitLiteralAutolink(token) {
  this.exit(token);
}
function transformGfmAutolinkLiterals(tree) {
  findAndReplace(
    tree,
    [
      [
        /(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi,
        findUrl
      ],
      [
        /(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g,
        findXmpp
      ],
      [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findMailto],
      [
        /(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g,
        findEmail
      ]
    ],
    { ignore: ["link", "linkReference"] }
  );
}
function findUrl(_, protocol, domain2, path21, match) {
  if (!previous2(match)) {
    return false;
  }
  let prefix = "";
  if (/^w/i.test(protocol)) {
    domain2 = protocol + domain2;
    protocol = "";
    prefix = "http://";
  }
  if (unicodePunctuation(domain2.charCodeAt(0)) || !isCorrectDomain(domain2)) {
    return false;
  }
  const parts2 = splitUrl(domain2 + path21);
  const result = {
    type: "link",
    title: null,
    url: prefix + protocol + parts2[0],
    children: [{ type: "text", value: protocol + parts2[0], position: void 0 }],
    position: void 0
  };
  if (parts2[1]) {
    return [result, { type: "text", value: parts2[1], position: void 0 }];
  }
  return result;
}
function findEmail(_, atext, label) {
  if (/[\d\-_]$/.test(label)) {
    return false;
  }
  return {
    type: "link",
    title: null,
    url: "mailto:" + atext + "@" + label,
    children: [{ type: "text", value: atext + "@" + label, position: void 0 }],
    position: void 0
  };
}
function findMailto(_, atext, label) {
  if (/[\d\-_]$/.test(label)) {
    return false;
  }
  const value = "mailto:" + atext + "@" + label;
  return {
    type: "link",
    title: null,
    url: value,
    children: [{ type: "text", value, position: void 0 }],
    position: void 0
  };
}
function findXmpp(matchValue, atext, label, resource, match) {
  if (/[\d\-_]$/.test(label) || resource && (!/[A-Za-z]$/.test(resource) || match.input.charAt(match.index + matchValue.length) === "@")) {
    return false;
  }
  const value = "xmpp:" + atext + "@" + label + (resource || "");
  return {
    type: "link",
    title: null,
    url: value,
    children: [{ type: "text", value, position: void 0 }],
    position: void 0
  };
}
function isCorrectDomain(domain2) {
  const parts2 = domain2.split(".");
  if (parts2.length < 2 || parts2[parts2.length - 1] && (/_/.test(parts2[parts2.length - 1]) || !/[\dA-Za-z]/.test(parts2[parts2.length - 1])) || parts2[parts2.length - 2] && (/_/.test(parts2[parts2.length - 2]) || !/[\dA-Za-z]/.test(parts2[parts2.length - 2]))) {
    return false;
  }
  return true;
}
function splitUrl(url) {
  let index2 = url.length;
  while (index2 > 0) {
    const code2 = url.charCodeAt(index2 - 1);
    if (code2 === 33 || code2 === 34 || code2 === 38 || code2 === 39 || code2 === 41 || code2 === 44 || code2 === 46 || code2 === 58 || code2 === 59 || code2 === 60 || code2 === 62 || code2 === 63 || code2 === 93 || code2 === 125) {
      index2--;
    } else {
      break;
    }
  }
  if (index2 === url.length) {
    return [url, void 0];
  }
  let trail2 = url.slice(index2);
  url = url.slice(0, index2);
  let closingParenIndex = trail2.indexOf(")");
  const openingParens = ccount(url, "(");
  let closingParens = ccount(url, ")");
  while (closingParenIndex !== -1 && openingParens > closingParens) {
    url += trail2.slice(0, closingParenIndex + 1);
    trail2 = trail2.slice(closingParenIndex + 1);
    closingParenIndex = trail2.indexOf(")");
    closingParens++;
  }
  return [url, trail2];
}
function previous2(match) {
  const code2 = match.input.charCodeAt(match.index - 1);
  return match.index === 0 || unicodeWhitespace(code2) || unicodePunctuation(code2);
}

// node_modules/mdast-util-gfm-footnote/lib/index.js
footnoteReference.peek = footnoteReferencePeek;
function enterFootnoteCallString() {
  this.buffer();
}
function enterFootnoteCall(token) {
  this.enter({ type: "footnoteReference", identifier: "", label: "" }, token);
}
function enterFootnoteDefinitionLabelString() {
  this.buffer();
}
function enterFootnoteDefinition(token) {
  this.enter(
    { type: "footnoteDefinition", identifier: "", label: "", children: [] },
    token
  );
}
function exitFootnoteCallString(token) {
  const label = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "footnoteReference");
  node2.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase();
  node2.label = label;
}
function exitFootnoteCall(token) {
  this.exit(token);
}
function exitFootnoteDefinitionLabelString(token) {
  const label = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "footnoteDefinition");
  node2.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase();
  node2.label = label;
}
function exitFootnoteDefinition(token) {
  this.exit(token);
}
function footnoteReferencePeek() {
  return "[";
}
function footnoteReference(node2, _, state, info2) {
  const tracker = state.createTracker(info2);
  let value = tracker.move("[^");
  const exit3 = state.enter("footnoteReference");
  const subexit = state.enter("reference");
  value += tracker.move(
    state.safe(state.associationId(node2), { after: "]", before: value })
  );
  subexit();
  exit3();
  value += tracker.move("]");
  return value;
}
function gfmFootnoteFromMarkdown() {
  return {
    enter: {
      gfmFootnoteCallString: enterFootnoteCallString,
      gfmFootnoteCall: enterFootnoteCall,
      gfmFootnoteDefinitionLabelString: enterFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: enterFootnoteDefinition
    },
    exit: {
      gfmFootnoteCallString: exitFootnoteCallString,
      gfmFootnoteCall: exitFootnoteCall,
      gfmFootnoteDefinitionLabelString: exitFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: exitFootnoteDefinition
    }
  };
}

// node_modules/mdast-util-gfm-strikethrough/lib/index.js
handleDelete.attention = attentionDelete;
handleDelete.peek = peekDelete;
function gfmStrikethroughFromMarkdown() {
  return {
    canContainEols: ["delete"],
    enter: { strikethrough: enterStrikethrough },
    exit: { strikethrough: exitStrikethrough }
  };
}
function enterStrikethrough(token) {
  this.enter({ type: "delete", children: [], position: void 0 }, token);
}
function exitStrikethrough(token) {
  this.exit(token);
}
function handleDelete(node2, _, state, info2) {
  const tracker = state.createTracker(info2);
  const sequence = state.stack.includes("strikethrough") ? "~" : "~~";
  const exit3 = state.enter("strikethrough");
  let value = tracker.move(sequence);
  value += state.containerPhrasing(node2, {
    ...tracker.current(),
    before: value,
    after: "~"
  });
  value += tracker.move(sequence);
  exit3();
  return value;
}
function attentionDelete() {
  return { construct: "strikethrough", markers: ["~"], sizes: [2, 1] };
}
function peekDelete() {
  return "~";
}

// node_modules/mdast-util-gfm-table/lib/index.js
function gfmTableFromMarkdown() {
  return {
    enter: {
      table: enterTable,
      tableData: enterCell,
      tableHeader: enterCell,
      tableRow: enterRow
    },
    exit: {
      codeText: exitCodeText,
      table: exitTable,
      tableData: exit2,
      tableHeader: exit2,
      tableRow: exit2
    }
  };
}
function enterTable(token) {
  const align = token._align;
  ok(align, "expected `_align` on table");
  this.enter(
    {
      type: "table",
      align: align.map(function(d) {
        return d === "none" ? null : d;
      }),
      children: [],
      position: void 0
    },
    token
  );
  this.data.inTable = true;
}
function exitTable(token) {
  this.exit(token);
  this.data.inTable = void 0;
}
function enterRow(token) {
  this.enter({ type: "tableRow", children: [], position: void 0 }, token);
}
function exit2(token) {
  this.exit(token);
}
function enterCell(token) {
  this.enter({ type: "tableCell", children: [], position: void 0 }, token);
}
function exitCodeText(token) {
  let value = this.resume();
  if (this.data.inTable) {
    value = value.replace(/\\([\\|])/g, replace);
  }
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "inlineCode");
  node2.value = value;
  this.exit(token);
}
function replace($0, $1) {
  return $1 === "|" ? $1 : $0;
}

// node_modules/mdast-util-gfm-task-list-item/lib/index.js
function gfmTaskListItemFromMarkdown() {
  return {
    exit: {
      taskListCheckValueChecked: exitCheck,
      taskListCheckValueUnchecked: exitCheck,
      paragraph: exitParagraphWithTaskListItem
    }
  };
}
function exitCheck(token) {
  const node2 = this.stack[this.stack.length - 2];
  ok(node2.type === "listItem");
  node2.checked = token.type === "taskListCheckValueChecked";
}
function exitParagraphWithTaskListItem(token) {
  const parent = this.stack[this.stack.length - 2];
  if (parent && parent.type === "listItem" && typeof parent.checked === "boolean") {
    const node2 = this.stack[this.stack.length - 1];
    ok(node2.type === "paragraph");
    const head3 = node2.children[0];
    if (head3 && head3.type === "text") {
      const siblings2 = parent.children;
      let index2 = -1;
      let firstParagraph;
      while (++index2 < siblings2.length) {
        const sibling = siblings2[index2];
        if (sibling.type === "paragraph") {
          firstParagraph = sibling;
          break;
        }
      }
      if (firstParagraph === node2) {
        head3.value = head3.value.slice(1);
        if (head3.value.length === 0) {
          node2.children.shift();
        } else if (node2.position && head3.position && typeof head3.position.start.offset === "number") {
          head3.position.start.column++;
          head3.position.start.offset++;
          node2.position.start = { ...head3.position.start };
        }
      }
    }
  }
  this.exit(token);
}

// node_modules/mdast-util-gfm/lib/index.js
function gfmFromMarkdown() {
  return [
    gfmAutolinkLiteralFromMarkdown(),
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown()
  ];
}

// server/src/core/markdown.ts
var options = { extensions: [gfm({})], mdastExtensions: [gfmFromMarkdown()] };
function parseMarkdown(text4) {
  return fromMarkdown(limitNesting(text4), options);
}
var MAX_MARKERS_PER_LINE = 32;
var MAX_MARKER_COLUMN = 100;
function limitNesting(text4) {
  let parts2;
  let copied = 0;
  const n = text4.length;
  let pos = 0;
  while (pos < n) {
    let i2 = pos;
    let col = 0;
    let markers = 0;
    for (; ; ) {
      const c = text4.charCodeAt(i2);
      if (c === 32) {
        col++;
        i2++;
        continue;
      }
      if (c === 9) {
        col += 4 - col % 4;
        i2++;
        continue;
      }
      let len = 0;
      if (c === 62) len = 1;
      else if ((c === 45 || c === 43 || c === 42) && blankOrEnd(text4.charCodeAt(i2 + 1))) len = 1;
      else if (c >= 48 && c <= 57) {
        let j = i2;
        while (j < i2 + 9 && isDigit2(text4.charCodeAt(j))) j++;
        const d = text4.charCodeAt(j);
        if ((d === 46 || d === 41) && blankOrEnd(text4.charCodeAt(j + 1))) len = j + 1 - i2;
      }
      if (len === 0) break;
      markers++;
      if (markers > MAX_MARKERS_PER_LINE || col > MAX_MARKER_COLUMN) {
        parts2 ??= [];
        parts2.push(text4.slice(copied, i2), " ".repeat(len));
        copied = i2 + len;
      }
      col += len;
      i2 += len;
    }
    LINE_END.lastIndex = i2;
    const m = LINE_END.exec(text4);
    if (!m) break;
    pos = m.index + m[0].length;
  }
  if (!parts2) return text4;
  parts2.push(text4.slice(copied));
  return parts2.join("");
}
var LINE_END = /\r\n?|\n/g;
function isDigit2(c) {
  return c >= 48 && c <= 57;
}
function blankOrEnd(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}

// server/src/core/symbols.ts
var KEYWORDS2 = new Set(
  "break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var bool byte complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune string uint uint8 uint16 uint32 uint64 uintptr any true false nil iota append cap close copy delete len make new panic print println recover min max clear".split(" ")
);
var IDENT = /[\p{L}_][\p{L}\p{Nd}_]*/gu;
var PATH_RUN2 = /[\p{L}\p{N}_.\-/\\~%@+]+/gu;
var SPEC_TAIL = /[:#][L0-9,-]*/y;
var DECL_PREFIX = /^(?:func|type|var|const)\s/;
var BOLD_IDENT = /^[\p{L}_][\p{L}\p{Nd}_]*(?:\.[\p{L}_][\p{L}\p{Nd}_]*)*(?:\(\))?$/u;
function claimedIdentifiers(value, kind, own3) {
  const v = value.trim();
  if (kind === "strong") {
    if (!BOLD_IDENT.test(v)) return [];
    if (!new RegExp("\\p{Ll}\\p{Lu}|[._]|\\(\\)", "u").test(v)) return [];
    return idents(v);
  }
  const rest = withoutCitations(v);
  if (!own3 && /\s/.test(v) && !DECL_PREFIX.test(v)) return [];
  if (!own3 && rest.length !== v.length) return [];
  return idents(withoutNonCode(rest));
}
var TOKEN = /"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?|[\p{L}\p{Nd}_./:-]+/gu;
var KEBAB = /[\p{L}\p{Nd}_]-[\p{L}\p{Nd}_]/u;
var FILE_EXT = /\.(?:ya?ml|json|jsonl|md|txt|toml|csv|tsv|proto|sh|py|mod|sum|cfg|conf|ini|xml|html|go|log|env|lock)$/i;
function withoutNonCode(s) {
  return s.replace(TOKEN, (t, offset) => {
    if (t[0] === '"' || t[0] === "'" || t[0] === "-") return " ";
    if (t.endsWith(":") && (s[offset + t.length] === '"' || s[offset + t.length] === "`")) return " ";
    if (KEBAB.test(t) || FILE_EXT.test(t)) return " ";
    return t;
  });
}
function withoutCitations(v) {
  let out2 = "";
  let last = 0;
  PATH_RUN2.lastIndex = 0;
  let m;
  while (m = PATH_RUN2.exec(v)) {
    const i2 = m[0].lastIndexOf(".go");
    if (i2 < 1) continue;
    let end = m.index + i2 + 3;
    if (end === m.index + m[0].length) {
      SPEC_TAIL.lastIndex = end;
      const t = SPEC_TAIL.exec(v);
      if (t) end += t[0].length;
      PATH_RUN2.lastIndex = end;
    }
    out2 += v.slice(last, m.index) + " ";
    last = end;
  }
  return out2 + v.slice(last);
}
function idents(s) {
  const out2 = [];
  IDENT.lastIndex = 0;
  let m;
  while (m = IDENT.exec(s)) {
    if (!KEYWORDS2.has(m[0]) && m[0].length > 1) out2.push(m[0]);
  }
  return out2;
}

// server/src/core/model.ts
function buildModel(text4, cache13) {
  const source = text4.charCodeAt(0) === 65279 ? " " + text4.slice(1) : text4;
  const root = cache13 ? cache13.parse(source) : parseMarkdown(source);
  const lines = new LineIndex(text4);
  const model = {
    text: text4,
    lines,
    root,
    headings: [],
    codeBlocks: [],
    tables: [],
    listItems: [],
    inlineCodes: [],
    links: [],
    comments: [],
    citations: []
  };
  const excluded = [];
  const blocks = [];
  walk(root, 0, model, excluded, blocks);
  excluded.sort((a, b) => a.start - b.start);
  const isExcluded = (offset) => inSpans(excluded, offset);
  const raw = scanCitations(text4, 0, isExcluded);
  attachClaims(raw, blocks, model);
  return model;
}
function span(node2) {
  return { start: node2.position?.start.offset ?? 0, end: node2.position?.end.offset ?? 0 };
}
function plainText(node2) {
  if ("value" in node2 && typeof node2.value === "string" && node2.type !== "html") return node2.value;
  if ("children" in node2) return node2.children.map(plainText).join("");
  return "";
}
function walk(node2, listDepth, model, excluded, blocks) {
  switch (node2.type) {
    case "heading":
      model.headings.push({ ...span(node2), depth: node2.depth, text: plainText(node2).trim(), line: node2.position?.start.line ? node2.position.start.line - 1 : 0 });
      blocks.push({ span: span(node2), phrasing: node2.children });
      break;
    case "paragraph":
      blocks.push({ span: span(node2), phrasing: node2.children });
      break;
    case "code": {
      const s = span(node2);
      excluded.push(s);
      const fenced = /^\s{0,3}(`{3,}|~{3,})/.test(model.text.slice(s.start, s.start + 8));
      model.codeBlocks.push({ ...s, lang: node2.lang ?? null, value: node2.value, fenced, line: (node2.position?.start.line ?? 1) - 1 });
      return;
    }
    case "html": {
      const s = span(node2);
      const re = /<!--[\s\S]*?(?:-->|$)/g;
      let m;
      while (m = re.exec(node2.value)) {
        const c = { start: s.start + m.index, end: s.start + m.index + m[0].length };
        excluded.push(c);
        model.comments.push({ ...c, value: m[0] });
        if (m[0].length === 0) break;
      }
      return;
    }
    case "table": {
      const rows = node2.children.map((row) => row.children.map((cell) => {
        blocks.push({ span: span(cell), phrasing: cell.children });
        return { ...span(cell), text: plainText(cell).trim() };
      }));
      model.tables.push({ ...span(node2), header: rows[0] ?? [], rows: rows.slice(1) });
      for (const row of node2.children) for (const cell of row.children) collectInline(cell, model, excluded);
      return;
    }
    case "list":
      for (const item of node2.children) {
        const first = item.children[0];
        const textNode = first && first.type === "paragraph" ? first : void 0;
        model.listItems.push({
          ...span(item),
          text: textNode ? plainText(textNode).trim() : "",
          textSpan: textNode ? span(textNode) : span(item),
          depth: listDepth,
          ordered: !!node2.ordered
        });
        for (const child of item.children) walk(child, listDepth + 1, model, excluded, blocks);
      }
      return;
    default:
      break;
  }
  if (node2.type === "heading" || node2.type === "paragraph") {
    collectInline(node2, model, excluded);
    return;
  }
  if ("children" in node2) for (const child of node2.children) walk(child, listDepth, model, excluded, blocks);
}
function collectInline(node2, model, excluded) {
  if (node2.type === "inlineCode") model.inlineCodes.push({ ...span(node2), value: node2.value });
  else if (node2.type === "link") model.links.push({ ...span(node2), url: node2.url });
  else if (node2.type === "html") {
    const s = span(node2);
    if (node2.value.startsWith("<!--")) {
      model.comments.push({ ...s, value: node2.value });
      excluded.push(s);
    }
  }
  if ("children" in node2) for (const child of node2.children) collectInline(child, model, excluded);
}
function attachClaims(raw, blocks, model) {
  if (raw.length === 0) return;
  blocks.sort((a, b) => a.span.start - b.span.start);
  const sentences = /* @__PURE__ */ new Map();
  let bi = 0;
  const placed2 = [];
  for (const c of raw) {
    while (bi < blocks.length && blocks[bi].span.end <= c.start) bi++;
    let block;
    for (let j = bi; j < blocks.length && blocks[j].span.start <= c.start; j++) {
      if (blocks[j].span.end >= c.end) block = blocks[j];
    }
    placed2.push({ c, block });
    if (block && !sentences.has(block)) sentences.set(block, new Sentences(block, model.text));
    if (block) sentences.get(block).citations.push(c);
  }
  for (const { c, block } of placed2) {
    const container = block?.span ?? { start: c.start, end: c.end };
    const s = block ? sentences.get(block).read(c) : { claimed: [], quotes: [], sentence: container };
    model.citations.push({ ...c, ...s, container });
  }
}
var Sentences = class {
  constructor(block, text4) {
    this.block = block;
    this.text = text4;
    const visit = (nodes) => {
      for (const n of nodes) {
        const s = span(n);
        if (n.type === "inlineCode") this.pieces.push({ ...s, kind: "code", value: n.value });
        else if (n.type === "strong") this.pieces.push({ ...s, kind: "strong", value: plainText(n) });
        else if (n.type === "text") {
          const re = /[.!?;](?=\s)/g;
          const raw = text4.slice(s.start, s.end);
          let m;
          while (m = re.exec(raw)) this.ends.push(s.start + m.index + 1);
          QUOTED.lastIndex = 0;
          while (m = QUOTED.exec(raw)) {
            const q = (m[1] ?? m[2]).trim();
            if (q.length >= 8 && /\S\s+\S/.test(q)) this.pieces.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, kind: "quote", value: q });
          }
          const br = /[,\u2014\u2013](?=\s)|\s-\s|\b(?:and|or|but|while|whereas)\b/g;
          while (m = br.exec(raw)) this.breaks.push(s.start + m.index);
          CONSEQUENCE.lastIndex = 0;
          while (m = CONSEQUENCE.exec(raw)) this.consequences.push(s.start + m.index);
        } else if ("children" in n) visit(n.children);
      }
    };
    visit(block.phrasing);
  }
  pieces = [];
  /** Offsets just after a sentence-ending `.`, `!`, `?` or `;` followed by whitespace. */
  ends = [];
  /** Offsets where a clause starts: after a comma or a dash, at `and`, `or`, `but`, `while`, `whereas`. */
  breaks = [];
  /** Offsets of `, so`, `, therefore`, `so that` ...: what follows is a consequence, not the cited code. */
  consequences = [];
  /** The citations of the block, in document order. */
  citations = [];
  citationClauses;
  /**
   * Identifiers named in the citation's own code span and in the code spans and bold text of
   * its sentence, and the code and phrases it quotes. At most MAX_NEIGHBOURS pieces on each side
   * are read: a "sentence" with thousands of code spans is not prose, and reading all of it for
   * each citation is quadratic.
   */
  read(c) {
    const e = firstAtLeast(this.ends, (x) => x, c.end);
    const to = e < this.ends.length ? this.ends[e] : this.block.span.end;
    const b = firstAtLeast(this.ends, (x) => x, c.start + 1) - 1;
    const from = b >= 0 && this.ends[b] > this.block.span.start ? this.ends[b] : this.block.span.start;
    const at = firstAtLeast(this.pieces, (p) => p.end, c.start + 1);
    const others = this.hasOthers(c, from, to);
    const out2 = /* @__PURE__ */ new Set();
    const all2 = others && this.sharesClause(c) ? /* @__PURE__ */ new Set() : void 0;
    const quotes = [];
    const lo = Math.max(0, at - MAX_NEIGHBOURS);
    const hi = Math.min(this.pieces.length, at + MAX_NEIGHBOURS + 1);
    for (let i2 = lo; i2 < hi; i2++) {
      const p = this.pieces[i2];
      if (p.end <= from || p.start >= to) continue;
      const own3 = p.start <= c.start && p.end >= c.end;
      const another = !own3 && others && this.ownerOf(p) !== c;
      if (p.kind === "quote") {
        if (!another) quotes.push(p.value);
        continue;
      }
      const skip = another || !own3 && this.consequenceBetween(p, c);
      if (skip && !all2) continue;
      const ids = own3 ? claimedIdentifiers(p.value, p.kind, true) : p.claims ??= claimedIdentifiers(p.value, p.kind, false);
      if (all2) for (const id of ids) all2.add(id);
      if (skip) continue;
      for (const id of ids) out2.add(id);
      if (!own3 && p.kind === "code" && ids.length === 0 && isQuotedCode(p.value)) quotes.push(p.value);
    }
    return { claimed: [...out2], quotes, sentence: { start: from, end: to }, ...all2 ? { sentenceClaimed: [...all2] } : {} };
  }
  /**
   * Whether a consequence starts between the citation and a piece after it: in "(`a.go:15`), so
   * tests call `CutPrefix`" the name is what follows from the cited code, not a name in it. Names
   * before the citation stay: a citation closing a sentence cites all of it.
   */
  consequenceBetween(p, c) {
    if (p.start < c.end) return false;
    const i2 = firstAtLeast(this.consequences, (x) => x, c.end);
    return i2 < this.consequences.length && this.consequences[i2] < p.start;
  }
  /**
   * Whether another citation stands in the clause of `c`, or next to it in a list
   * ("(heap.go:53, heap.go:73)"): then which name is whose is a guess.
   */
  sharesClause(c) {
    const i2 = firstAtLeast(this.citations, (x) => x.start, c.start);
    const clauses = this.clausesOfCitations();
    const near = (j) => j >= 0 && j < this.citations.length && (clauses[j] === clauses[i2] || CITATION_LIST_GAP.test(this.text.slice(Math.min(this.citations[i2].end, this.citations[j].end), Math.max(this.citations[i2].start, this.citations[j].start))));
    return near(i2 - 1) || near(i2 + 1);
  }
  clausesOfCitations() {
    return this.citationClauses ??= this.citations.map((c) => this.clauseOf(c.start));
  }
  /** Whether the sentence [from, to) holds a citation besides `c`. */
  hasOthers(c, from, to) {
    const i2 = firstAtLeast(this.citations, (x) => x.start, from);
    const j = firstAtLeast(this.citations, (x) => x.start, to);
    return j - i2 > 1 || j - i2 === 1 && this.citations[i2] !== c;
  }
  /**
   * Which citation of its sentence a piece speaks of: the only one in its clause, else the
   * nearest one in its clause; none when its clause holds none (a name between two citations'
   * clauses is claimed by neither). Clauses are contiguous, so each question is two binary searches.
   */
  ownerOf(p) {
    const clauses = this.clausesOfCitations();
    const k = p.clause ??= this.clauseOf(p.start);
    const a = firstAtLeast(clauses, (x) => x, k);
    const b = firstAtLeast(clauses, (x) => x, k + 1);
    if (a === b) return void 0;
    if (b - a === 1) return this.citations[a];
    const i2 = Math.min(Math.max(firstAtLeast(this.citations, (c) => c.start, p.start), a), b - 1);
    const after = this.citations[i2];
    const before = i2 > a ? this.citations[i2 - 1] : void 0;
    const gap = (c) => c.start >= p.end ? c.start - p.end : p.start >= c.end ? p.start - c.end : 0;
    return before && gap(before) <= gap(after) ? before : after;
  }
  /** The index of the clause holding an offset (clauses are counted across the whole block). */
  clauseOf(offset) {
    return firstAtLeast(this.breaks, (x) => x, offset + 1);
  }
};
var MAX_NEIGHBOURS = 64;
var CITATION_LIST_GAP = /^[\s,;`()[\]]*(?:and[\s`(]+)?$/;
var CONSEQUENCE = /,\s+(?:so|therefore|thus|hence|which means)\b|\bso that\b/gi;
var QUOTED = /"([^"\n]{3,200}\s[^"\n]{1,200}?)"|\u201c([^\u201d\n]{3,200}\s[^\u201d\n]{1,200}?)\u201d/g;
function isQuotedCode(v) {
  const t = v.trim();
  return t.length >= 6 && /[\s()=!<>+*\/-]/.test(t) && !/\.go(?:[:#]|$)/.test(t);
}
function firstAtLeast(xs, key2, value) {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (key2(xs[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// server/src/core/plan/speckit-folder.ts
var MAX_SIBLING_SIZE = 1024 * 1024;
var siblings = /* @__PURE__ */ new WeakMap();
async function readSibling(ws, docAbs, name2) {
  if (!docAbs) return void 0;
  const abs = path3.join(path3.dirname(path3.resolve(docAbs)), name2);
  let cache13 = siblings.get(ws);
  if (!cache13) siblings.set(ws, cache13 = /* @__PURE__ */ new Map());
  try {
    const real = await ws.fs.realpath(abs);
    if (!await ws.isInside(real)) return void 0;
    const st = await ws.fs.stat(real);
    if (!st.isFile() || st.size > MAX_SIBLING_SIZE) return void 0;
    const hit = cache13.get(abs);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return { model: hit.model, abs };
    const model = buildModel((await ws.fs.readFile(real)).toString("utf8"));
    if (cache13.size > 100) cache13.clear();
    cache13.set(abs, { mtimeMs: st.mtimeMs, size: st.size, model });
    return { model, abs };
  } catch {
    return void 0;
  }
}
async function pathKind(ws, rel, memo, limit = 400) {
  const clean = rel.replace(/\/+$/, "");
  let hit = memo.get(clean);
  if (hit) return hit;
  if (memo.size >= limit) return "file";
  hit = (async () => {
    const abs = path3.resolve(ws.root, clean);
    const up = path3.relative(ws.root, abs);
    if (!clean || up.startsWith("..") || path3.isAbsolute(up)) return void 0;
    try {
      const real = await ws.fs.realpath(abs);
      if (!await ws.isInside(real)) return void 0;
      const st = await ws.fs.stat(real);
      return st.isDirectory() ? "dir" : st.isFile() ? "file" : void 0;
    } catch {
      return void 0;
    }
  })();
  memo.set(clean, hit);
  return hit;
}

// server/src/core/rules/spec-kit/structure-tree.ts
var BRANCH2 = /^[\s\u2502\u251c\u2514\u2500|`+\\-]*/;
var NAME = /^([\w.@+-]+(?:\/[\w.@+-]+)*\/?)(?=\s|$)/;
var NEW = /\bnew\b|\(new\)|\bNEW\b|\bto be (?:created|added)\b|\bcreated? (?:by|in) this\b/i;
function treePaths(block, text4) {
  const out2 = [];
  const stack = [];
  let offset = text4.indexOf("\n", block.start) + 1;
  for (const line of block.value.split("\n")) {
    const lineStart = offset;
    offset += line.length + 1;
    if (/^\s*#/.test(line) || !line.trim()) continue;
    const col = BRANCH2.exec(line)[0].length;
    const rest = line.slice(col);
    const m = NAME.exec(rest);
    if (!m || /^\d+$/.test(m[1]) || m[1].startsWith(".") && m[1].length < 3) continue;
    const name2 = m[1];
    const note = rest.slice(name2.length);
    if (!name2.endsWith("/") && !name2.includes(".") && !name2.includes("/") && !/^(?:Makefile|Dockerfile|LICENSE|README)$/.test(name2)) continue;
    while (stack.length && stack[stack.length - 1].col >= col) stack.pop();
    const parent = stack[stack.length - 1];
    const full = (parent ? parent.path : "") + name2;
    const dir = name2.endsWith("/");
    const isNew = (parent?.isNew ?? false) || NEW.test(note);
    out2.push({ path: full, dir, isNew, start: lineStart + col, end: lineStart + col + name2.length });
    if (dir) stack.push({ col, path: full, isNew });
  }
  return out2;
}

// server/src/core/rules/spec-kit/mp405-structure-path-missing.ts
var rule49 = {
  meta: {
    id: "MP405",
    name: "structure-path-missing",
    severity: "warning",
    description: "A path of a spec-kit plan's Project Structure that does not exist and is not said to be new.",
    scope: "plan",
    kinds: ["spec-kit-plan"],
    needs: []
  },
  async check(ctx) {
    const section = specKitSections(ctx.model, ctx.profile).sections.find((s) => s.spec.role === "project-structure");
    if (!section) return;
    const headings = ctx.model.headings.filter((h) => h.start > section.heading.start && h.start < section.end);
    const paths = [];
    for (const block of ctx.model.codeBlocks) {
      if (block.start < section.heading.end || block.start >= section.end) continue;
      const under = headings.filter((h) => h.start < block.start).pop();
      if (under && /\bdocumentation\b/i.test(under.text)) continue;
      paths.push(...treePaths(block, ctx.model.text).filter((p) => !/^\.?\/?specs\//.test(p.path)));
    }
    if (paths.length === 0) return;
    const memo = /* @__PURE__ */ new Map();
    const kinds = await Promise.all(paths.map((p) => pathKind(ctx.workspace, p.path, memo)));
    if (!kinds.some(Boolean)) return;
    const missingDirs = [];
    for (const [i2, p] of paths.entries()) {
      if (kinds[i2] || p.isNew) continue;
      if (missingDirs.some((d) => p.path.startsWith(d))) continue;
      if (p.dir) missingDirs.push(p.path);
      const near = p.path.endsWith(".go") ? (await ctx.workspace.suggest(p.path, 1))[0] : void 0;
      ctx.report({
        start: p.start,
        end: p.end,
        message: `${p.path} is not in this workspace: correct the path${near ? ` (${near}?)` : ""}, or mark it new after the name ("${p.path.split("/").filter(Boolean).pop()}${p.dir ? "/" : ""}  # new") when the feature creates it.`
      });
    }
  }
};

// server/src/core/rules/spec-kit/mp406-task-id.ts
var rule50 = {
  meta: {
    id: "MP406",
    name: "task-id",
    severity: "error",
    description: "A spec-kit task id (T###, sub-ids such as T007a allowed) used twice, or lower than the task before it.",
    scope: "plan",
    kinds: ["spec-kit-tasks"],
    needs: []
  },
  check(ctx) {
    const tasks = specTasks(ctx.model).filter((t) => t.id && t.idSpan);
    const first = /* @__PURE__ */ new Map();
    const used = new Set(tasks.map((t) => t.id));
    const width = Math.max(3, ...tasks.map((t) => String(t.number).length));
    let prev;
    for (const t of tasks) {
      const at = first.get(t.id);
      if (at !== void 0) {
        let sub = "a";
        while (used.has(`${prev?.id ?? t.id}${sub}`) && sub < "z") sub = String.fromCharCode(sub.charCodeAt(0) + 1);
        let n = Math.max(...tasks.map((x) => x.number)) + 1;
        while (used.has(`T${String(n).padStart(width, "0")}`)) n++;
        const after = prev && !prev.suffix ? ` or ${prev.id}${sub} (a sub-id after ${prev.id})` : "";
        ctx.report({ ...t.idSpan, message: `${t.id} is already the id of the task on line ${lineOf(ctx, at)}: dependencies and checkpoints name tasks by id. Give this task a free id, T${String(n).padStart(width, "0")}${after}.` });
      } else {
        first.set(t.id, t.start);
        if (prev && taskOrder(t) < taskOrder(prev)) {
          ctx.report({ ...t.idSpan, severity: "warning", message: `${t.id} comes after ${prev.id}: tasks are numbered in the order they are written (the order they run). Renumber it, or move it after the tasks numbered below it.` });
        }
      }
      prev = t;
    }
  }
};

// server/src/core/rules/spec-kit/mp407-task-format.ts
var rule51 = {
  meta: {
    id: "MP407",
    name: "task-format",
    severity: "warning",
    description: "A spec-kit task not in the form `- [ ] T001 [P] [US1] Description with file path`.",
    scope: "plan",
    kinds: ["spec-kit-tasks"],
    needs: []
  },
  check(ctx) {
    for (const t of specTasks(ctx.model)) {
      if (t.formProblems.length === 0) continue;
      ctx.report({ start: t.start, end: t.idSpan?.end ?? Math.min(t.end, t.start + 40), message: `This task is not in the tasks template's form: ${t.formProblems.join("; ")}.` });
    }
  }
};

// server/src/core/rules/spec-kit/mp408-parallel-same-file.ts
var rule52 = {
  meta: {
    id: "MP408",
    name: "parallel-same-file",
    severity: "warning",
    description: "Two [P] (parallel) tasks of one phase of a spec-kit task list name the same file.",
    scope: "plan",
    kinds: ["spec-kit-tasks"],
    needs: []
  },
  check(ctx) {
    const groups = /* @__PURE__ */ new Map();
    for (const t of specTasks(ctx.model)) {
      if (!t.parallel || !t.id) continue;
      for (const p of t.paths) {
        const key2 = `${t.phase?.start ?? -1}\0${p.path}`;
        const g = groups.get(key2);
        if (!g) groups.set(key2, [t]);
        else if (!g.includes(t)) g.push(t);
      }
    }
    for (const [key2, g] of groups) {
      if (g.length < 2) continue;
      const file = key2.slice(key2.indexOf("\0") + 1);
      const [firstTask, second, ...more] = g;
      const path21 = second.paths.find((p) => p.path === file);
      const phase = firstTask.phase ? ` in "${firstTask.phase.text}"` : "";
      const others = [second, ...more].map((t) => t.id);
      ctx.report({
        start: path21.start,
        end: path21.end,
        message: `${listed([firstTask.id, ...others])} are marked [P]${phase} but ${others.length === 1 ? "both" : "all"} name ${file}: parallel tasks must touch different files. Drop [P] from ${listed(others)} so they run after ${firstTask.id}, or split the file.`
      });
    }
  }
};

// server/src/core/rules/spec-kit/spec-stories.ts
async function siblingStories(ctx) {
  const spec2 = await readSibling(ctx.workspace, ctx.path, "spec.md");
  if (!spec2) return void 0;
  const stories = specDoc(spec2.model).stories;
  return stories.length ? stories : void 0;
}
function storyRange(stories) {
  const ns = [...new Set(stories.map((s) => s.number))].sort((a, b) => a - b);
  if (ns.length === 1) return `User Story ${ns[0]}`;
  const contiguous = ns.every((n, i2) => i2 === 0 || n === ns[i2 - 1] + 1);
  return contiguous ? `User Stories ${ns[0]}-${ns[ns.length - 1]}` : `User Stories ${ns.slice(0, -1).join(", ")} and ${ns[ns.length - 1]}`;
}

// server/src/core/rules/spec-kit/mp409-task-story-unknown.ts
var rule53 = {
  meta: {
    id: "MP409",
    name: "task-story-unknown",
    severity: "error",
    description: "A spec-kit task labelled [USn] for a user story the sibling spec.md does not define.",
    scope: "plan",
    kinds: ["spec-kit-tasks"],
    needs: []
  },
  async check(ctx) {
    const tasks = specTasks(ctx.model);
    if (!tasks.some((t) => t.stories.length)) return;
    const stories = await siblingStories(ctx);
    if (!stories) return;
    const known = new Set(stories.map((s) => s.number));
    const labels = [...known].sort((a, b) => a - b).map((n) => `[US${n}]`).join(", ");
    for (const t of tasks) {
      for (const s of t.stories) {
        if (known.has(s.number)) continue;
        ctx.report({
          start: s.start,
          end: s.end,
          message: `${t.id ?? "This task"} is labelled [US${s.number}], but spec.md defines ${storyRange(stories)}: label it with the story it serves (${labels}), leave the label out for setup, foundational and polish tasks, or add User Story ${s.number} to spec.md.`
        });
      }
    }
  }
};

// server/src/core/rules/spec-kit/mp410-story-without-tasks.ts
var rule54 = {
  meta: {
    id: "MP410",
    name: "story-without-tasks",
    severity: "warning",
    description: "A user story of the sibling spec.md that no task of the spec-kit task list serves (no task labelled [USn]).",
    scope: "plan",
    kinds: ["spec-kit-tasks"],
    needs: []
  },
  async check(ctx) {
    const tasks = specTasks(ctx.model);
    if (!tasks.some((t) => t.stories.length)) return;
    const stories = await siblingStories(ctx);
    if (!stories) return;
    const served = new Set(tasks.flatMap((t) => t.stories.map((s) => s.number)));
    const reported = /* @__PURE__ */ new Set();
    for (const s of stories) {
      if (served.has(s.number) || reported.has(s.number)) continue;
      reported.add(s.number);
      const phase = ctx.model.headings.find((h) => h.depth === 2 && new RegExp(`\\bUser Stor(?:y|ies)\\s+(?:\\d+\\s*(?:,|&|and)\\s*)*${s.number}\\b`, "i").test(h.text));
      const where3 = phase ? { start: phase.start, end: phase.end } : titleRange(ctx);
      const title = s.title ? ` ("${s.title.slice(0, 60)}")` : "";
      ctx.report({
        ...where3,
        message: `User Story ${s.number}${title} of spec.md has no task: add its phase, "## Phase N: User Story ${s.number} - ${s.title || "Title"} (Priority: ${s.priority ?? "P?"})", with tasks labelled [US${s.number}], or take the story out of spec.md if it is not part of this feature.`
      });
    }
  }
};

// server/src/core/rules/spec-kit/mp411-task-file-missing.ts
var path4 = __toESM2(require("node:path"));
var rule55 = {
  meta: {
    id: "MP411",
    name: "task-file-missing",
    severity: "warning",
    description: "A file a spec-kit task modifies that does not exist and that no earlier task creates.",
    scope: "plan",
    kinds: ["spec-kit-tasks"],
    needs: []
  },
  async check(ctx) {
    const memo = /* @__PURE__ */ new Map();
    const mentioned = /* @__PURE__ */ new Set();
    for (const t of specTasks(ctx.model)) {
      for (const p of t.paths) {
        const earlier = mentioned.has(p.path);
        mentioned.add(p.path);
        if (!t.modifies || earlier || t.done) continue;
        if (await pathKind(ctx.workspace, p.path, memo)) continue;
        const dir = path4.posix.dirname(p.path);
        if (dir === "." || await pathKind(ctx.workspace, dir, memo) !== "dir") continue;
        const near = p.path.endsWith(".go") ? (await ctx.workspace.suggest(p.path, 1))[0] : void 0;
        ctx.report({
          start: p.start,
          end: p.end,
          message: `${t.id ?? "This task"} changes ${p.path}, which does not exist and which no earlier task creates: correct the path${near ? ` (${near}?)` : ""}, or say the task creates it ("${p.path} (new file)").`
        });
      }
    }
  }
};

// server/src/core/rules/spec-kit/mp412-checklist-item.ts
var ITEM2 = /^[ \t]*[-*+][ \t]+(\[[ xX]\][ \t]+)?(?:(CHK\d{1,4})\b)?(.*)$/;
var rule56 = {
  meta: {
    id: "MP412",
    name: "checklist-item",
    severity: "warning",
    description: "An item of a spec-kit checklist that is no checkbox item (`- [ ] CHK001 ...`), or a CHK id used twice.",
    scope: "plan",
    kinds: ["spec-kit-checklist"],
    needs: []
  },
  check(ctx) {
    const { model } = ctx;
    const hidden = hiddenSpans(model);
    const sections = model.headings.filter((h) => h.depth === 2);
    const ids = /* @__PURE__ */ new Map();
    const usesIds = /^[ \t]*[-*+][ \t]+\[[ xX]\][ \t]+CHK\d/m.test(model.text);
    let s = -1;
    for (const it of model.listItems) {
      if (it.depth > 0 || inSpans(hidden, it.start)) continue;
      while (s + 1 < sections.length && sections[s + 1].start < it.start) s++;
      const section = sections[s];
      if (!section || /^notes\b/i.test(section.text)) continue;
      const lineEnd = model.text.indexOf("\n", it.start);
      const raw = model.text.slice(it.start, lineEnd < 0 ? model.text.length : lineEnd);
      const m = ITEM2.exec(raw);
      if (!m) continue;
      const [, box, id, rest] = m;
      if (!box) {
        const text4 = (id ? `${id}${rest}` : rest).trim();
        ctx.report({ start: it.start, end: it.start + raw.length, message: `This item under "${section.text}" has no checkbox: write it as "- [ ] ${usesIds && !id ? "CHK0NN " : ""}${text4.slice(0, 60)}" so it can be ticked when checked.` });
        continue;
      }
      if (!id) continue;
      const at = ids.get(id);
      if (at === void 0) ids.set(id, it.start);
      else ctx.report({ start: it.start, end: it.start + raw.length, message: `${id} is already the id of the item on line ${lineOf(ctx, at)}: give this item the next free CHK id.` });
    }
  }
};

// server/src/core/plan/superpowers.ts
var cache10 = /* @__PURE__ */ new WeakMap();
function superpowersPlan(model, spec2) {
  let perModel = cache10.get(model);
  if (!perModel) cache10.set(model, perModel = /* @__PURE__ */ new Map());
  let plan = perModel.get(spec2);
  if (!plan) perModel.set(spec2, plan = read(model, spec2));
  return plan;
}
function read(model, spec2) {
  const lines = proseLines2(model);
  const taskRe = new RegExp(`^${escapeRegExp(spec2.taskWord)}\\s+(\\d+)\\s*[:.)\\u2013\\u2014-]?\\s*(.*)$`, "i");
  const taskHeadings = model.headings.filter((h) => h.depth >= 2 && h.depth <= 4 && taskRe.test(h.text));
  const headerEnd = taskHeadings[0]?.start ?? model.text.length;
  const tasks = [];
  taskHeadings.forEach((h) => {
    const m = taskRe.exec(h.text);
    const next = model.headings.find((o) => o.start > h.start && o.depth <= h.depth);
    const end = next ? next.start : model.text.length;
    tasks.push(readTask2(model, spec2, lines.filter((l) => l.start > h.start && l.start < end), h, Number(m[1]), m[2].trim(), end));
  });
  return { header: readHeader(model, spec2, lines.filter((l) => l.start < headerEnd), headerEnd), tasks };
}
function proseLines2(model) {
  const hidden = [...model.codeBlocks, ...model.comments].sort((a, b) => a.start - b.start);
  const out2 = [];
  let h = 0;
  for (let i2 = 0; i2 < model.lines.lineCount; i2++) {
    const start2 = model.lines.starts[i2];
    const end = model.lines.lineEnd(i2);
    while (h < hidden.length && hidden[h].end <= start2) h++;
    if (h < hidden.length && hidden[h].start <= start2 && start2 < hidden[h].end) continue;
    out2.push({ start: start2, end, text: model.text.slice(start2, end) });
  }
  return out2;
}
function readHeader(model, spec2, lines, end) {
  const title = model.headings.find((x) => x.depth === 1 && x.start < end);
  const markers = [spec2.agenticLine, ...spec2.agenticMarkers ?? []].map((m) => m.toLowerCase());
  const agentic = lines.find((l) => markers.some((m) => l.text.toLowerCase().includes(m)));
  const fieldRe = new RegExp(`^\\s*(?:>\\s*)?\\*\\*(${spec2.headerFields.map(escapeRegExp).join("|")})\\s*(?::\\*\\*|\\*\\*\\s*:)\\s*(.*)$`, "i");
  const fields = [];
  lines.forEach((l, i2) => {
    const m = fieldRe.exec(l.text);
    if (!m) return;
    const name2 = spec2.headerFields.find((f) => f.toLowerCase() === m[1].toLowerCase());
    let value = m[2].trim();
    const after = lines[i2 + 1];
    if (!value && after && after.text.trim() && !fieldRe.test(after.text) && !/^\s*#/.test(after.text)) value = after.text.trim();
    if (!fields.some((f) => f.name === name2)) fields.push({ name: name2, value, start: l.start, end: l.end });
  });
  return { title, agentic: agentic && { start: agentic.start, end: agentic.end }, fields, end };
}
var CHECKBOX_STEP = (word) => new RegExp(`^\\s*[-*+]\\s+\\[([ xX])\\]\\s+(?:\\*\\*)?${escapeRegExp(word)}\\s+(\\d+)[a-z]?\\b\\s*[:.)\\u2013\\u2014-]?\\s*(.*)$`, "i");
var BOLD_STEP = (word) => new RegExp(`^\\s*(?:[-*+]\\s+|\\d+[.)]\\s+)?\\*\\*${escapeRegExp(word)}\\s+(\\d+)[a-z]?\\b\\s*[:.)\\u2013\\u2014-]?\\s*(.*)$`, "i");
var HEADING_STEP = (word) => new RegExp(`^#{2,6}\\s+${escapeRegExp(word)}\\s+(\\d+)[a-z]?\\b\\s*[:.)\\u2013\\u2014-]?\\s*(.*)$`, "i");
function readTask2(model, spec2, lines, heading, number, title, end) {
  const checkbox = CHECKBOX_STEP(spec2.stepWord);
  const bold = BOLD_STEP(spec2.stepWord);
  const headingStep = HEADING_STEP(spec2.stepWord);
  const heads = [];
  for (const l of lines) {
    let m = checkbox.exec(l.text);
    if (m) {
      heads.push({ line: l, number: Number(m[2]), title: cleanTitle(m[3]), checkbox: m[1] === " " ? " " : "x" });
      continue;
    }
    m = bold.exec(l.text) ?? headingStep.exec(l.text);
    if (m) heads.push({ line: l, number: Number(m[1]), title: cleanTitle(m[2]) });
  }
  const steps = heads.map((s, i2) => {
    const stepEnd = heads[i2 + 1]?.line.start ?? end;
    const mine = lines.filter((l) => l.start >= s.line.start && l.start < stepEnd);
    const { runs, expected } = readRuns(spec2, mine, s.line);
    return {
      number: s.number,
      title: s.title,
      start: s.line.start,
      end: stepEnd,
      head: { start: s.line.start, end: s.line.end },
      checkbox: s.checkbox,
      codeBlocks: model.codeBlocks.filter((c) => c.start >= s.line.start && c.start < stepEnd),
      runs,
      expected
    };
  });
  const firstStep = heads[0]?.line.start ?? end;
  const before = lines.filter((l) => l.start < firstStep);
  const filesLabel = before.find((l) => /^\s*\*\*Files?\s*(?::\*\*|\*\*\s*:)/i.test(l.text));
  const files = readFiles(spec2, filesLabel ? before.filter((l) => l.start >= filesLabel.start) : before);
  const noteRe = /^\s*\*\*Files?\s*(?::\*\*|\*\*\s*:)\s*\S|^\s*[-*+]\s+\S/i;
  const filesNote = !!filesLabel && !files.length && before.filter((l) => l.start >= filesLabel.start).some((l) => noteRe.test(l.text));
  return {
    number,
    title,
    heading,
    start: heading.start,
    end,
    filesLabel: filesLabel && { start: filesLabel.start, end: filesLabel.end },
    filesNote,
    files,
    steps,
    started: steps.some((s) => s.checkbox === "x")
  };
}
function cleanTitle(s) {
  return s.replace(/\*\*\s*$/, "").replace(/\*\*/g, "").replace(/[:.]\s*$/, "").trim();
}
function readRuns(spec2, lines, head3) {
  const runRe = new RegExp(`^\\s*(?:[-*+]\\s+)?(?:\\*\\*)?${escapeRegExp(spec2.runLabel)}(?:\\*\\*)?\\s*:(?:\\*\\*)?\\s*(.*)$`);
  const expRe = new RegExp(`^\\s*(?:[-*+]\\s+)?(?:\\*\\*)?${escapeRegExp(spec2.expectedLabel)}(?:\\s+[A-Za-z]+)?(?:\\*\\*)?\\s*:`);
  const runs = [];
  const expected = [];
  for (const l of lines) {
    if (l === head3) continue;
    const r = runRe.exec(l.text);
    if (r) {
      runs.push({ start: l.start, end: l.end, command: r[1].replace(/`/g, "").trim() });
      continue;
    }
    if (expRe.test(l.text)) {
      const span2 = { start: l.start, end: l.end };
      expected.push(span2);
      for (let i2 = runs.length - 1; i2 >= 0 && !runs[i2].expected; i2--) runs[i2].expected = span2;
    }
  }
  return { runs, expected };
}
function readFiles(spec2, lines) {
  const entryRe = new RegExp(`^(\\s*(?:[-*+]\\s+)?(?:\\*\\*)?(${spec2.fileKinds.map(escapeRegExp).join("|")})s?(?:\\*\\*)?\\s*:(?:\\*\\*)?\\s*)(.*)$`, "i");
  const out2 = [];
  for (const l of lines) {
    const m = entryRe.exec(l.text);
    if (!m) continue;
    const kind = spec2.fileKinds.find((k) => k.toLowerCase() === m[2].toLowerCase());
    const restStart = l.start + m[1].length;
    const rest = m[3];
    const spans = [];
    for (const c of rest.matchAll(/`([^`]+)`/g)) spans.push({ text: c[1], at: restStart + c.index + 1 });
    if (!spans.length) {
      const word = /^\S+/.exec(rest);
      if (word) spans.push({ text: word[0].replace(/[,;]$/, ""), at: restStart });
    }
    for (const [i2, s] of spans.entries()) {
      const p = /^(.*?)(?::(\d+(?:\s*[-\u2013]\s*\d+)?))?$/.exec(s.text.trim());
      if (!p[1] || /\s/.test(p[1]) || i2 > 0 && !/[/.]/.test(p[1])) continue;
      out2.push({ kind, path: p[1], range: p[2], start: s.at, end: s.at + s.text.length });
    }
  }
  return out2;
}
function superpowersShape(model, spec2) {
  const plan = superpowersPlan(model, spec2);
  const h = plan.header;
  const titled = !!h.title && h.title.text.toLowerCase().endsWith(spec2.titleSuffix.toLowerCase());
  return {
    header: (titled ? 1 : 0) + (h.agentic ? 1 : 0) + h.fields.filter((f) => f.value).length,
    tasks: plan.tasks.filter((t) => t.steps.length > 0).length,
    steps: plan.tasks.reduce((n, t) => n + t.steps.length, 0)
  };
}

// server/src/core/rules/superpowers/sp-util.ts
function spSpec(ctx) {
  return ctx.profile.superpowers ?? BUILTIN_PROFILES.superpowers.superpowers;
}
function spPlan(ctx) {
  return superpowersPlan(ctx.model, spSpec(ctx));
}
function stepName(task, step) {
  return `Step ${step.number} of Task ${task.number}${step.title ? ` ("${step.title.length > 60 ? step.title.slice(0, 57) + "..." : step.title}")` : ""}`;
}
function firstWord(title) {
  return (/^[`*_"]*([A-Za-z]+)/.exec(title)?.[1] ?? "").toLowerCase();
}

// server/src/core/rules/superpowers/mp501-superpowers-header.ts
var HINTS = {
  goal: "one sentence describing what this builds",
  architecture: "2-3 sentences about the approach",
  "tech stack": "the key technologies and libraries"
};
var rule57 = {
  meta: {
    id: "MP501",
    name: "superpowers-header",
    severity: "warning",
    description: "A superpowers plan whose header lacks its title, the line for agentic workers, or one of Goal, Architecture, Tech Stack.",
    scope: "plan",
    kinds: ["superpowers"],
    needs: []
  },
  check(ctx) {
    const spec2 = spSpec(ctx);
    const { header } = spPlan(ctx);
    const title = header.title;
    const at = title ? { start: title.start, end: title.end } : { start: 0, end: 0 };
    if (!title) ctx.report({ ...at, message: `The plan has no title: start it with \`# <Feature Name> ${spec2.titleSuffix}\`.` });
    else if (!title.text.toLowerCase().endsWith(spec2.titleSuffix.toLowerCase())) {
      ctx.report({ ...at, severity: "info", message: `The title "${title.text}" does not end with "${spec2.titleSuffix}": write \`# ${title.text} ${spec2.titleSuffix}\` as the skill's header does.` });
    }
    if (!header.agentic) {
      ctx.report({ ...at, message: `The header has no line for agentic workers: under the title write \`> **${spec2.agenticLine}:** REQUIRED SUB-SKILL: Use superpowers:subagent-driven-development (recommended) or superpowers:executing-plans to implement this plan task-by-task.\`` });
    }
    for (const name2 of spec2.headerFields) {
      const hint2 = HINTS[name2.toLowerCase()] ?? `its ${name2.toLowerCase()}`;
      const field2 = header.fields.find((f) => f.name === name2);
      if (!field2) ctx.report({ ...at, message: `The header has no **${name2}:** line: write \`**${name2}:** <${hint2}>\` under the title.` });
      else if (!field2.value) ctx.report({ start: field2.start, end: field2.end, message: `**${name2}:** is empty: write ${hint2} after it.` });
    }
  }
};

// server/src/core/rules/superpowers/mp502-task-files.ts
var rule58 = {
  meta: {
    id: "MP502",
    name: "task-files",
    severity: "warning",
    description: "A task of a superpowers plan without a **Files:** list naming each file it creates, modifies or tests.",
    scope: "plan",
    kinds: ["superpowers"],
    needs: []
  },
  check(ctx) {
    const [create, modify, test] = [...spSpec(ctx).fileKinds, "Create", "Modify", "Test"];
    const example = `\`- ${create}: exact/path\`, \`- ${modify}: exact/path:123-145\` or \`- ${test}: exact/path\``;
    for (const task of spPlan(ctx).tasks) {
      if (task.files.length || task.filesNote) continue;
      const at = task.filesLabel ?? task.heading;
      ctx.report({
        start: at.start,
        end: at.end,
        message: task.filesLabel ? `The **Files:** list of Task ${task.number} names no file: list each one as ${example}.` : `Task ${task.number} has no **Files:** list: under its heading write **Files:** and list each file as ${example}.`
      });
    }
  }
};

// server/src/core/rules/superpowers/mp503-step-checkbox.ts
var rule59 = {
  meta: {
    id: "MP503",
    name: "task-steps",
    severity: "warning",
    description: "A task of a superpowers plan without steps, or a step that is no checkbox `- [ ] **Step N: ...**` an executor can tick.",
    scope: "plan",
    kinds: ["superpowers"],
    needs: []
  },
  check(ctx) {
    const word = spSpec(ctx).stepWord;
    const { tasks } = spPlan(ctx);
    for (const task of tasks) {
      if (task.steps.length) continue;
      ctx.report({ start: task.heading.start, end: task.heading.end, message: `Task ${task.number} has no steps: write each action as a checkbox \`- [ ] **${word} 1: ...**\` (write the failing test, run it, implement, run it again, commit).` });
    }
    const steps = tasks.flatMap((task) => task.steps.map((step) => ({ task, step })));
    const bare = steps.filter((s) => !s.step.checkbox);
    if (!bare.length) return;
    const form = `\`- [ ] **${word} N: ...**\``;
    if (bare.length === steps.length && steps.length > 1) {
      const edits = bare.map((s) => checkboxEdit(ctx.model, s.step));
      const first = bare[0].step;
      ctx.report({
        ...first.head,
        message: `None of the plan's ${steps.length} steps is a checkbox: write each as ${form} so the executor can tick it when done.`,
        fixes: edits.every((e) => e) ? [{ title: "Make every step a checkbox", edits }] : void 0
      });
      return;
    }
    for (const { task, step } of bare) {
      const edit = checkboxEdit(ctx.model, step);
      ctx.report({
        ...step.head,
        message: `${stepName(task, step)} is no checkbox, unlike the plan's other steps: write it as \`- [ ] **${word} ${step.number}: ...**\` so the executor can tick it when done.`,
        fixes: edit ? [{ title: "Make the step a checkbox", edits: [edit] }] : void 0
      });
    }
  }
};
function checkboxEdit(model, step) {
  const line = model.text.slice(step.head.start, step.head.end);
  const bullet = /^(\s*)([-*+]\s+)\*\*/.exec(line);
  if (bullet) {
    const at = step.head.start + bullet[1].length + bullet[2].length;
    return { start: at, end: at, newText: "[ ] " };
  }
  const bare = /^(\s*)\*\*/.exec(line);
  if (bare) {
    const at = step.head.start + bare[1].length;
    return { start: at, end: at, newText: "- [ ] " };
  }
  return void 0;
}

// server/src/core/rules/superpowers/mp506-placeholder.ts
var ADVICE = [
  [/^similar to/i, "repeat the code here: the engineer may read the tasks out of order"],
  [/error handling/i, "show the code that handles each error: which errors, and what the code returns or logs"],
  [/validation/i, "show the code that validates: which inputs are refused, and with what error"],
  [/edge cases/i, "name each edge case and show the code and the test for it"],
  [/tests? for the above/i, "write the test code itself in a block"],
  [/later|fill in/i, "write the code or the content now"]
];
var GENERAL = "write the actual content the engineer needs here";
var HASH_COMMENTS = /* @__PURE__ */ new Set(["python", "py", "bash", "sh", "shell", "zsh", "ruby", "rb", "yaml", "yml", "toml", "perl", "r", "dockerfile", "makefile", "make", "ini", "conf", "powershell", "ps1", "nix", "elixir", "tcl"]);
var DASH_COMMENTS = /* @__PURE__ */ new Set(["sql", "lua", "haskell", "hs"]);
var CONTENT_BLOCKS = /* @__PURE__ */ new Set(["markdown", "md", "text", "txt", "diff", "patch", "csv", "json"]);
var cache11 = /* @__PURE__ */ new WeakMap();
function placeholdersOf(ctx) {
  const spec2 = spSpec(ctx);
  let perModel = cache11.get(ctx.model);
  if (!perModel) cache11.set(ctx.model, perModel = /* @__PURE__ */ new Map());
  let out2 = perModel.get(spec2);
  if (!out2) perModel.set(spec2, out2 = find2(ctx, spec2));
  return out2;
}
function adviceFor(found) {
  return ADVICE.find(([re]) => re.test(found))?.[1] ?? GENERAL;
}
function find2(ctx, spec2) {
  const { model } = ctx;
  const hidden = [...model.codeBlocks, ...model.inlineCodes, ...model.comments, ...model.links.filter((l) => model.text.startsWith("http", l.start))];
  const inHidden = (at) => hidden.some((h) => h.start <= at && at < h.end);
  const upper = spec2.placeholders.filter((p) => p === p.toUpperCase());
  const phrases = spec2.placeholders.filter((p) => p !== p.toUpperCase());
  const patterns = [wordsRe(upper, "g"), wordsRe(phrases, "gi")].filter((r) => !!r);
  const out2 = [];
  const lines = /* @__PURE__ */ new Set();
  const add = (at, len, found) => {
    const line = model.lines.positionAt(at).line;
    if (lines.has(line)) return;
    lines.add(line);
    out2.push({ start: at, end: at + len, found: found.replace(/\s+/g, " ") });
  };
  for (const re of patterns) for (const m of model.text.matchAll(re)) if (!inHidden(m.index)) add(m.index, m[0].length, m[0]);
  const vague = spec2.vagueSteps.length ? new RegExp(`\\b(?:${spec2.vagueSteps.join("|")})\\b`, "gi") : void 0;
  if (vague) {
    for (const task of spPlan(ctx).tasks) {
      const firstStep = task.steps[0]?.start ?? task.end;
      const regions = [{ start: task.heading.end, end: firstStep, code: 0 }, ...task.steps.map((s) => ({ start: s.start, end: s.end, code: s.codeBlocks.length }))];
      for (const r of regions) {
        if (r.code) continue;
        for (const m of model.text.slice(r.start, r.end).matchAll(vague)) if (!inHidden(r.start + m.index)) add(r.start + m.index, m[0].length, m[0]);
      }
    }
  }
  for (const block of model.codeBlocks) codeComments(ctx, block, add);
  return out2.sort((a, b) => a.start - b.start);
}
var rule60 = {
  meta: {
    id: "MP506",
    name: "plan-placeholder",
    severity: "warning",
    description: 'A placeholder the writing-plans skill calls a plan failure: TBD, TODO, "implement later", or a step that describes instead of showing ("add appropriate error handling", "similar to Task N") without code.',
    scope: "plan",
    kinds: ["superpowers"],
    needs: []
  },
  check(ctx) {
    for (const p of placeholdersOf(ctx)) {
      ctx.report({ start: p.start, end: p.end, message: `"${p.found}" is a placeholder, a plan failure by the writing-plans skill: ${adviceFor(p.found)}.` });
    }
  }
};
function wordsRe(list3, flags2) {
  if (!list3.length) return void 0;
  return new RegExp(`(?<![\\w-])(?:${list3.map((p) => escapeRegExp(p).replace(/\s+/g, "\\s+")).join("|")})(?![\\w-])`, flags2);
}
function codeComments(ctx, block, report) {
  const lang = (block.lang ?? "").toLowerCase().split(/[\s{]/)[0];
  if (CONTENT_BLOCKS.has(lang)) return;
  const marker = HASH_COMMENTS.has(lang) ? "#" : DASH_COMMENTS.has(lang) ? "--" : "//";
  const re = new RegExp(`(?:^|\\s)(?:${escapeRegExp(marker)}|/\\*)\\s*((?:TODO|TBD|FIXME)\\b[^\\n]*|[^\\n]*\\b(?:implement later|fill in (?:the )?details)\\b[^\\n]*)`, "g");
  const { model } = ctx;
  const first = model.lines.positionAt(codeStart(model, block)).line;
  block.value.split("\n").forEach((text4, row) => {
    re.lastIndex = 0;
    const m = re.exec(text4);
    if (!m || /#\d+|\bissue\b|\(\w*#?\d+\)/i.test(m[1])) return;
    if (inString(text4, m.index)) return;
    const line = Math.min(first + row, model.lines.lineCount - 1);
    const docLine = model.text.slice(model.lines.starts[line], model.lines.lineEnd(line));
    const found = /(TODO|TBD|FIXME|implement later|fill in (?:the )?details)/i.exec(m[1])[1];
    const col = docLine.indexOf(found);
    report(model.lines.starts[line] + Math.max(0, col), found.length, found);
  });
}
function inString(text4, at) {
  const before = text4.slice(0, at);
  return (before.match(/"/g)?.length ?? 0) % 2 === 1 || (before.match(/`/g)?.length ?? 0) % 2 === 1;
}

// server/src/core/rules/superpowers/mp504-step-code.ts
var rule61 = {
  meta: {
    id: "MP504",
    name: "step-code-missing",
    severity: "warning",
    description: "A step of a superpowers plan that changes code (write, implement, add, update ...) but shows no code block.",
    scope: "plan",
    kinds: ["superpowers"],
    needs: []
  },
  check(ctx) {
    const spec2 = spSpec(ctx);
    const verbs = new Set(spec2.codeVerbs.map((v) => v.toLowerCase()));
    const notCode = spec2.notCode.map((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`, "i"));
    for (const task of spPlan(ctx).tasks) {
      for (const step of task.steps) {
        if (step.codeBlocks.length || !verbs.has(firstWord(step.title))) continue;
        if (notCode.some((re) => re.test(step.title))) continue;
        if (placeholdersOf(ctx).some((p) => p.start >= step.start && p.start < step.end)) continue;
        ctx.report({
          ...step.head,
          message: `${stepName(task, step)} changes code but shows none: put the exact code under it in a fenced block (\`\`\`go, \`\`\`python ...), the whole function or test, not a description of it.`
        });
      }
    }
  }
};

// server/src/core/rules/superpowers/mp505-run-expected.ts
var RUN_WORDS = /* @__PURE__ */ new Set(["run", "verify", "rerun"]);
var rule62 = {
  meta: {
    id: "MP505",
    name: "run-without-expected",
    severity: "warning",
    description: "A run step of a superpowers plan without its `Run:` command or without the `Expected:` result the command should give.",
    scope: "plan",
    kinds: ["superpowers"],
    needs: []
  },
  check(ctx) {
    const { runLabel: run2, expectedLabel: expected } = spSpec(ctx);
    const example = `\`${expected}: PASS\` or \`${expected}: FAIL with "..."\``;
    for (const task of spPlan(ctx).tasks) {
      for (const step of task.steps) {
        for (const r of step.runs) {
          if (r.expected) continue;
          ctx.report({ start: r.start, end: r.end, message: `${run2}: ${r.command ? `\`${r.command}\` ` : ""}has no ${expected}: line: under it say what the engineer should see, e.g. ${example}.` });
        }
        if (step.runs.length || !RUN_WORDS.has(firstWord(step.title))) continue;
        const shown = step.codeBlocks.length > 0 || /`[^`]+`/.test(step.title);
        if (shown && step.expected.length) continue;
        ctx.report({
          ...step.head,
          message: shown ? `${stepName(task, step)} runs a command but says nothing of its result: add \`${expected}: ...\` under it, e.g. ${example}.` : `${stepName(task, step)} names no command: write \`${run2}: <the exact command>\` and \`${expected}: ...\` under it, e.g. ${example}.`
        });
      }
    }
  }
};

// server/src/core/suggest.ts
var path5 = __toESM2(require("node:path"));
var rowA = new Int32Array(64);
var rowB = new Int32Array(64);
function editDistance(a, b, max = 64) {
  const la = a.length;
  const lb = b.length;
  const big = max + 1;
  if (Math.abs(la - lb) > max) return big;
  if (la === 0 || lb === 0) return Math.max(la, lb);
  if (rowA.length <= lb + 1) {
    rowA = new Int32Array(lb * 2 + 2);
    rowB = new Int32Array(lb * 2 + 2);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= lb; j++) prev[j] = j <= max ? j : big;
  for (let i2 = 1; i2 <= la; i2++) {
    const lo = Math.max(1, i2 - max);
    const hi = Math.min(lb, i2 + max);
    cur[0] = i2 <= max ? i2 : big;
    cur[lo - 1] = lo === 1 ? cur[0] : big;
    let rowMin = lo === 1 ? cur[0] : big;
    const ca = a.charCodeAt(i2 - 1);
    for (let j = lo; j <= hi; j++) {
      let v = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      if (v > big) v = big;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < lb) cur[hi + 1] = big;
    if (rowMin > max) return big;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[lb], big);
}
function closestPaths(cited, all2, byBase, limit) {
  const base = path5.posix.basename(cited);
  const dir = path5.posix.dirname(cited);
  const budget = Math.max(2, Math.floor(cited.length / 4));
  const siblings2 = dir === "." ? [] : all2.filter((rel) => path5.posix.dirname(rel) === dir && path5.posix.basename(rel) !== base && editDistance(base, path5.posix.basename(rel), budget) <= budget);
  const same = [...byBase.get(base) ?? [], ...siblings2].sort((a, b) => editDistance(cited, a) - editDistance(cited, b));
  if (same.length >= limit) return same.slice(0, limit);
  const scored = [];
  for (const rel of all2) {
    if (same.includes(rel)) continue;
    const d = Math.min(editDistance(cited, rel, budget), editDistance(base, path5.posix.basename(rel), budget) + 1);
    if (d <= budget) scored.push([d, rel]);
  }
  scored.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
  return [...same, ...scored.map((s) => s[1])].slice(0, limit);
}

// server/src/core/goidents.ts
var path6 = __toESM2(require("node:path"));
var indexes2 = /* @__PURE__ */ new WeakMap();
var BATCH2 = 32;
var REFRESH_INTERVAL_MS2 = 3e3;
var FUNC_RESULT = /^func[ \t]+([A-Za-z_]\w*)[ \t]*\([^)\n]*\)[ \t]*\(?[ \t]*\*?([A-Za-z_]\w*)[ \t]*[,{)]/gm;
var TYPE_HEAD = /^type[ \t]+([A-Za-z_]\w*)(?:\[[^\]\n]*\])?[ \t]+(=?)[ \t]*(struct|interface)?[ \t]*(\{)?/gm;
function goIdents(ws) {
  return indexOf2(ws).ready;
}
function goIdentMissed(ws) {
  const idx = indexes2.get(ws);
  if (!idx || idx.refreshing || Date.now() - idx.refreshedAt < REFRESH_INTERVAL_MS2) return;
  idx.refreshing = scanAll2(ws, idx).then((r) => {
    idx.ready = Promise.resolve(r);
  }).catch(() => void 0).finally(() => {
    idx.refreshing = void 0;
  });
}
function indexOf2(ws) {
  const listing2 = ws.goFiles();
  let idx = indexes2.get(ws);
  if (!idx || idx.listing !== listing2) {
    const fresh = { listing: listing2, files: idx?.files ?? /* @__PURE__ */ new Map(), ready: void 0, refreshedAt: 0 };
    fresh.ready = scanAll2(ws, fresh);
    indexes2.set(ws, idx = fresh);
  }
  return idx;
}
async function scanAll2(ws, idx) {
  const files = [...(await idx.listing).entries()];
  const seen = /* @__PURE__ */ new Set();
  for (let i2 = 0; i2 < files.length; i2 += BATCH2) {
    await Promise.all(files.slice(i2, i2 + BATCH2).map(async ([rel, abs]) => {
      seen.add(rel);
      const entry = await scan2(ws, abs, idx.files.get(rel));
      if (entry) idx.files.set(rel, entry);
      else idx.files.delete(rel);
    }));
  }
  for (const rel of [...idx.files.keys()]) if (!seen.has(rel)) idx.files.delete(rel);
  idx.refreshedAt = Date.now();
  const out2 = { idents: /* @__PURE__ */ new Set(), types: /* @__PURE__ */ new Map(), results: /* @__PURE__ */ new Map(), packages: /* @__PURE__ */ new Set(), module: await modulePath(ws) };
  for (const [rel, e] of idx.files) {
    for (const n of e.idents) out2.idents.add(n);
    for (const [n, closed] of e.types) out2.types.set(n, (out2.types.get(n) ?? true) && closed);
    for (const [n, t] of e.results) out2.results.set(n, out2.results.has(n) && out2.results.get(n) !== t ? "" : t);
    const dir = path6.posix.dirname(rel);
    if (dir !== ".") out2.packages.add(path6.posix.basename(dir));
    if (e.pkg) out2.packages.add(e.pkg);
  }
  return out2;
}
async function scan2(ws, abs, known) {
  try {
    const real = await ws.fs.realpath(abs);
    if (!await ws.isInside(real)) return void 0;
    const st = await ws.fs.stat(real);
    if (!st.isFile() || st.size > ws.maxFileSize) return void 0;
    if (known && known.mtimeMs === st.mtimeMs && known.size === st.size) return known;
    const text4 = (await ws.fs.readFile(real)).toString("utf8");
    return { mtimeMs: st.mtimeMs, size: st.size, idents: [...new Set(text4.match(/[A-Za-z_]\w*/g) ?? [])], types: typesIn(text4), results: resultsIn(text4), pkg: /^package[ \t]+(\w+)/m.exec(text4)?.[1] };
  } catch {
    return void 0;
  }
}
function typesIn(text4) {
  const out2 = [];
  TYPE_HEAD.lastIndex = 0;
  let m;
  while (m = TYPE_HEAD.exec(text4)) {
    if (m[2] || !m[3] || !m[4]) {
      out2.push([m[1], false]);
      continue;
    }
    const close = text4.indexOf("\n}", m.index);
    const body2 = text4.slice(m.index + m[0].length, close < 0 ? text4.length : close);
    out2.push([m[1], !body2.split("\n").some(isEmbedded)]);
  }
  return out2;
}
function resultsIn(text4) {
  FUNC_RESULT.lastIndex = 0;
  return [...text4.matchAll(FUNC_RESULT)].map((m) => [m[1], m[2]]);
}
function isEmbedded(line) {
  const code2 = line.replace(/\/\/.*$/, "").trim();
  return /^\*?[A-Za-z_][\w.]*(?:\[[^\]]*\])?$/.test(code2) && code2 !== "";
}
async function modulePath(ws) {
  for (const root of await ws.roots()) {
    try {
      const text4 = (await ws.fs.readFile(path6.join(root, "go.mod"))).toString("utf8");
      const m = /^module[ \t]+(\S+)/m.exec(text4);
      if (m) return m[1];
    } catch {
    }
  }
  return void 0;
}

// server/src/core/rules/superpowers/go-names.ts
var BUILTINS = /* @__PURE__ */ new Set([
  "append",
  "cap",
  "clear",
  "close",
  "complex",
  "copy",
  "delete",
  "imag",
  "len",
  "make",
  "max",
  "min",
  "new",
  "panic",
  "print",
  "println",
  "real",
  "recover",
  "bool",
  "byte",
  "complex64",
  "complex128",
  "error",
  "float32",
  "float64",
  "int",
  "int8",
  "int16",
  "int32",
  "int64",
  "rune",
  "string",
  "uint",
  "uint8",
  "uint16",
  "uint32",
  "uint64",
  "uintptr",
  "any",
  "comparable",
  "true",
  "false",
  "iota",
  "nil",
  "_"
]);
function isBuiltin(name2) {
  return BUILTINS.has(name2);
}
var cache12 = /* @__PURE__ */ new WeakMap();
function planGo(model) {
  let p = cache12.get(model);
  if (!p) cache12.set(model, p = read2(model));
  return p;
}
async function read2(model) {
  const out2 = { declared: /* @__PURE__ */ new Set(), declaredAt: /* @__PURE__ */ new Map(), types: /* @__PURE__ */ new Map(), results: /* @__PURE__ */ new Map(), packages: /* @__PURE__ */ new Set(), imports: /* @__PURE__ */ new Map(), dotImports: /* @__PURE__ */ new Set(), uses: [] };
  const results = out2.results;
  const parser = await goParser();
  for (const block of model.codeBlocks) {
    if (!isGoLabel(block.lang)) continue;
    let tree = parser.parse(block.value + "\n");
    let offset = 0;
    if (tree && tree.rootNode.hasError) {
      tree.delete();
      tree = parser.parse(`package p
func _() {
${block.value}
}
`);
      offset = 2;
    }
    if (!tree || tree.rootNode.hasError) {
      tree?.delete();
      for (const n of block.value.match(/[A-Za-z_]\w*/g) ?? []) out2.declared.add(n);
      continue;
    }
    try {
      walk2(tree.rootNode, { out: out2, block, vars: /* @__PURE__ */ new Map(), uses: out2.uses, results, offset, typeName: void 0 });
    } finally {
      tree.delete();
    }
  }
  return out2;
}
function declare(w, name2, packageLevel = false) {
  if (!name2) return;
  w.out.declared.add(name2);
  if (packageLevel && !w.out.declaredAt.has(name2)) w.out.declaredAt.set(name2, w.block);
}
function bind(w, name2, type) {
  declare(w, name2);
  if (type) w.vars.set(name2, type);
  else w.vars.delete(name2);
}
function use(w, node2, kind, name2, via) {
  const viaType = kind === "member" && via ? w.vars.get(via) : void 0;
  w.uses.push({ name: name2, kind, via, viaType, block: w.block, row: node2.startPosition.row - w.offset });
}
function baseType(node2) {
  if (!node2) return void 0;
  if (node2.type === "type_identifier") return node2.text;
  if (node2.type === "pointer_type" || node2.type === "generic_type") return baseType(node2.namedChildren.find((c) => !!c && c.type !== "type_arguments"));
  if (node2.type === "parameter_list") {
    const first = node2.namedChildren.find((c) => c?.type === "parameter_declaration");
    return baseType(first?.childForFieldName("type"));
  }
  return void 0;
}
function identifiers(node2) {
  if (!node2) return [];
  if (node2.type === "identifier") return [node2];
  return node2.namedChildren.filter((c) => !!c && c.type === "identifier");
}
function walk2(node2, w) {
  switch (node2.type) {
    case "package_clause": {
      const name2 = node2.namedChildren.find((c) => c?.type === "package_identifier")?.text;
      if (name2) w.out.packages.add(name2);
      return;
    }
    case "import_spec": {
      const p = node2.childForFieldName("path")?.text.replace(/^["`]|["`]$/g, "") ?? "";
      const alias = node2.childForFieldName("name")?.text ?? p.split("/").pop() ?? "";
      if (alias === ".") w.out.dotImports.add(w.block);
      let m = w.out.imports.get(w.block);
      if (!m) w.out.imports.set(w.block, m = /* @__PURE__ */ new Map());
      m.set(alias, p);
      return;
    }
    case "function_declaration": {
      const name2 = node2.childForFieldName("name")?.text;
      declare(w, name2, true);
      const result = baseType(node2.childForFieldName("result"));
      if (name2 && result) w.results.set(name2, result);
      walkScoped(node2, w);
      return;
    }
    case "method_declaration": {
      declare(w, node2.childForFieldName("name")?.text, true);
      const inner = { ...w, vars: new Map(w.vars) };
      for (const p of node2.childForFieldName("receiver")?.namedChildren ?? []) {
        if (p?.type !== "parameter_declaration") continue;
        const t = baseType(p.childForFieldName("type"));
        for (const id of identifiers(p.childForFieldName("name"))) bind(inner, id.text, t);
      }
      walkScoped(node2, inner);
      return;
    }
    case "type_spec":
    case "type_alias": {
      const nameNode = node2.childForFieldName("name");
      const name2 = nameNode?.text;
      declare(w, name2, true);
      const type = node2.childForFieldName("type");
      const closed = node2.type === "type_spec" && !!type && closedType(type);
      if (name2) w.out.types.set(name2, (w.out.types.get(name2) ?? true) && closed);
      for (const c of node2.namedChildren) if (c && c !== nameNode) walk2(c, { ...w, typeName: name2 });
      return;
    }
    case "field_declaration":
    case "method_elem":
    case "method_spec":
      for (const c of node2.namedChildren) if (c?.type === "field_identifier") declare(w, c.text, true);
      break;
    case "const_spec":
    case "var_spec": {
      const t = baseType(node2.childForFieldName("type"));
      for (const id of identifiers(node2)) {
        bind(w, id.text, t);
        declare(w, id.text, true);
      }
      break;
    }
    case "parameter_declaration":
    case "variadic_parameter_declaration": {
      const t = baseType(node2.childForFieldName("type"));
      for (const id of identifiers(node2)) bind(w, id.text, t);
      break;
    }
    case "type_parameter_declaration":
      for (const id of identifiers(node2)) declare(w, id.text);
      break;
    case "short_var_declaration":
    case "range_clause":
    case "receive_statement": {
      const right = node2.childForFieldName("right");
      if (right) walk2(right, w);
      const left = identifiers(node2.childForFieldName("left"));
      const values = right?.namedChildren.filter((c) => !!c) ?? [];
      left.forEach((id, i2) => {
        let t;
        if (node2.type === "short_var_declaration" && i2 === 0 && values.length === 1) {
          const fn = values[0].type === "call_expression" ? values[0].childForFieldName("function") : void 0;
          t = producedType(values[0]) ?? (fn?.type === "identifier" ? `call:${fn.text}` : void 0);
        } else if (node2.type === "short_var_declaration" && values.length === left.length) t = producedType(values[i2]);
        bind(w, id.text, t);
      });
      return;
    }
    case "type_switch_statement":
      for (const id of identifiers(node2.childForFieldName("alias"))) bind(w, id.text, void 0);
      break;
    case "labeled_statement":
      declare(w, node2.childForFieldName("label")?.text);
      break;
    case "call_expression": {
      const fn = node2.childForFieldName("function");
      if (fn?.type === "identifier") use(w, fn, "call", fn.text);
      break;
    }
    case "selector_expression": {
      const operand = node2.childForFieldName("operand");
      const field2 = node2.childForFieldName("field");
      if (operand?.type === "identifier" && field2) use(w, field2, "member", field2.text, operand.text);
      break;
    }
    case "qualified_type": {
      const pkg = node2.childForFieldName("package")?.text;
      const name2 = node2.childForFieldName("name");
      if (pkg && name2) use(w, name2, "qualified", name2.text, pkg);
      return;
    }
    case "type_identifier":
      use(w, node2, "type", node2.text);
      return;
    default:
      break;
  }
  for (const c of node2.namedChildren) if (c) walk2(c, w);
}
function walkScoped(node2, w) {
  const inner = { ...w, vars: new Map(w.vars) };
  for (const c of node2.namedChildren) if (c) walk2(c, inner);
}
function producedType(expr) {
  let e = expr;
  if (e.type === "unary_expression" && e.childForFieldName("operator")?.text === "&") e = e.childForFieldName("operand") ?? e;
  if (e.type === "composite_literal") return baseType(e.childForFieldName("type"));
  if (e.type === "call_expression" && e.childForFieldName("function")?.text === "new") {
    const arg = e.childForFieldName("arguments")?.namedChildren[0];
    return baseType(arg);
  }
  return void 0;
}
function closedType(type) {
  if (type.type === "struct_type") {
    const list3 = type.namedChildren.find((c) => c?.type === "field_declaration_list");
    return !(list3?.namedChildren ?? []).some((f) => f?.type === "field_declaration" && !f.childForFieldName("name"));
  }
  if (type.type === "interface_type") return !type.namedChildren.some((c) => !!c && c.type !== "method_elem" && c.type !== "method_spec" && c.type !== "comment");
  return false;
}

// server/src/core/rules/superpowers/mp507-name-undefined.ts
var rule63 = {
  meta: {
    id: "MP507",
    name: "name-undefined",
    severity: "warning",
    description: "A function, method, field or type a superpowers plan's Go code uses that no task's code defines and the workspace does not declare (the skill's type-consistency check).",
    scope: "plan",
    kinds: ["superpowers"],
    needs: []
  },
  async check(ctx) {
    const go = await planGo(ctx.model);
    if (!go.uses.length) return;
    let ws;
    const workspace = async () => ws ??= await goIdents(ctx.workspace);
    const known = async (name2) => go.declared.has(name2) || isBuiltin(name2) || (await workspace()).idents.has(name2);
    const reported = /* @__PURE__ */ new Set();
    for (const u of go.uses) {
      const key2 = `${u.via ?? ""}.${u.name}`;
      if (reported.has(key2) || go.declared.has(u.name) || isBuiltin(u.name)) continue;
      const subject = await subjectOf(ctx, go, u, workspace);
      if (!subject || await known(u.name)) continue;
      reported.add(key2);
      goIdentMissed(ctx.workspace);
      ctx.report({ ...spanOf(ctx, u), message: `${subject}, but no task's code defines it and the workspace does not declare it.${hint(ctx, go, u.name)} Use the name the defining task gives, or add the code that defines it to the task that first needs it.` });
    }
  }
};
async function subjectOf(ctx, go, u, workspace) {
  if (u.kind === "call") return go.dotImports.has(u.block) ? void 0 : `\`${u.name}()\` is called here`;
  if (u.kind === "type") return `Type \`${u.name}\` is used here`;
  if (u.kind === "member" && u.viaType) {
    const type = u.viaType.startsWith("call:") ? go.results.get(u.viaType.slice(5)) ?? (await workspace()).results.get(u.viaType.slice(5)) : u.viaType;
    if (!type) return void 0;
    const closed = go.types.has(type) ? go.types.get(type) && (await workspace()).types.get(type) !== false : (await workspace()).types.get(type);
    return closed ? `\`${u.via}.${u.name}\` is used here (${u.via} is a ${type})` : void 0;
  }
  if (!u.via || u.kind === "member" && go.declared.has(u.via)) return void 0;
  const imported2 = go.imports.get(u.block)?.get(u.via);
  const ours = imported2 !== void 0 ? isModulePath(imported2, (await workspace()).module) : go.packages.has(u.via) || (await workspace()).packages.has(u.via);
  return ours ? `\`${u.via}.${u.name}\` is used here (package ${u.via} is this workspace's)` : void 0;
}
function isModulePath(p, module2) {
  return !!module2 && (p === module2 || p.startsWith(module2 + "/"));
}
function spanOf(ctx, u) {
  const { model } = ctx;
  const line = Math.min(model.lines.positionAt(codeStart(model, u.block)).line + Math.max(0, u.row), model.lines.lineCount - 1);
  const start2 = model.lines.starts[line];
  const text4 = model.text.slice(start2, model.lines.lineEnd(line));
  const m = new RegExp(`(?<![\\w])${escapeRegExp(u.name)}(?![\\w])`).exec(text4);
  return m ? { start: start2 + m.index, end: start2 + m.index + u.name.length } : { start: start2, end: model.lines.lineEnd(line) };
}
function hint(ctx, go, name2) {
  const words2 = wordsOf(name2);
  let best;
  for (const n of go.declaredAt.keys()) {
    const d = editDistance(n.toLowerCase(), name2.toLowerCase(), 8);
    const sameWords = wordsOf(n) === words2;
    if (!sameWords && d > Math.max(2, Math.ceil(name2.length / 3))) continue;
    const score = sameWords ? 0 : d;
    if (!best || score < best.score) best = { name: n, score };
  }
  if (!best) return "";
  const task = taskOf(ctx, go.declaredAt.get(best.name));
  return ` Did you mean \`${best.name}\`${task ? ` (defined in Task ${task})` : ""}?`;
}
function wordsOf(name2) {
  return name2.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/_/g, " ").toLowerCase().split(/\s+/).filter(Boolean).sort().join(" ");
}
function taskOf(ctx, block) {
  return spPlan(ctx).tasks.find((t) => t.start <= block.start && block.start < t.end)?.number;
}

// server/src/core/plan/detect.ts
var path7 = __toESM2(require("node:path"));
var import_picomatch = __toESM2(require_picomatch2());

// server/src/core/plan/tier.ts
var SMALL_TIER = /^[ \t>]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:PR[ \t]+)?(?:Size[ \t]+)?Tier(?:[ \t]*\((?:PR[ \t]+)?size\))?[ \t]*(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*Small\b(?![ \t]*[/+-][ \t]*\w)/im;
function declaresSmallTier(model) {
  const head3 = model.text.split("\n", 60).join("\n");
  return SMALL_TIER.test(head3);
}
function compactForSmallTier(model, profile) {
  if (profile !== BUILTIN_PROFILES.micro || !declaresSmallTier(model)) return void 0;
  return BUILTIN_PROFILES["micro-compact"];
}

// server/src/core/plan/place-detect.ts
function chooseByPlace(model, rel) {
  const title = model.headings.find((h) => h.depth === 1)?.text ?? "";
  for (const profile of placed()) {
    const d = profile.detect;
    const inFolder = !!rel && d.paths.some((p) => regex(p).test(rel));
    let byTitle = false;
    let found = 0;
    if (!inFolder && d.title && regex(d.title).test(title)) {
      found = specKitSections(model, profile).matched;
      byTitle = found >= (d.minSections ?? profile.minSections);
    }
    if (!inFolder && !byTitle) continue;
    const held = (d.placeholders ?? []).filter((p) => model.text.includes(p));
    if (held.length >= 2) return { reason: `not a plan: a template (placeholders such as ${held.slice(0, 3).join(", ")})`, notPlan: "template" };
    const reason = inFolder ? `a spec-kit feature folder's document (by its path): the "${profile.name}" profile` : `its title and ${found} of the ${profile.sections.length} sections of the "${profile.name}" profile`;
    return { profile, kind: profile.kind, reason };
  }
  return void 0;
}
var cached;
function placed() {
  cached ??= Object.values(BUILTIN_PROFILES).filter((p) => p.detect);
  return cached;
}
var regexes = /* @__PURE__ */ new Map();
function regex(source) {
  let r = regexes.get(source);
  if (!r) regexes.set(source, r = new RegExp(source, "iu"));
  return r;
}

// server/src/core/plan/detect.ts
var CLEAR_MARGIN = 2;
var matchers2 = /* @__PURE__ */ new Map();
function globMatcher(globs) {
  const key2 = globs.join("\0");
  let m = matchers2.get(key2);
  if (!m) matchers2.set(key2, m = (0, import_picomatch.default)(globs, { dot: true }));
  return m;
}
var choices = /* @__PURE__ */ new WeakMap();
function chooseProfile(model, config, root, file) {
  const rel = file ? path7.relative(root, file).split(path7.sep).join("/") : "";
  let perModel = choices.get(model);
  if (!perModel) choices.set(model, perModel = /* @__PURE__ */ new Map());
  const hit = perModel.get(rel);
  if (hit && hit.config === config) return hit.choice;
  let choice;
  try {
    choice = choose(model, config, rel);
  } catch (e) {
    choice = { reason: `could not tell the profile (${e?.message ?? e})`, notPlan: "no-fit" };
  }
  perModel.set(rel, { config, choice });
  return choice;
}
function choose(model, config, rel) {
  const pins = config.profiles ?? [];
  for (const pin of pins) {
    if (!rel || !globMatcher(pin.files)(rel)) continue;
    const where3 = `pinned by "profiles" in .macroplan.json (${pin.files.join(", ")})`;
    if (pin.profile === NO_PROFILE) return { reason: `not a plan: ${where3}`, notPlan: "pinned" };
    if (pin.profile === AUTO_PROFILE) break;
    const profile = resolveProfile(pin.profile).profile;
    return { profile, kind: profile.kind, reason: where3 };
  }
  const placed2 = chooseByPlace(model, rel);
  if (placed2) return placed2;
  const copy = writtenToCopy(model, rel);
  if (copy && !(copy.byPlaceholders && declaresKind(model))) return { reason: `not a plan: ${copy.reason}`, notPlan: copy.kind };
  const preferred = config.profile && config.profile !== AUTO_PROFILE ? resolveProfile(config.profile).profile : void 0;
  const candidates = Object.values(BUILTIN_PROFILES).filter((p) => !p.detect);
  if (preferred && !candidates.includes(preferred)) candidates.unshift(preferred);
  const fits2 = candidates.map((p) => fit(model, p, rel));
  const yields = (f) => (f.profile.yieldsTo ?? []).some((k) => fits2.some((g) => g.qualifies && g.profile.kind === k));
  const qualifying = fits2.filter((f) => f.qualifies && !yields(f));
  const best = (list3) => list3.reduce((a, b) => !a || b.score > a.score ? b : a, void 0);
  const globbed = !!rel && globMatcher(config.files)(rel);
  const pref = preferred ? fits2[candidates.indexOf(preferred)] : void 0;
  const top = best(qualifying);
  if (pref && (pref.qualifies || globbed || top && top.profile.kind === pref.profile.kind)) {
    if (!top || top === pref || top.profile.kind === pref.profile.kind || top.score < pref.score + CLEAR_MARGIN) {
      return { profile: pref.profile, kind: pref.profile.kind, reason: `the configured profile; ${describe(pref)}${globbed && !pref.qualifies ? '; a "files" glob marks it as a plan' : ""}` };
    }
    return { profile: top.profile, kind: top.profile.kind, reason: otherKind(top, pref) };
  }
  if (top) {
    const compact = compactForSmallTier(model, top.profile);
    if (compact) return { profile: compact, kind: compact.kind, reason: `${describe(top)}; it declares the Small tier, which micro-plan-template.md writes in the compact format` };
    return { profile: top.profile, kind: top.profile.kind, reason: pref && pref.profile.kind !== top.profile.kind ? otherKind(top, pref) : describe(top) };
  }
  if (globbed) {
    const f = pref ?? best(fits2.filter((x) => x.profile.kind === "macro")) ?? fits2[0];
    return { profile: f.profile, kind: f.profile.kind, reason: `a "files" glob marks it as a plan; ${describe(f)}` };
  }
  return { reason: "not a plan: it has too few sections of any profile", notPlan: "no-fit" };
}
var DECLARED_WEIGHT = 5;
function declaresKind(model) {
  return Object.values(BUILTIN_PROFILES).some((p) => !!p.design && !!speciesLine(model, p.design)?.species);
}
function fit(model, profile, rel) {
  const structure = planStructure(model, profile);
  if (profile.superpowers) return shapeFit(model, profile, structure, rel);
  let score = 0;
  const titled = /* @__PURE__ */ new Set();
  for (const s of structure.sections) {
    if (!s.spec) continue;
    if (s.titleSpec === s.spec) {
      if (!titled.has(s.spec)) score += 1;
      titled.add(s.spec);
      if (s.writtenLetter && s.spec.letter) score += s.writtenLetter === s.spec.letter ? 0.5 : -0.5;
    } else {
      score += 0.5;
    }
  }
  const required = profile.sections.filter((s) => s.required);
  const present = new Set(structure.sections.map((s) => s.spec));
  if (required.length) score += 3 * required.filter((s) => present.has(s)).length / required.length;
  let qualifies = titled.size >= (profile.minSections || 5);
  let contracts = 0;
  let tasks = 0;
  if (profile.kind === "micro" && qualifies) {
    const m = microPlan(model, structure);
    contracts = m.contracts.length;
    tasks = m.tasks.length;
    score += (contracts > 0 ? 1 : 0) + (tasks > 0 ? 1 : 0);
    qualifies = contracts + tasks > 0;
  }
  const declared = profile.design ? speciesLine(model, profile.design)?.species?.name : void 0;
  if (declared) {
    score += DECLARED_WEIGHT;
    qualifies = true;
  }
  return { profile, structure, titled: titled.size, score, qualifies, contracts, tasks, declared };
}
function shapeFit(model, profile, structure, rel) {
  const spec2 = profile.superpowers;
  const shape = superpowersShape(model, spec2);
  const placed2 = !!rel && globMatcher(spec2.paths)(rel);
  const qualifies = shape.tasks > 0 && (shape.header >= 2 || placed2);
  const score = shape.header + (shape.tasks > 0 ? 2 : 0) + (shape.steps > 0 ? 1 : 0) + (placed2 ? 2 : 0);
  const parts2 = 2 + spec2.headerFields.length;
  const detail = `the "${profile.name}" plan shape: ${shape.header} of ${parts2} header parts, ${plural2(shape.tasks, "task")} with ${plural2(shape.steps, "step")}${placed2 ? ", in docs/superpowers/plans/" : ""}`;
  return { profile, structure, titled: 0, score, qualifies, contracts: 0, tasks: shape.tasks, detail };
}
function describe(f) {
  if (f.detail) return f.detail;
  const total = f.profile.sections.length;
  const extra = f.profile.kind === "micro" ? `, ${plural2(f.contracts, "contract")}, ${plural2(f.tasks, "task")}` : "";
  const declared = f.declared ? `declares the species ${f.declared}; ` : "";
  return `${declared}${f.structure.matchedCount} of the ${total} sections of the "${f.profile.name}" profile${extra}`;
}
function otherKind(top, pref) {
  const noun = top.profile.kind === "design" ? "a design document" : `a ${top.profile.kind} plan`;
  return `${describe(top)}: ${noun}, which the configured "${pref.profile.name}" (${pref.profile.kind}) does not describe`;
}
function plural2(n, one2) {
  return `${n} ${one2}${n === 1 ? "" : "s"}`;
}
function writtenToCopy(model, rel) {
  const text4 = model.text;
  if (/(?:^|\/)\.(?:claude|cursor|codex|gemini)\/(?:commands|agents|prompts|skills)\//.test(rel) || /(?:^|\/)\.github\/(?:prompts|agents)\//.test(rel) || /\.prompt\.md$/i.test(rel)) {
    return { kind: "agent-command", reason: "an agent command file (by its folder)" };
  }
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text4);
  if (front && /^(?:allowed-tools|argument-hint|model|tools)\s*:/m.test(front[1]) || /\$ARGUMENTS\b/.test(text4)) {
    return { kind: "agent-command", reason: "an agent command file (its front matter or $ARGUMENTS)" };
  }
  const h1 = model.headings.find((h) => h.depth === 1);
  const title = h1?.text ?? "";
  const namesPlan = /\bplans?\W*$/i.test(title.replace(/\s*\([^)]*\)\s*$/, ""));
  if (!namesPlan && /\btemplates?\b/i.test(title)) return { kind: "template", reason: `a template (its title "${title}")` };
  if (!namesPlan && /\bprompts?\b/i.test(title)) return { kind: "prompt", reason: `a prompt (its title "${title}")` };
  const opening = text4.split("\n", 40).map((l) => l.trim()).filter(Boolean).slice(0, 3);
  if (!h1 && opening[0] && opening[0].length <= 60) {
    const m = /\b(template|prompt)s?\s*$/i.exec(opening[0]);
    if (m) return { kind: m[1].toLowerCase(), reason: `a ${m[1].toLowerCase()} (its first line "${opening[0]}")` };
  }
  if (opening.some((l) => /^(?:you are|you're)\b/i.test(l))) return { kind: "prompt", reason: 'a prompt (it opens with "You are ...")' };
  if (!namesPlan && /\b(?:guide|guidelines|handbook|playbook|how[- ]to|process|conventions)\b/i.test(title)) {
    return { kind: "guide", reason: `a guide (its title "${title}")` };
  }
  const found = placeholders(model);
  if (found.length >= 3) return { kind: "template", reason: `a template (placeholders such as ${found.slice(0, 3).join(", ")})`, byPlaceholders: true };
  return void 0;
}
var PLACEHOLDER_LANGS = /* @__PURE__ */ new Set(["", "markdown", "md", "text", "txt", "plain", "plaintext"]);
function placeholders(model) {
  let text4 = model.text;
  for (const c of model.codeBlocks) if (!PLACEHOLDER_LANGS.has((c.lang ?? "").toLowerCase().split(/[\s{]/)[0])) text4 = text4.slice(0, c.start) + " ".repeat(c.end - c.start) + text4.slice(c.end);
  const found = /* @__PURE__ */ new Set();
  const add = (s) => {
    if (found.size < 20) found.add(s);
  };
  for (const m of text4.matchAll(/<([A-Za-z][A-Za-z _-]{1,30})>/g)) if (!HTML_TAGS.has(m[1].toLowerCase())) add(m[0]);
  for (const m of text4.matchAll(/\[(?:Repeat|One sentence|Complete|Link|Issue numbers|Title|PR Title|Name|Component|Include)\b[^\]\n]{0,80}\](?!\()/g)) add(m[0].slice(0, 30));
  for (const m of text4.matchAll(/\b(?:exact\/)?path\/to\/[\w./-]*/g)) add(m[0]);
  for (const m of text4.matchAll(/\b(?:BC|INV|NC|PR|Task)[- ][NXY]\b/g)) add(m[0]);
  return [...found];
}
function isPlaceholderPath(p) {
  return /(?:^|\/)path\/to\//.test(p) || /[<>[\]{}]/.test(p);
}

// server/src/core/rules/superpowers/mp508-modify-path-missing.ts
var rule64 = {
  meta: {
    id: "MP508",
    name: "modify-path-missing",
    severity: "error",
    description: "A `Modify:` path of a superpowers plan that does not exist in the workspace and that no task of the plan creates.",
    scope: "plan",
    kinds: ["superpowers"],
    needs: ["citations"]
  },
  async check(ctx) {
    const [create, modify] = spSpec(ctx).fileKinds;
    const created = /* @__PURE__ */ new Set();
    for (const task of spPlan(ctx).tasks) {
      for (const f of task.files) if (f.kind === create) created.add(norm(f.path));
    }
    for (const task of spPlan(ctx).tasks) {
      for (const f of task.files) {
        if (f.kind !== modify || created.has(norm(f.path))) continue;
        if (ctx.citations.some((c) => c.start < f.end && f.start < c.end)) continue;
        const res = await ctx.workspace.resolve(norm(f.path));
        if (res.kind !== "missing") continue;
        const closest = res.suggestions.length ? ` (closest existing: ${res.suggestions.map((s) => `\`${s}\``).join(", ")})` : "";
        ctx.report({
          start: f.start,
          end: f.end,
          message: isPlaceholderPath(f.path) ? `${modify}: \`${f.path}\` is the skill's placeholder: name the real file Task ${task.number} changes.` : `${modify}: \`${f.path}\` does not exist${closest}: name the existing file Task ${task.number} changes, or list it as ${create}: if the task creates it.`
        });
      }
    }
  }
};
function norm(p) {
  return p.replace(/^\.\//, "");
}

// server/src/core/rules/superpowers/mp509-create-path-exists.ts
var rule65 = {
  meta: {
    id: "MP509",
    name: "create-path-exists",
    severity: "info",
    description: "A `Create:` path of a superpowers plan that already exists while no step of its task is ticked.",
    scope: "plan",
    kinds: ["superpowers"],
    needs: []
  },
  async check(ctx) {
    const [create, modify] = spSpec(ctx).fileKinds;
    for (const task of spPlan(ctx).tasks) {
      if (task.started) continue;
      for (const f of task.files) {
        if (f.kind !== create) continue;
        const res = await ctx.workspace.resolve(f.path.replace(/^\.\//, ""));
        if (res.kind !== "ok" || res.viaSuffix) continue;
        ctx.report({
          start: f.start,
          end: f.end,
          message: `${create}: \`${f.path}\` already exists and no step of Task ${task.number} is ticked: list it as ${modify}: (with the lines it changes) if the task edits it, or choose a new path.`
        });
      }
    }
  }
};

// server/src/core/rules/index.ts
var rules = [
  rule,
  rule2,
  rule3,
  rule4,
  rule5,
  rule6,
  rule7,
  rule8,
  rule9,
  rule10,
  rule11,
  rule12,
  rule13,
  rule14,
  rule15,
  rule16,
  rule17,
  rule18,
  rule19,
  rule20,
  rule21,
  rule22,
  rule23,
  rule24,
  rule25,
  rule26,
  rule27,
  rule28,
  rule29,
  rule30,
  rule31,
  rule32,
  rule33,
  rule34,
  rule35,
  rule36,
  rule37,
  rule38,
  rule39,
  rule40,
  rule41,
  rule42,
  rule43,
  rule44,
  rule45,
  rule46,
  rule47,
  rule48,
  rule49,
  rule50,
  rule51,
  rule52,
  rule53,
  rule54,
  rule55,
  rule56,
  rule57,
  rule58,
  rule59,
  rule61,
  rule62,
  rule60,
  rule63,
  rule64,
  rule65
];

// server/src/core/disables.ts
var DIRECTIVE = /<!--\s*macroplan-(disable-next-line|disable-line|disable-file|enable-file|disable|enable)(?=\s|-->)([^>]*?)\s*-->/g;
var ALL2 = "\0all";
var Disables = class {
  toggles = [];
  byKey = /* @__PURE__ */ new Map();
  lineOff = /* @__PURE__ */ new Map();
  fileOff;
  constructor(comments, text4, lines) {
    for (const c of comments) {
      DIRECTIVE.lastIndex = 0;
      let m;
      const raw = text4.slice(c.start, c.end);
      while (m = DIRECTIVE.exec(raw)) {
        const ids = parseIds(m[2]);
        const line = lines.positionAt(c.start + m.index).line;
        switch (m[1]) {
          case "disable":
            this.toggles.push({ line, ids, on: false });
            break;
          case "enable":
            this.toggles.push({ line, ids, on: true });
            break;
          case "disable-line":
            this.addLine(line, ids);
            break;
          case "disable-next-line":
            this.addLine(lines.positionAt(c.end).line + 1, ids);
            break;
          case "disable-file":
            this.fileOff = merge(this.fileOff, ids);
            break;
          case "enable-file":
            this.fileOff = void 0;
            break;
        }
      }
    }
    this.toggles.sort((a, b) => a.line - b.line);
    this.toggles.forEach((t, seq) => {
      for (const key2 of t.ids === "all" ? [ALL2] : t.ids) {
        let list3 = this.byKey.get(key2);
        if (!list3) this.byKey.set(key2, list3 = []);
        list3.push({ line: t.line, seq, on: t.on });
      }
    });
  }
  addLine(line, ids) {
    this.lineOff.set(line, merge(this.lineOff.get(line), ids));
  }
  isDisabled(d, line) {
    const hit = (ids) => ids === "all" || !!ids && (ids.includes(d.rule.toUpperCase()) || ids.includes(d.name.toUpperCase()));
    if (hit(this.fileOff) || hit(this.lineOff.get(line))) return true;
    let last;
    for (const key2 of [ALL2, d.rule.toUpperCase(), d.name.toUpperCase()]) {
      const list3 = this.byKey.get(key2);
      if (!list3) continue;
      let lo = 0;
      let hi = list3.length;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (list3[mid].line <= line) lo = mid + 1;
        else hi = mid;
      }
      const t = list3[lo - 1];
      if (t && (!last || t.seq > last.seq)) last = t;
    }
    return !!last && !last.on;
  }
};
function parseIds(s) {
  const ids = s.trim().split(/[\s,]+/).filter(Boolean).map((x) => x.toUpperCase());
  return ids.length ? ids : "all";
}
function merge(a, b) {
  if (a === "all" || b === "all") return "all";
  return [...a ?? [], ...b];
}

// server/src/core/projectids.ts
var path8 = __toESM2(require("node:path"));
var import_picomatch2 = __toESM2(require_picomatch2());
function canonicalId(id) {
  const u = id.toUpperCase();
  return /^R-\d/.test(u) ? "R" + u.slice(2) : u;
}
var DEF = /^\s{0,3}(?:>\s*)*(?:#{1,6}\s+|(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?|\|\s*)?(?:\*\*|__|`|\*|_)?(INV-\d{1,4}|R-?\d{1,3})(?![\w-])/;
var MAX_SOURCE_SIZE = 2 * 1024 * 1024;
var MAX_SOURCES = 200;
var states = /* @__PURE__ */ new WeakMap();
async function projectIds(ws, globs) {
  let state = states.get(ws);
  if (!state) states.set(ws, state = { files: /* @__PURE__ */ new Map() });
  const match = (0, import_picomatch2.default)(globs.length ? [...globs] : ["!**"], { dot: false });
  const rels = (await ws.markdownFiles()).filter((r) => match(r)).sort().slice(0, MAX_SOURCES);
  const byId = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const rel of rels) {
    const entry = await readSource(ws, state, rel);
    seen.add(rel);
    for (const d of entry?.defs ?? []) if (!byId.has(canonicalId(d.id))) byId.set(canonicalId(d.id), d);
  }
  for (const k of state.files.keys()) if (!seen.has(k)) state.files.delete(k);
  return { get: (id) => byId.get(canonicalId(id)), files: rels };
}
async function readSource(ws, state, rel) {
  const abs = path8.join(ws.root, rel);
  try {
    const real = await ws.fs.realpath(abs);
    if (!await ws.isInside(real)) return void 0;
    const st = await ws.fs.stat(real);
    if (!st.isFile() || st.size > MAX_SOURCE_SIZE) return void 0;
    const hit = state.files.get(rel);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit;
    const text4 = (await ws.fs.readFile(real)).toString("utf8");
    const entry = { mtimeMs: st.mtimeMs, size: st.size, defs: definitions(text4, abs, rel) };
    state.files.set(rel, entry);
    return entry;
  } catch {
    return void 0;
  }
}
function definitions(text4, abs, rel) {
  const out2 = [];
  let fence = false;
  text4.split(/\r?\n/).forEach((line, i2) => {
    if (/^\s{0,3}(```|~~~)/.test(line)) fence = !fence;
    if (fence) return;
    const m = DEF.exec(line);
    if (m) out2.push({ id: m[1].toUpperCase(), kind: m[1].startsWith("INV") ? "INV" : "R", abs, rel, line: i2, text: line.trim() });
  });
  return out2;
}

// server/src/core/history/plan.ts
var path11 = __toESM2(require("node:path"));

// server/src/core/history/follow.ts
var path9 = __toESM2(require("node:path"));
var RANK = { unchanged: 0, moved: 1, renamed: 2, reanchored: 3, edited: 4, deleted: 5 };
var MAX_CODE_LINES = 12;
var MAX_CANDIDATE_FILES = 30;
var blobLines = /* @__PURE__ */ new WeakMap();
function linesOf(blob) {
  let lines = blobLines.get(blob);
  if (!lines) blobLines.set(blob, lines = splitLines(blob.text));
  return lines;
}
var worktreeDiffs = /* @__PURE__ */ new WeakMap();
function worktreeHunks(headBlob, now) {
  let byBlob = worktreeDiffs.get(now);
  if (!byBlob) worktreeDiffs.set(now, byBlob = /* @__PURE__ */ new Map());
  let hunks = byBlob.get(headBlob.oid);
  if (!hunks) {
    hunks = diffLines(linesOf(headBlob), now.lines);
    followWork.worktreeDiffs++;
    if (byBlob.size >= 4) byBlob.clear();
    byBlob.set(headBlob.oid, hunks);
  }
  return hunks;
}
var followed = /* @__PURE__ */ new WeakMap();
var MAX_FOLLOWED = 5e3;
var followWork = { citations: 0, worktreeDiffs: 0 };
var parsed = /* @__PURE__ */ new Map();
async function parseBlob(blob) {
  let hit = parsed.get(blob.oid);
  if (!hit) {
    hit = (async () => {
      const text4 = blob.text.replace(/\r\n?/g, "\n");
      const tree = (await goParser()).parse(text4);
      if (!tree) return void 0;
      try {
        return indexGoFile(text4, tree);
      } finally {
        tree.delete();
      }
    })();
    parsed.set(blob.oid, hit);
    if (parsed.size > 500) parsed.delete(parsed.keys().next().value);
  }
  return hit;
}
function insideRepo(repoRoot, abs) {
  const rel = path9.relative(repoRoot, abs);
  if (rel === "" || rel === ".." || rel.startsWith(".." + path9.sep) || path9.isAbsolute(rel)) return void 0;
  return rel.split(path9.sep).join("/");
}
function realPaths(ws) {
  const reals = /* @__PURE__ */ new Map();
  return (abs) => {
    let hit = reals.get(abs);
    if (!hit) reals.set(abs, hit = ws.fs.realpath(abs).catch(() => abs));
    return hit;
  };
}
async function citedRepoPaths(ws, repoRoot, c, rootsReal, docAbs, realOf) {
  const candidates = [];
  if (c.resolution.kind === "ok") {
    const real = c.resolution.real ?? await realOf(c.resolution.abs);
    const rel = insideRepo(repoRoot, real);
    if (rel) candidates.push(rel);
  }
  const norm2 = path9.posix.normalize(ws.citationTarget(c, docAbs));
  if (!path9.posix.isAbsolute(norm2) && norm2 !== ".." && !norm2.startsWith("../")) {
    for (const r of rootsReal) {
      const rel = insideRepo(repoRoot, path9.resolve(r, norm2));
      if (rel && !candidates.includes(rel)) candidates.push(rel);
    }
  }
  return candidates;
}
async function followCitations(input) {
  const { ws, history: h, repoRoot, head: head3, token } = input;
  const out2 = /* @__PURE__ */ new Map();
  const roots = await ws.roots();
  const tasks = [];
  const realOf = realPaths(ws);
  const wanted = input.citations.map((c) => ({ c, baseline: input.baselineOf(c) })).filter((x) => !!x.baseline && x.c.resolution.kind !== "outside");
  const olds = await Promise.all(wanted.map((x) => oldFile(x.c, x.baseline, roots)));
  throwIfCancelled(token);
  wanted.forEach(({ c, baseline }, i2) => {
    const found = olds[i2];
    if (!found) return;
    const lines = linesOf(found.blob).length;
    if (c.ranges.some((r) => r.start < 1 || r.end < r.start || r.end > lines)) return;
    tasks.push({ c, baseline, ...found });
  });
  const unfound = wanted.filter((x, i2) => !olds[i2] && x.c.resolution.kind === "missing");
  const pairs = [...new Map([...tasks, ...unfound].map((t) => [t.baseline.commit.sha, { from: t.baseline.commit.sha, to: head3.sha }])).values()];
  if (pairs.length === 0) return out2;
  const changes = await h.changes(pairs, token);
  throwIfCancelled(token);
  for (const x of unfound) {
    const found = await bySuffixThen(x.c, x.baseline);
    if (found && !x.c.ranges.some((r) => r.start < 1 || r.end < r.start || r.end > linesOf(found.blob).length)) tasks.push({ ...x, ...found });
  }
  if (tasks.length === 0) return out2;
  async function bySuffixThen(c, b) {
    const norm2 = path9.posix.normalize(ws.citationTarget(c, input.docAbs));
    if (path9.posix.isAbsolute(norm2) || norm2 === ".." || norm2.startsWith("../")) return void 0;
    const list3 = changes.get(pairKey({ from: b.commit.sha, to: head3.sha })) ?? [];
    const hits = list3.filter((x) => x.oldPath !== void 0 && (x.oldPath === norm2 || x.oldPath.endsWith("/" + norm2)));
    if (hits.length !== 1 || hits[0].newPath === hits[0].oldPath) return void 0;
    const oldPath = hits[0].oldPath;
    if (!roots.some((r) => insideRepo(r, path9.join(repoRoot, ...oldPath.split("/"))) !== void 0)) return void 0;
    try {
      const blob = await h.readFile(b.commit.sha, oldPath, token);
      return blob ? { oldPath, blob } : void 0;
    } catch (e) {
      if (!(e instanceof NotCached)) throw e;
      return void 0;
    }
  }
  async function oldFile(c, b, rootsReal) {
    const candidates = await citedRepoPaths(ws, repoRoot, c, rootsReal, input.docAbs, realOf);
    try {
      for (const p of candidates) {
        const blob = await h.readFile(b.commit.sha, p, token);
        if (blob) return { oldPath: p, blob };
      }
    } catch (e) {
      if (!(e instanceof NotCached)) throw e;
    }
    return void 0;
  }
  const loadedByAbs = /* @__PURE__ */ new Map();
  for (const c of input.citations) if (c.resolution.kind === "ok" && c.loaded) loadedByAbs.set(c.resolution.abs, c.loaded);
  const currents = /* @__PURE__ */ new Map();
  const settled = /* @__PURE__ */ new Map();
  const current = (repoPath2) => {
    let hit = currents.get(repoPath2);
    if (!hit) {
      currents.set(repoPath2, hit = loadCurrent(repoPath2));
      void hit.then((f) => settled.set(repoPath2, f), () => void 0);
    }
    return hit;
  };
  async function loadCurrent(repoPath2) {
    const abs = path9.join(repoRoot, ...repoPath2.split("/"));
    let loaded = loadedByAbs.get(abs);
    if (!loaded) {
      let real;
      try {
        real = await ws.fs.realpath(abs);
      } catch {
        return void 0;
      }
      if (!await ws.isInside(real)) return void 0;
      loaded = await ws.load(abs);
    }
    return loaded.kind === "ok" ? { rel: ws.relOf(abs), file: loaded.file } : void 0;
  }
  const headDiffs = /* @__PURE__ */ new Map();
  const headToWorktree = (repoPath2) => {
    let hit = headDiffs.get(repoPath2);
    if (!hit) {
      hit = (async () => {
        const [blob, now] = await Promise.all([h.readFile(head3.sha, repoPath2, token), current(repoPath2)]);
        if (!blob || !now) return void 0;
        return worktreeHunks(blob, now.file);
      })();
      headDiffs.set(repoPath2, hit);
    }
    return hit;
  };
  const changeOf = (task) => changes.get(pairKey({ from: task.baseline.commit.sha, to: head3.sha }))?.find((x) => x.oldPath === task.oldPath);
  const headPaths = new Set(tasks.map((t) => {
    const ch = changeOf(t);
    return ch ? ch.newPath : t.oldPath;
  }));
  await Promise.all([...headPaths].map((p) => p && headToWorktree(p).catch(() => void 0)));
  throwIfCancelled(token);
  const deleted = [];
  const vanished = /* @__PURE__ */ new Map();
  for (const task of tasks) {
    throwIfCancelled(token);
    const list3 = changes.get(pairKey({ from: task.baseline.commit.sha, to: head3.sha })) ?? [];
    const change = changeOf(task);
    const headPath = change ? change.newPath : task.oldPath;
    let found;
    try {
      found = await remembered(list3, task) ?? await follow(task, change, headPath, list3);
    } catch (e) {
      if (e instanceof NotCached) continue;
      throw e;
    }
    if (found.drift.kind !== "unchanged" && !await rightAtBaseline(task, input.model)) continue;
    const drift = { ...found.drift, baseline: task.baseline };
    if (found.vanished) vanished.set(task, found.vanished);
    if (drift.kind === "deleted" || drift.replaced) deleted.push({ task, drift, headPath });
    out2.set(task.c, drift);
  }
  function displayPath(task) {
    return task.c.resolution.kind === "ok" && !task.c.resolution.viaSuffix ? task.c.resolution.rel : ws.citationTarget(task.c, input.docAbs);
  }
  function keyOf(task) {
    return [task.oldPath, task.blob.oid, displayPath(task), task.c.ranges.map((r) => `${r.start}-${r.end}`).join(","), task.c.claimed.join(",")].join("\0");
  }
  async function remembered(list3, task) {
    const hit = followed.get(list3)?.get(keyOf(task));
    if (!hit) return void 0;
    const pending = [...hit.reads.keys()].filter((p) => !settled.has(p));
    if (pending.length) await Promise.all(pending.map(current));
    for (const [p, was] of hit.reads) {
      const is2 = settled.has(p) ? settled.get(p) : await current(p);
      if (was?.file !== is2?.file || was?.rel !== is2?.rel) return void 0;
    }
    return hit;
  }
  async function follow(task, change, headPath, list3) {
    followWork.citations++;
    const reads = /* @__PURE__ */ new Map();
    const drift = await followOne(task, change, headPath, list3, reads);
    const found = { drift, vanished: vanished.get(task), reads };
    let memo = followed.get(list3);
    if (!memo || memo.size >= MAX_FOLLOWED) followed.set(list3, memo = /* @__PURE__ */ new Map());
    memo.set(keyOf(task), found);
    return found;
  }
  async function followOne(task, change, headPath, list3, reads) {
    const read3 = async (repoPath2) => {
      const f = await current(repoPath2);
      reads.set(repoPath2, f);
      return f;
    };
    const oldLines = linesOf(task.blob);
    const base = { baseline: task.baseline, oldPath: displayPath(task) };
    const hunks1 = change?.hunks ?? [];
    const wtHunks = headPath ? await headToWorktree(headPath) : void 0;
    const now = headPath ? await read3(headPath) : void 0;
    const code2 = (lines, r) => lines.slice(r.start - 1, Math.min(r.end, r.start - 1 + MAX_CODE_LINES)).join("\n");
    if (now && wtHunks) {
      const mapped = task.c.ranges.map((r) => {
        const r1 = mapRangeIntact(hunks1, r.start, r.end);
        return r1 && mapRangeIntact(wtHunks, r1.start, r1.end);
      });
      if (mapped.every((m) => m !== void 0)) {
        const ranges2 = task.c.ranges.map((r, i2) => ({ old: { start: r.start, end: r.end }, now: mapped[i2] }));
        const renamed = headPath !== task.oldPath;
        const same = !renamed && ranges2.every((r) => r.old.start === r.now.start && r.old.end === r.now.end);
        return { ...base, kind: same ? "unchanged" : renamed ? "renamed" : "moved", newPath: now.rel, newRepoPath: headPath, committedNow: wtHunks.length === 0, ranges: ranges2, oldCode: code2(oldLines, ranges2[0].old), newCode: code2(now.file.lines, ranges2[0].now) };
      }
    }
    if (now) {
      const moved = task.c.ranges.map((r) => uniqueBlock(oldLines, now.file.lines, r));
      if (moved.every((m) => m !== void 0)) {
        const ranges2 = task.c.ranges.map((r, i2) => ({ old: { start: r.start, end: r.end }, now: moved[i2] }));
        return { ...base, kind: headPath !== task.oldPath ? "renamed" : "moved", newPath: now.rel, ranges: ranges2, oldCode: code2(oldLines, ranges2[0].old), newCode: code2(now.file.lines, ranges2[0].now) };
      }
    }
    const oldParsed = await parseBlob(task.blob);
    const ranges = [];
    let kind = "unchanged";
    let newPath;
    let declaration;
    const candidates = async () => {
      const names = [headPath, ...list3.filter((x) => x.newPath && x.newPath !== headPath && x.hunks.some((y) => y.newCount > 0)).map((x) => x.newPath)].filter((x) => !!x);
      const dir = path9.posix.dirname(task.oldPath);
      names.sort((a, b) => Number(path9.posix.dirname(b) === dir) - Number(path9.posix.dirname(a) === dir));
      const found = await Promise.all([...new Set(names)].slice(0, MAX_CANDIDATE_FILES).map(read3));
      return found.filter((f) => !!f);
    };
    let files;
    for (const r of task.c.ranges) {
      const decl = oldParsed && enclosing(oldParsed, r);
      let one2;
      if (decl) {
        files ??= await candidates();
        const match = findSame(decl, files, oldLines);
        if (match) {
          declaration = decl.signature;
          const newLines = match.file.file.lines;
          const oldDoc = docTop(oldLines, decl.startLine);
          const oldTop = r.start < decl.startLine ? Math.min(r.start, oldDoc) : decl.startLine;
          const newTop = r.start < decl.startLine ? Math.max(1, docTop(newLines, match.decl.startLine) - (oldDoc - oldTop)) : match.decl.startLine;
          const was = oldLines.slice(oldTop - 1, decl.endLine);
          const is2 = newLines.slice(newTop - 1, match.decl.endLine);
          const samePlace = headPath === task.oldPath && match.file === now;
          const inRenamedFile = headPath !== task.oldPath && match.file === now;
          const hunks = diffLines(was.map(squashSpace), is2.map(squashSpace));
          const kept = mapRangeIntact(hunks, r.start - oldTop + 1, r.end - oldTop + 1);
          if (kept) {
            const to = { start: kept.start + newTop - 1, end: kept.end + newTop - 1 };
            one2 = samePlace && to.start === r.start && to.end === r.end ? { kind: "unchanged", now: to, path: match.file.rel } : { kind: inRenamedFile ? "renamed" : "moved", now: to, path: match.file.rel };
          } else if (r.start === oldTop && r.end === decl.endLine) {
            one2 = { kind: "reanchored", now: { start: newTop, end: match.decl.endLine }, path: match.file.rel };
          } else {
            const inner = mapRangeLoose(hunks, r.start - oldTop + 1, r.end - oldTop + 1);
            one2 = inner ? { kind: "reanchored", now: { start: inner.start + newTop - 1, end: inner.end + newTop - 1 }, path: match.file.rel } : { kind: "edited", path: match.file.rel };
          }
        } else {
          one2 = { kind: "deleted" };
          if (!vanished.has(task)) vanished.set(task, decl);
        }
      } else {
        const r1 = mapRangeLoose(hunks1, r.start, r.end);
        const r2 = r1 && wtHunks ? mapRangeLoose(wtHunks, r1.start, r1.end) : void 0;
        one2 = now && r2 ? { kind: "edited", now: r2, path: now.rel } : { kind: "deleted" };
      }
      if (RANK[one2.kind] > RANK[kind]) kind = one2.kind;
      if (one2.path) newPath ??= one2.path;
      ranges.push({ old: { start: r.start, end: r.end }, now: one2.now });
    }
    const stands = kind === "reanchored" && newPath === now?.rel && headPath === task.oldPath && ranges.every((r) => r.now && r.now.start === r.old.start && r.now.end === r.old.end);
    const lost = stands ? ranges.find((r) => holdsOtherCode(oldLines.slice(r.old.start - 1, r.old.end), now.file.lines.slice(r.old.start - 1, r.old.end))) : void 0;
    const first = lost ?? ranges[0];
    const newFile = newPath ? await candidatesByRel(newPath) : void 0;
    return { ...base, kind, ...lost ? { replaced: true } : stands ? { inPlace: true } : {}, newPath, ranges, declaration, oldCode: code2(oldLines, first.old), newCode: first.now && newFile ? code2(newFile.lines, first.now) : void 0 };
  }
  async function candidatesByRel(rel) {
    for (const p of currents.values()) {
      const f = await p;
      if (f?.rel === rel) return f.file;
    }
    return void 0;
  }
  const byBase = /* @__PURE__ */ new Map();
  for (const d of deleted) byBase.set(d.task.baseline.commit.sha, [...byBase.get(d.task.baseline.commit.sha) ?? [], d]);
  for (const [sha, group] of byBase) {
    throwIfCancelled(token);
    const paths = [...new Set(group.flatMap((d) => [d.task.oldPath, ...d.headPath ? [d.headPath] : []]))];
    let log;
    try {
      log = await h.log(sha, head3.sha, paths, token);
    } catch (e) {
      if (!(e instanceof NotCached)) throw e;
      for (const d of group) out2.delete(d.task.c);
      continue;
    }
    for (const d of group) {
      const decl = vanished.get(d.task);
      try {
        if (d.drift.replaced) d.drift.replacedBy = whoReplaced(log, d.task);
        else d.drift.deletedBy = whoDeleted(log, d.task) ?? (decl ? await whenVanished(log, d.task, decl) : void 0);
      } catch (e) {
        if (!(e instanceof NotCached)) throw e;
        out2.delete(d.task.c);
      }
    }
  }
  return out2;
  async function whenVanished(log, task, decl) {
    const steps = [...stepsOf(log, task)].map((s) => ({ commit: s.commit, path: s.change.newPath }));
    const has = async (i2) => {
      const { commit, path: p } = steps[i2];
      if (p === void 0) return false;
      const blob = await h.readFile(commit.sha, p, token);
      const parsedNow = blob && await parseBlob(blob);
      return !!parsedNow && parsedNow.decls.some((x) => x.kind === decl.kind && x.name === decl.name && (x.receiver ?? "") === (decl.receiver ?? ""));
    };
    let lo = 0;
    let hi = steps.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (await has(mid)) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= steps.length) return void 0;
    return commitInfo(steps[lo].commit);
  }
}
async function rightAtBaseline(task, model) {
  if (task.c.claimed.length === 0) return true;
  const old = await parseBlob(task.blob);
  if (!old) return true;
  const around = task.c.ranges.map((r) => enclosing(old, r)).flatMap((d) => d ? [d.name, d.receiver ?? ""] : []);
  const types = old.decls.filter((d) => d.kind === "type" && task.c.ranges.some((r) => r.start <= d.startLine && d.endLine <= r.end)).map((d) => d.name);
  const methods = old.decls.filter((d) => d.kind === "method" && types.includes(d.receiver ?? "")).map((d) => d.name);
  if (task.c.claimed.some((name2) => around.includes(name2) || methods.includes(name2) || (old.idents.get(name2) ?? []).some((l) => task.c.ranges.some((r) => r.start <= l && l <= r.end)))) return true;
  return model ? namesBorneOut(model, task.c, old, task.c.ranges) : claimHolds(old, task.c.claimed, task.c.ranges);
}
function whoDeleted(log, task) {
  for (const { commit, change, after } of stepsOf(log, task)) if (!change.newPath || after.every((r) => r === void 0)) return commitInfo(commit);
  return void 0;
}
function whoReplaced(log, task) {
  let last;
  for (const { commit, change, before } of stepsOf(log, task)) {
    if (change.newPath && change.hunks.some((h) => before.some((r) => r && touches(h, r)))) last = commit;
  }
  return last && commitInfo(last);
}
function* stepsOf(log, task) {
  let file = task.oldPath;
  let ranges = task.c.ranges.map((r) => ({ start: r.start, end: r.end }));
  for (const commit of log) {
    const change = commit.changes.find((x) => x.oldPath === file);
    if (!change) continue;
    const after = change.newPath ? ranges.map((r) => r && mapRangeLoose(change.hunks, r.start, r.end)) : [];
    yield { commit, change, before: ranges, after };
    if (!change.newPath) return;
    ranges = after;
    file = change.newPath;
  }
}
function commitInfo(c) {
  return { sha: c.sha, time: c.time, subject: c.subject };
}
function touches(h, r) {
  return h.oldCount > 0 ? h.oldStart <= r.end && h.oldStart + h.oldCount - 1 >= r.start : h.oldStart > r.start && h.oldStart <= r.end;
}
function uniqueBlock(old, cur, r) {
  const block = old.slice(r.start - 1, r.end);
  if (!block.some((l) => /[\p{L}\p{N}_]{2}/u.test(l))) return void 0;
  const find3 = (lines, limit) => {
    const hits2 = [];
    for (let i2 = 0; i2 + block.length <= lines.length && hits2.length < limit; i2++) {
      let k = 0;
      while (k < block.length && lines[i2 + k] === block[k]) k++;
      if (k === block.length) hits2.push(i2);
    }
    return hits2;
  };
  if (find3(old, 2).length !== 1) return void 0;
  const hits = find3(cur, 2);
  return hits.length === 1 ? { start: hits[0] + 1, end: hits[0] + block.length } : void 0;
}
function enclosing(file, r) {
  let best;
  for (const d of file.decls) {
    if (d.startLine <= r.start && r.end <= d.endLine && (!best || d.endLine - d.startLine < best.endLine - best.startLine)) best = d;
  }
  if (best) return best;
  for (const d of file.decls) {
    if (r.start < d.startLine && r.end <= d.endLine) {
      let ok3 = true;
      for (let l = r.start; l < d.startLine; l++) {
        const line = file.lines[l - 1] ?? "";
        if (!(l > r.end ? /^\s*\/\//.test(line) : /^\s*(\/\/.*)?$/.test(line))) ok3 = false;
      }
      if (ok3) return d;
    }
  }
  return void 0;
}
function docTop(lines, at) {
  let top = at;
  while (top > 1 && /^\s*\/\//.test(lines[top - 2] ?? "")) top--;
  return top;
}
function findSame(decl, files, oldLines) {
  for (const f of files) {
    const same = f.file.decls.filter((d) => d.kind === decl.kind && d.name === decl.name && (d.receiver ?? "") === (decl.receiver ?? ""));
    if (same.length === 1) return { file: f, decl: same[0] };
  }
  return sameMethodOtherReceiver(decl, files, oldLines);
}
var MIN_RECEIVER_MOVE_LINES = 4;
var MIN_RECEIVER_MOVE_KEPT = 0.6;
function sameMethodOtherReceiver(decl, files, oldLines) {
  if (decl.kind !== "method") return void 0;
  const was = oldLines.slice(decl.startLine - 1, decl.endLine);
  if (was.length < MIN_RECEIVER_MOVE_LINES) return void 0;
  let best;
  let bestScore = 0;
  let tie = false;
  for (const f of files) {
    for (const d of f.file.decls) {
      if (d.kind !== "method" || d.name !== decl.name || d.receiver === decl.receiver) continue;
      const is2 = f.file.lines.slice(d.startLine - 1, d.endLine);
      const lost = diffLines(was, is2).reduce((n, h) => n + h.oldCount, 0);
      const score = (was.length - lost) / Math.max(was.length, is2.length);
      if (score > bestScore) {
        best = { file: f, decl: d };
        bestScore = score;
        tie = false;
      } else if (score === bestScore) {
        tie = true;
      }
    }
  }
  return best && !tie && bestScore >= MIN_RECEIVER_MOVE_KEPT ? best : void 0;
}

// server/src/core/history/permalink.ts
var path10 = __toESM2(require("node:path"));
var PERMALINK = /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+)\/blob\/([0-9a-f]{40})\/([^#?\s]+\.go)#L(\d{1,9})(?:-L(\d{1,9}))?$/;
function findPermalinks(model) {
  const out2 = [];
  for (const link of model.links) {
    const m = PERMALINK.exec(link.url);
    if (!m) continue;
    const at = model.text.indexOf(link.url, link.start);
    if (at < 0 || at >= link.end) continue;
    let p;
    try {
      p = decodeURIComponent(m[4]);
    } catch {
      continue;
    }
    const startLine = Number(m[5]);
    out2.push({ start: at, end: at + link.url.length, owner: m[1], repo: m[2], sha: m[3], path: p, startLine, endLine: m[6] ? Number(m[6]) : startLine });
  }
  return out2;
}
function remoteIs(url, owner, repo) {
  const m = /github\.com[:/]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/i.exec(url.trim());
  return !!m && m[1].toLowerCase() === owner.toLowerCase() && m[2].toLowerCase() === repo.toLowerCase();
}
async function permalinkCitation(ws, repoRoot, p) {
  const norm2 = path10.posix.normalize(p.path);
  if (norm2.startsWith("../") || path10.posix.isAbsolute(norm2)) return void 0;
  const rel = path10.relative(ws.root, path10.join(repoRoot, ...norm2.split("/"))).split(path10.sep).join("/");
  if (rel.startsWith("../") || rel === "..") return void 0;
  const spec2 = { start: p.startLine, end: p.endLine, specStart: p.end, specEnd: p.end };
  return {
    start: p.start,
    end: p.end,
    pathStart: p.start,
    pathEnd: p.end,
    rawPath: rel,
    path: rel,
    form: "hash",
    ranges: [spec2],
    claimed: [],
    quotes: [],
    sentence: { start: p.start, end: p.end },
    container: { start: p.start, end: p.end },
    link: false,
    // a repository path already, not relative to the plan
    resolution: await ws.resolve(rel)
  };
}

// server/src/core/history/plan.ts
async function startPlanHistory(ws, model, planAbs, opts, token) {
  const h = opts.history;
  try {
    const repo = await h.repository(token);
    const head3 = await h.commit("HEAD", token);
    if (!head3) {
      opts.unavailable("history: the repository has no commits yet");
      return void 0;
    }
    let planPath;
    if (planAbs) {
      const real = await ws.fs.realpath(planAbs).catch(() => planAbs);
      const rel = path11.relative(repo.root, real);
      if (rel && rel !== ".." && !rel.startsWith(".." + path11.sep) && !path11.isAbsolute(rel)) planPath = rel.split(path11.sep).join("/");
    }
    const warn = (reason) => opts.unavailable(reason);
    const citations = model.citations.map((c) => {
      const at = model.lines.positionAt(c.start);
      return { line: at.line + 1, cited: model.text.slice(c.start, c.end), column: at.character };
    });
    const baselines = await planBaselines(h, head3, planPath, model.text, { since: opts.since, planMtime: opts.planMtime, warn, citations }, token);
    return { repoRoot: repo.root, head: head3, baselines };
  } catch (e) {
    if (e instanceof CancelledError) throw e;
    if (e instanceof NotCached) return void 0;
    said(opts, e);
    return void 0;
  }
}
function said(opts, e) {
  opts.unavailable(e instanceof HistoryUnavailable ? `history: ${e.message}; citations are checked without it` : `history failed: ${e.message}; citations are checked without it`);
}
async function followPlan(ws, model, planAbs, citations, opts, token, started) {
  const ready = await (started ?? startPlanHistory(ws, model, planAbs, opts, token));
  if (!ready) return { drifts: /* @__PURE__ */ new Map(), permalinks: [] };
  const { baselines, head: head3, repoRoot } = ready;
  try {
    throwIfCancelled(token);
    const baselineOf = (c) => {
      const cited = model.text.slice(c.start, c.end);
      if (opts.rewritten?.has(cited) || baselines.vouches && !baselines.vouches(cited)) return void 0;
      const at = model.lines.positionAt(c.start);
      return baselines.at(at.line + 1, cited, at.character);
    };
    const drifts = await followCitations({ ws, history: opts.history, repoRoot, head: head3, citations, docAbs: planAbs, model, baselineOf, token });
    const permalinks = await followPermalinks(ws, model, opts, repoRoot, head3, token).catch((e) => {
      if (e instanceof NotCached) return [];
      throw e;
    });
    return { drifts, status: baselines.status, head: head3.sha, permalinks };
  } catch (e) {
    if (e instanceof CancelledError) throw e;
    if (e instanceof NotCached) return { drifts: /* @__PURE__ */ new Map(), permalinks: [] };
    said(opts, e);
    return { drifts: /* @__PURE__ */ new Map(), permalinks: [] };
  }
}
async function followPermalinks(ws, model, opts, repoRoot, head3, token) {
  const links = findPermalinks(model);
  if (links.length === 0) return [];
  const h = opts.history;
  const remotes = await h.remotes(token);
  const ours = links.filter((l) => remotes.some((r) => remoteIs(r, l.owner, l.repo)));
  if (ours.length === 0) return [];
  const out2 = [];
  const published = await h.isPublished(head3.sha, token);
  for (const link of ours) {
    const commit = await h.commit(link.sha, token);
    if (!commit) {
      opts.unavailable(`history: a permalink's commit ${link.sha.slice(0, 7)} is not in this clone; it is not followed`);
      continue;
    }
    const c = await permalinkCitation(ws, repoRoot, link);
    if (!c) continue;
    const baseline = { commit, source: "permalink" };
    const drifts = await followCitations({ ws, history: h, repoRoot, head: head3, citations: [c], baselineOf: () => baseline, token });
    const drift = drifts.get(c);
    if (!drift || drift.kind === "unchanged") continue;
    out2.push({ link, drift, fixable: published && !!drift.committedNow && !!drift.newRepoPath });
  }
  return out2;
}
function onceSayer(say) {
  const said2 = /* @__PURE__ */ new Set();
  return (m) => {
    if (said2.has(m)) return;
    said2.add(m);
    say(m);
  };
}

// server/src/core/engine.ts
var WRITTEN_TO_COPY = /* @__PURE__ */ new Set(["template", "prompt", "guide", "agent-command"]);
var SKIPPED = { reason: "not checked", notPlan: "no-fit" };
var ENGINE_RULES = {
  internalError: { id: "MP000", name: "internal-error", severity: "error" },
  tooLarge: { id: "MP008", name: "document-too-large", severity: "warning" }
};
function engineSeverity(r, config) {
  return config.rules[r.id] ?? config.rules[r.name] ?? r.severity;
}
async function checkDocument(ws, text4, opts) {
  const { config, token } = opts;
  const log = opts.log ?? (() => void 0);
  if (text4.length > config.maxPlanSize) {
    const model2 = buildModel("");
    const severity = engineSeverity(ENGINE_RULES.tooLarge, config);
    const d = { rule: ENGINE_RULES.tooLarge.id, name: ENGINE_RULES.tooLarge.name, severity: severity === "off" ? "warning" : severity, start: 0, end: 0, message: `skipped: file too large (${text4.length} characters, limit ${config.maxPlanSize}; see maxPlanSize)` };
    return { diagnostics: severity === "off" ? [] : [d], model: model2, citations: [], isPlan: false, choice: SKIPPED };
  }
  const internal = engineSeverity(ENGINE_RULES.internalError, config);
  const engineFindings = [];
  const failed = (what, e) => {
    log(`${what} failed: ${describeError(e, true)}`);
    if (internal !== "off") engineFindings.push({ rule: ENGINE_RULES.internalError.id, name: ENGINE_RULES.internalError.name, severity: internal, start: 0, end: 0, message: `${what} failed: ${describeError(e, false)}. Please report this.` });
  };
  let model;
  try {
    model = opts.model ?? buildModel(text4);
  } catch (e) {
    failed("parsing the document", e);
    return { diagnostics: engineFindings, model: buildModel(""), citations: [], isPlan: false, choice: SKIPPED };
  }
  throwIfCancelled(token);
  const active = (opts.rules ?? rules).filter((r) => severityOf(r, config) !== "off");
  const choice = chooseProfile(model, config, ws.root, opts.path);
  const isPlan = !!choice.profile;
  const profile = choice.profile ?? defaultProfile();
  const runnable = active.filter((r) => r.meta.scope === "markdown" || isPlan && (r.meta.kinds ?? ["macro"]).includes(profile.kind));
  let plan;
  try {
    plan = runnable.some((r) => r.meta.needs.includes("plan-structure")) ? planStructure(model, profile) : void 0;
  } catch (e) {
    failed("reading the plan structure", e);
  }
  const placeholders2 = WRITTEN_TO_COPY.has(choice.notPlan ?? "");
  const wantsHistory = !!opts.history && !placeholders2 && (model.citations.length > 0 || model.links.some((l) => l.url.startsWith("https://github.com/"))) && runnable.some((r) => r.meta.needs.includes("history"));
  const started = wantsHistory ? startPlanHistory(ws, model, opts.path, opts.history, token) : void 0;
  started?.catch(() => void 0);
  let citations = [];
  try {
    citations = await checkCitations(ws, model, runnable, token, placeholders2, opts.path);
  } catch (e) {
    if (e instanceof CancelledError) throw e;
    failed("checking the citations", e);
  }
  throwIfCancelled(token);
  let projectIds2;
  if (runnable.some((r) => r.meta.needs.includes("project-ids")) && /\bINV-\d/.test(text4)) {
    try {
      projectIds2 = await projectIds(ws, config.idSources);
    } catch (e) {
      log(`reading the project's id sources failed: ${describeError(e, true)}`);
    }
    throwIfCancelled(token);
  }
  let history;
  if (started) {
    try {
      history = await followPlan(ws, model, opts.path, citations, opts.history, token, started);
      for (const [c, drift] of history.drifts) if (drift.kind !== "unchanged" && !drift.inPlace) c.drift = drift;
    } catch (e) {
      if (e instanceof CancelledError) throw e;
      failed("following the citations through history", e);
    }
    throwIfCancelled(token);
  }
  const diagnostics = [...engineFindings];
  for (const rule66 of runnable) {
    const severity = severityOf(rule66, config);
    const found = [];
    const report = (r) => {
      const start2 = clampOffset(r.start, text4.length);
      const end = Math.max(start2, clampOffset(r.end, text4.length));
      found.push({ rule: rule66.meta.id, name: rule66.meta.name, severity: r.severity && severity === rule66.meta.severity ? r.severity : severity, start: start2, end, message: r.message, fixes: r.fixes });
    };
    try {
      await rule66.check({ model, citations, workspace: ws, config, path: opts.path, profile, plan, projectIds: projectIds2, history, report });
      diagnostics.push(...found);
    } catch (e) {
      if (e instanceof CancelledError) throw e;
      log(`rule ${rule66.meta.id} failed: ${describeError(e, true)}`);
      if (internal !== "off") diagnostics.push({ rule: ENGINE_RULES.internalError.id, name: ENGINE_RULES.internalError.name, severity: internal, start: 0, end: 0, message: `rule ${rule66.meta.id} (${rule66.meta.name}) failed: ${describeError(e, false)}. Other rules still ran; please report this.` });
    }
    throwIfCancelled(token);
  }
  const disables = new Disables(model.comments, text4, model.lines);
  const kept = diagnostics.filter((d) => !disables.isDisabled(d, model.lines.positionAt(d.start).line));
  kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return { diagnostics: kept, model, citations, isPlan, profile: choice.profile, choice, history };
}
function clampOffset(n, length) {
  return Number.isFinite(n) ? Math.min(Math.max(0, Math.trunc(n)), length) : n === Number.POSITIVE_INFINITY ? length : 0;
}
function describeError(e, stack) {
  try {
    if (e instanceof Error) return String((stack ? e.stack : void 0) ?? e.message);
    if (e && typeof e === "object" && "message" in e) return String(e.message);
    return String(e);
  } catch {
    return "an unprintable error";
  }
}
function severityOf(rule66, config) {
  return config.rules[rule66.meta.id] ?? config.rules[rule66.meta.name] ?? rule66.meta.severity;
}
async function checkCitations(ws, model, rules2, token, skipPlaceholders = false, docAbs) {
  if (!rules2.some((r) => r.meta.needs.includes("citations"))) return [];
  const needFiles = rules2.some((r) => r.meta.needs.includes("go-files"));
  const resolutions = /* @__PURE__ */ new Map();
  const loads = /* @__PURE__ */ new Map();
  const out2 = [];
  for (const c of model.citations) {
    throwIfCancelled(token);
    if (skipPlaceholders && isPlaceholderPath(c.path)) continue;
    const target = ws.citationTarget(c, docAbs);
    let res = resolutions.get(target);
    if (!res) resolutions.set(target, res = ws.resolve(target));
    const resolution = await res;
    const checked = { ...c, resolution };
    if (needFiles && resolution.kind === "ok") {
      let load = loads.get(resolution.abs);
      if (!load) loads.set(resolution.abs, load = ws.load(resolution.abs));
      checked.loaded = await load;
    }
    out2.push(checked);
  }
  return out2;
}

// server/src/cli/links.ts
var fs3 = __toESM2(require("node:fs"));
var path12 = __toESM2(require("node:path"));
function repositoryUrl() {
  for (const rel of ["..", "../../.."]) {
    try {
      const pkg = JSON.parse(fs3.readFileSync(path12.join(__dirname, rel, "package.json"), "utf8"));
      if (pkg.name !== "macroplan") continue;
      return webUrl(typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url);
    } catch {
    }
  }
  return void 0;
}
function webUrl(repo) {
  if (!repo) return void 0;
  const short = /^(?:(github|gitlab|bitbucket):)?([\w.-]+\/[\w.-]+)$/.exec(repo);
  if (short) return `https://${short[1] === "gitlab" ? "gitlab.com" : short[1] === "bitbucket" ? "bitbucket.org" : "github.com"}/${short[2]}`;
  const url = /^(?:git\+)?(https?:\/\/[^\s#?]+?)(?:\.git)?\/?$/.exec(repo) ?? /^git(?:\+ssh)?:\/\/(?:git@)?([^/\s]+)\/([^\s#?]+?)(?:\.git)?$/.exec(repo);
  if (!url) return void 0;
  return url.length === 2 ? url[1] : `https://${url[1]}/${url[2]}`;
}
function ruleHelpUrl(base, id) {
  return base && /^https:\/\/(github\.com|gitlab\.com)\//.test(base) ? `${base}/${base.includes("gitlab.com") ? "-/" : ""}blob/HEAD/docs/rules/${id}.md` : void 0;
}

// server/src/cli/report.ts
function summarise(files) {
  const s = { files: files.length, errors: 0, warnings: 0, infos: 0 };
  for (const f of files) for (const d of f.diagnostics) {
    if (d.severity === "error") s.errors++;
    else if (d.severity === "warning") s.warnings++;
    else s.infos++;
  }
  return s;
}
function where2(f, d) {
  const a = f.lines.positionAt(d.start);
  const b = f.lines.positionAt(d.end);
  return { line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
}
function formatJson(files) {
  return JSON.stringify({
    version: 1,
    files: files.map((f) => ({
      path: f.path,
      profile: f.profile ?? null,
      profileReason: f.profileReason ?? "",
      diagnostics: f.diagnostics.map((d) => ({ rule: d.rule, name: d.name, severity: d.severity, ...where2(f, d), message: d.message, fixable: !!d.fixes?.length }))
    })),
    summary: summarise(files)
  }, null, 2);
}
function willFix(d) {
  return d.fixes?.length === 1 && !d.fixes[0].manual;
}
var plural3 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function wrapWords(text4, width) {
  const lines = [];
  let line = "";
  for (const word of text4.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}
function formatText(files, color2, root, width = Infinity) {
  const c = (code2, s2) => color2 ? `\x1B[${code2}m${s2}\x1B[0m` : s2;
  const out2 = [];
  if (root) out2.push(c("2", `root: ${root}`), "");
  for (const f of files) {
    if (f.diagnostics.length === 0) continue;
    out2.push(f.profile ? `${c("4", f.path)}  ${c("2", `(profile ${f.profile})`)}` : c("4", f.path));
    const rows = f.diagnostics.map((d) => {
      const w = where2(f, d);
      return [`${w.line}:${w.column}`, d.severity, d.message, d.rule];
    });
    const wPos = Math.max(...rows.map((r) => r[0].length));
    const wSev = Math.max(...rows.map((r) => r[1].length));
    const indent2 = 2 + wPos + 2 + wSev + 2;
    for (const [pos, sev, msg, rule66] of rows) {
      const sevText = sev.padEnd(wSev);
      const colored = sev === "error" ? c("31", sevText) : sev === "warning" ? c("33", sevText) : c("36", sevText);
      const lines = wrapWords(msg, Math.max(40, width - indent2 - rule66.length - 2));
      lines[lines.length - 1] += `  ${c("2", rule66)}`;
      out2.push(`  ${c("2", pos.padStart(wPos))}  ${colored}  ${lines[0]}`);
      for (const more of lines.slice(1)) out2.push(" ".repeat(indent2) + more);
    }
    out2.push("");
  }
  const s = summarise(files);
  const total = s.errors + s.warnings + s.infos;
  if (total === 0) {
    out2.push(`${plural3(s.files, "file")} checked, no problems`);
    return out2.join("\n");
  }
  const line = `${plural3(total, "problem")} (${plural3(s.errors, "error")}, ${plural3(s.warnings, "warning")}, ${plural3(s.infos, "info")}) in ${plural3(s.files, "file")}`;
  out2.push(c(s.errors ? "31;1" : "33;1", `\u2716 ${line}`));
  const all2 = files.flatMap((f) => f.diagnostics);
  const fixable = all2.filter(willFix);
  if (fixable.length) {
    const by = (sev) => fixable.filter((d) => d.severity === sev).length;
    const parts2 = [plural3(by("error"), "error"), plural3(by("warning"), "warning"), ...by("info") ? [plural3(by("info"), "info")] : []];
    out2.push(c(s.errors ? "31;1" : "33;1", `  ${parts2.slice(0, -1).join(", ")} and ${parts2[parts2.length - 1]} fixable with the \`--fix\` option.`));
  }
  const ruleCount = new Set(all2.map((d) => d.rule)).size;
  if (ruleCount > 1 && ruleCount < all2.length) {
    const perRule = /* @__PURE__ */ new Map();
    for (const d of all2) {
      const r = perRule.get(d.rule) ?? { name: d.name, n: 0, fix: 0 };
      r.n++;
      if (willFix(d)) r.fix++;
      perRule.set(d.rule, r);
    }
    const sorted = [...perRule].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]));
    const wN = String(sorted[0][1].n).length;
    const wName = Math.max(...sorted.map(([id, r]) => id.length + 1 + r.name.length));
    for (const [id, r] of sorted) out2.push(`  ${String(r.n).padStart(wN)}  ${`${id} ${r.name}`.padEnd(wName)}${r.fix ? `  (${r.fix} fixable)` : ""}`.trimEnd());
  }
  return out2.join("\n");
}
var LEVEL = { error: "error", warning: "warning", info: "note" };
function formatSarif(files, root, version, extraRules = []) {
  const metas = [
    { ...ENGINE_RULES.internalError, description: "A rule failed with an internal error while checking the document; the other rules still ran." },
    ...rules.map((r) => r.meta),
    ...extraRules,
    { ...ENGINE_RULES.tooLarge, description: "The document is larger than maxPlanSize and was not checked." }
  ].sort((a, b) => a.id.localeCompare(b.id));
  const ruleIndex = new Map(metas.map((r, i2) => [r.id, i2]));
  const home = repositoryUrl();
  return JSON.stringify({
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: {
        driver: {
          name: "macroplan",
          version,
          ...home ? { informationUri: home } : {},
          rules: metas.map((r) => ({
            id: r.id,
            name: r.name,
            shortDescription: { text: r.description },
            fullDescription: { text: r.description },
            ...ruleHelpUrl(home, r.id) ? { helpUri: ruleHelpUrl(home, r.id) } : {},
            defaultConfiguration: { level: LEVEL[r.severity] }
          }))
        }
      },
      // Which profile each file was checked against (null: no plan, citation rules only), and why.
      properties: {
        profiles: files.map((f) => ({ uri: artifact(root, f.abs).uri, profile: f.profile ?? null, reason: f.profileReason ?? "" }))
      },
      originalUriBaseIds: { "%SRCROOT%": { uri: (0, import_node_url.pathToFileURL)(root).href.replace(/\/?$/, "/") } },
      results: files.flatMap((f) => f.diagnostics.map((d) => {
        const w = where2(f, d);
        const idx = ruleIndex.get(d.rule);
        return {
          ruleId: d.rule,
          ...idx !== void 0 ? { ruleIndex: idx } : {},
          level: LEVEL[d.severity],
          message: { text: d.message },
          locations: [{
            physicalLocation: {
              artifactLocation: artifact(root, f.abs),
              region: { startLine: w.line, startColumn: w.column, endLine: w.endLine, endColumn: w.endColumn }
            }
          }]
        };
      }))
    }]
  }, null, 2);
}
function artifact(root, abs) {
  const rel = path13.relative(root, abs);
  if (rel === ".." || rel.startsWith(".." + path13.sep) || path13.isAbsolute(rel)) return { uri: (0, import_node_url.pathToFileURL)(abs).href };
  return { uri: rel.split(path13.sep).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}

// server/src/core/config.ts
var path15 = __toESM2(require("node:path"));

// server/src/core/fs.ts
var import_node_fs2 = require("node:fs");
var nodeFs = {
  readFile: (p) => import_node_fs2.promises.readFile(p),
  stat: (p) => import_node_fs2.promises.stat(p),
  realpath: (p) => import_node_fs2.promises.realpath(p),
  readdir: (p) => import_node_fs2.promises.readdir(p, { withFileTypes: true })
};

// server/src/core/workspace.ts
var path14 = __toESM2(require("node:path"));
var import_node_util = require("node:util");
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn", "vendor", "testdata"]);
var DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
var DEFAULT_MAX_CACHED_FILES = 3e3;
var MAX_LISTED_FILES = 2e5;
var MAX_PATH_LENGTH = 4096;
var Workspace = class {
  root;
  fs;
  maxFileSize;
  maxCachedFiles;
  sourceRoots;
  /** Prefix (no trailing slash) -> absolute checkout or null, longest prefix first. */
  repositories;
  /** Every folder name of the listing, for "not in this workspace". */
  dirNames = /* @__PURE__ */ new Set();
  /** Markdown files of the listing (root-relative), for project-wide id sources. */
  markdown = [];
  realRoots;
  listing;
  byBase = /* @__PURE__ */ new Map();
  suggestions;
  cache = /* @__PURE__ */ new Map();
  /** Text of Go files open in an editor, which wins over the disk. */
  overlays = /* @__PURE__ */ new Map();
  log;
  watched;
  /** abs -> result of the inside-the-roots check, kept while `watched`. */
  insideChecks = /* @__PURE__ */ new Map();
  constructor(opts) {
    this.root = path14.resolve(opts.root);
    this.fs = opts.fs ?? nodeFs;
    this.maxFileSize = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    this.maxCachedFiles = opts.maxCachedFiles ?? DEFAULT_MAX_CACHED_FILES;
    this.sourceRoots = (opts.sourceRoots?.length ? opts.sourceRoots : ["."]).map((r) => path14.resolve(this.root, r));
    this.repositories = Object.entries(opts.repositories ?? {}).map(([prefix, dir]) => [path14.posix.normalize(prefix.replace(/\\/g, "/")).replace(/^\.\/|\/+$/g, ""), typeof dir === "string" ? path14.resolve(this.root, dir) : null]).filter(([prefix]) => prefix !== "" && prefix !== "." && !prefix.startsWith("..") && !prefix.startsWith("/")).sort((a, b) => b[0].length - a[0].length);
    this.log = opts.log ?? (() => void 0);
    this.watched = !!opts.watched;
  }
  /** Real paths of the roots, links resolved: the fence nothing is read outside of. */
  roots() {
    const checkouts = this.repositories.flatMap(([, dir]) => dir ? [dir] : []);
    this.realRoots ??= Promise.all(
      [this.root, ...this.sourceRoots, ...checkouts].map((r) => this.fs.realpath(r).catch(() => r))
    ).then((rs) => [...new Set(rs)]);
    return this.realRoots;
  }
  async isInside(real) {
    for (const r of await this.roots()) {
      if (real === r || real.startsWith(r.endsWith(path14.sep) ? r : r + path14.sep)) return true;
    }
    return false;
  }
  /** Workspace-relative path (with /) -> absolute path of every listed .go file. */
  goFiles() {
    this.listing ??= this.list();
    return this.listing;
  }
  /** Markdown files under the source roots (root-relative, links not followed), listed with the Go files. */
  async markdownFiles() {
    await this.goFiles();
    return this.markdown;
  }
  /** Called when .go files appear or disappear: the listing is rebuilt on next use. */
  invalidateListing() {
    this.listing = void 0;
    this.insideChecks.clear();
  }
  async list() {
    const files = /* @__PURE__ */ new Map();
    const byBase = /* @__PURE__ */ new Map();
    const dirNames = new Set(this.sourceRoots.map((r) => toRel(this.root, r).split("/")[0]).filter((n) => n && n !== ".."));
    const markdown = [];
    const queue = [...new Set(this.sourceRoots)];
    const seen = /* @__PURE__ */ new Set();
    while (queue.length > 0 && files.size < MAX_LISTED_FILES) {
      const dir = queue.shift();
      if (seen.has(dir)) continue;
      seen.add(dir);
      let entries;
      try {
        entries = await this.fs.readdir(dir);
      } catch (e) {
        this.log(`cannot list ${dir}: ${e.message}`);
        continue;
      }
      for (const e of entries) {
        const abs = path14.join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name) && !e.name.startsWith(".")) {
            queue.push(abs);
            dirNames.add(e.name);
          }
        } else if (e.isFile() && e.name.endsWith(".md")) {
          if (markdown.length < MAX_LISTED_FILES) markdown.push(this.relOf(abs));
        } else if ((e.isFile() || e.isSymbolicLink()) && e.name.endsWith(".go")) {
          const rel = this.relOf(abs);
          if (files.has(rel)) continue;
          files.set(rel, abs);
          const list3 = byBase.get(e.name);
          if (list3) list3.push(rel);
          else byBase.set(e.name, [rel]);
        }
      }
    }
    this.byBase = byBase;
    this.dirNames = dirNames;
    this.markdown = markdown;
    return files;
  }
  /**
   * How a file is named in citations, messages and fixes: relative to the workspace root, or,
   * under a source root outside it (`../shared`), relative to that source root, since a cited
   * path never climbs out with `..`.
   */
  relOf(abs) {
    const rel = toRel(this.root, abs);
    if (rel !== ".." && !rel.startsWith("../")) return rel;
    for (const r of this.sourceRoots) {
      const up = path14.relative(r, abs);
      if (up !== "" && up !== ".." && !up.startsWith(".." + path14.sep) && !path14.isAbsolute(up)) return up.split(path14.sep).join("/");
    }
    return rel;
  }
  /**
   * Resolves a citation as written in a document: a link target relative to the document's folder
   * (a leading `/` from the root), like Markdown and GitHub; prose and code spans from the root.
   */
  resolveCitation(c, docAbs) {
    return this.resolve(this.citationTarget(c, docAbs));
  }
  /** The root-relative path a citation names (see resolveCitation). */
  citationTarget(c, docAbs) {
    if (!c.link) return c.path;
    if (c.path.startsWith("/") && !c.path.startsWith("//")) return c.path.replace(/^\/+/, "");
    const base = this.documentFolder(docAbs);
    return base === void 0 || path14.posix.isAbsolute(c.path) || /^[A-Za-z]:\//.test(c.path) ? c.path : path14.posix.join(base, c.path);
  }
  /** A root-relative path as the citation would write it (for fixes and suggestions). */
  asCited(c, rel, docAbs) {
    if (!c.link) return rel;
    if (c.path.startsWith("/")) return "/" + rel;
    const base = this.documentFolder(docAbs);
    return base ? path14.posix.relative(base, rel) : rel;
  }
  /** The document's folder relative to the root ('' at the root); undefined when unknown or outside. */
  documentFolder(docAbs) {
    if (!docAbs) return void 0;
    const rel = toRel(this.root, path14.dirname(path14.resolve(docAbs)));
    if (rel === ".." || rel.startsWith("../") || path14.isAbsolute(rel)) return void 0;
    return rel;
  }
  /** Resolves a citation path: exact relative path under a root first, then a unique suffix. */
  async resolve(citedPath) {
    const p = citedPath;
    if (p.length > MAX_PATH_LENGTH) return { kind: "outside", reason: `the path is longer than ${MAX_PATH_LENGTH} characters` };
    if (p.includes("\0")) return { kind: "outside", reason: "the path contains a NUL character" };
    if (p.startsWith("~")) return { kind: "outside", reason: "a home-directory path (~) is outside the workspace" };
    if (path14.posix.isAbsolute(p) || /^[A-Za-z]:\//.test(p) || p.startsWith("//")) {
      return { kind: "outside", reason: "an absolute path; cite paths relative to the workspace root" };
    }
    const norm2 = path14.posix.normalize(p);
    if (norm2 === ".." || norm2.startsWith("../")) return { kind: "outside", reason: 'it climbs out of the workspace with ".."' };
    for (const [prefix, dir] of this.repositories) {
      if (!norm2.startsWith(prefix + "/")) continue;
      if (!dir) return { kind: "external", prefix };
      return this.resolveInCheckout(norm2, prefix, dir);
    }
    const files = await this.goFiles();
    for (const root of this.sourceRoots) {
      const abs = path14.resolve(root, norm2);
      const up = path14.relative(root, abs);
      if (up === ".." || up.startsWith(".." + path14.sep) || path14.isAbsolute(up)) return { kind: "outside", reason: 'it climbs out of the workspace with ".."' };
      const rel = this.relOf(abs);
      if (files.get(rel) === abs || await this.existsAsFile(abs)) {
        const inside = await this.checkInside(abs);
        if (typeof inside !== "string") return inside;
        return { kind: "ok", abs, rel, viaSuffix: false, real: inside };
      }
    }
    if (norm2.includes("/..") || norm2.startsWith("./")) return { kind: "missing", suggestions: await this.suggest(norm2) };
    const base = path14.posix.basename(norm2);
    const candidates = (this.byBase.get(base) ?? []).filter((rel) => rel === norm2 || rel.endsWith("/" + norm2));
    if (candidates.length === 1) {
      const abs = files.get(candidates[0]);
      const inside = await this.checkInside(abs);
      if (typeof inside !== "string") return inside;
      return { kind: "ok", abs, rel: candidates[0], viaSuffix: true, real: inside };
    }
    if (candidates.length > 1) return { kind: "ambiguous", candidates: candidates.sort() };
    const first = norm2.includes("/") ? norm2.slice(0, norm2.indexOf("/")) : void 0;
    if (first && first !== "." && !this.dirNames.has(first)) return { kind: "missing", suggestions: [], notHere: first };
    return { kind: "missing", suggestions: await this.suggest(norm2) };
  }
  /** A citation into a mapped checkout: the exact path there, fenced like the workspace. */
  async resolveInCheckout(norm2, prefix, dir) {
    const abs = path14.resolve(dir, norm2.slice(prefix.length + 1));
    const up = path14.relative(dir, abs);
    if (up === ".." || up.startsWith(".." + path14.sep) || path14.isAbsolute(up)) return { kind: "outside", reason: 'it climbs out of the mapped checkout with ".."' };
    if (!await this.existsAsFile(abs)) return { kind: "missing", suggestions: [], checkout: dir };
    const inside = await this.checkInside(abs);
    if (typeof inside !== "string") return inside;
    return { kind: "ok", abs, rel: norm2, viaSuffix: false, real: inside };
  }
  async existsAsFile(abs) {
    try {
      await this.fs.realpath(abs);
      return true;
    } catch {
      return false;
    }
  }
  /** The real path of a file inside the fence, or why it is not. */
  checkInside(abs) {
    if (!this.watched) return this.checkInsideNow(abs);
    let check2 = this.insideChecks.get(abs);
    if (!check2) this.insideChecks.set(abs, check2 = this.checkInsideNow(abs));
    return check2;
  }
  async checkInsideNow(abs) {
    let real;
    try {
      real = await this.fs.realpath(abs);
    } catch {
      return { kind: "missing", suggestions: [] };
    }
    if (!await this.isInside(real)) return { kind: "outside", reason: `it is a link that resolves outside the workspace (${real})` };
    return real;
  }
  async suggest(cited, limit = 3) {
    const listing2 = this.goFiles();
    const files = await listing2;
    if (this.suggestions?.listing !== listing2 || this.suggestions.map.size > 1e3) this.suggestions = { listing: listing2, map: /* @__PURE__ */ new Map() };
    const key2 = `${limit}\0${cited}`;
    let found = this.suggestions.map.get(key2);
    if (!found) this.suggestions.map.set(key2, found = closestPaths(cited, [...files.keys()], this.byBase, limit));
    return found.slice();
  }
  /** Text of a Go file open in an editor; undefined text removes the overlay. */
  setOverlay(abs, version, text4) {
    if (text4 === void 0) this.overlays.delete(abs);
    else this.overlays.set(abs, { version, text: text4 });
  }
  /** Forget a cached parse (the file changed on disk). */
  invalidate(abs) {
    this.cache.delete(abs);
    this.insideChecks.delete(abs);
  }
  /** Reads and indexes a resolved Go file, cached by path + mtime + size. */
  async load(abs) {
    const overlay = this.overlays.get(abs);
    if (overlay) {
      const bytes = overlay.text.length > this.maxFileSize / 3 ? Buffer.byteLength(overlay.text) : 0;
      if (bytes > this.maxFileSize) return { kind: "problem", reason: `skipped: file too large (${bytes} bytes, limit ${this.maxFileSize}; see macroplan.maxFileSize)` };
      overlay.loaded ??= await parse2(overlay.text, "utf-8");
      return overlay.loaded;
    }
    const trusted = this.watched ? this.cached(abs) : void 0;
    if (trusted) return trusted.loaded;
    let real;
    try {
      real = await this.fs.realpath(abs);
    } catch {
      return { kind: "problem", reason: "the file no longer exists" };
    }
    if (!await this.isInside(real)) return { kind: "problem", reason: "the file resolves outside the workspace" };
    let st;
    try {
      st = await this.fs.stat(real);
    } catch (e) {
      return { kind: "problem", reason: `the file cannot be read (${e.code ?? "error"})` };
    }
    if (!st.isFile()) return { kind: "problem", reason: "not a regular file" };
    if (st.size > this.maxFileSize) {
      return { kind: "problem", reason: `skipped: file too large (${st.size} bytes, limit ${this.maxFileSize}; see macroplan.maxFileSize)` };
    }
    const hit = this.cached(abs);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.loaded;
    let buf;
    try {
      buf = await this.fs.readFile(real);
    } catch (e) {
      return { kind: "problem", reason: `the file cannot be read (${e.code ?? "error"})` };
    }
    const decoded = decode2(buf);
    const loaded = decoded.kind === "binary" ? { kind: "problem", reason: "binary content, not Go source" } : await parse2(decoded.text, decoded.kind);
    this.cache.delete(abs);
    this.cache.set(abs, { mtimeMs: st.mtimeMs, size: st.size, loaded });
    while (this.cache.size > this.maxCachedFiles) this.cache.delete(this.cache.keys().next().value);
    return loaded;
  }
  /** A cached entry, marked as most recently used. */
  cached(abs) {
    const hit = this.cache.get(abs);
    if (hit) {
      this.cache.delete(abs);
      this.cache.set(abs, hit);
    }
    return hit;
  }
};
function toRel(root, abs) {
  return path14.relative(root, abs).split(path14.sep).join("/");
}
var utf8 = new import_node_util.TextDecoder("utf-8", { fatal: true });
function decode2(buf) {
  if (buf.length >= 2 && (buf[0] === 255 && buf[1] === 254 || buf[0] === 254 && buf[1] === 255)) {
    const body2 = Buffer.from(buf.subarray(2, buf.length - buf.length % 2));
    if (buf[0] === 254) body2.swap16();
    return { kind: "utf-16", text: body2.toString("utf16le") };
  }
  if (buf.subarray(0, 8e3).includes(0)) return { kind: "binary" };
  try {
    let text4 = utf8.decode(buf);
    if (text4.charCodeAt(0) === 65279) text4 = text4.slice(1);
    return { kind: "utf-8", text: text4 };
  } catch {
    return { kind: "latin1", text: buf.toString("latin1") };
  }
}
async function parse2(text4, encoding) {
  const normalised = text4.replace(/\r\n?/g, "\n");
  const parser = await goParser();
  const tree = parser.parse(normalised);
  if (!tree) return { kind: "problem", reason: "the Go parser gave up on this file" };
  try {
    return { kind: "ok", file: indexGoFile(normalised, tree), encoding };
  } finally {
    tree.delete();
  }
}

// server/src/core/config.ts
var CONFIG_FILE = ".macroplan.json";
var DEFAULT_ID_SOURCES = ["**/standards/**/*.md", "**/invariants.md"];
function defaultConfig() {
  return {
    profile: "auto",
    profiles: [],
    rules: {},
    files: ["**/docs/plans/**/*macro*plan*.md", "**/*macro-plan*.md"],
    sourceRoots: ["."],
    repositories: {},
    idSources: DEFAULT_ID_SOURCES,
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    maxPlanSize: 8 * 1024 * 1024
  };
}
var SEVERITIES = /* @__PURE__ */ new Set(["off", "info", "warning", "error"]);
function mergeConfig(base, raw, problems) {
  const out2 = { ...base, rules: { ...base.rules } };
  if (raw === void 0 || raw === null) return out2;
  if (typeof raw !== "object" || Array.isArray(raw)) {
    problems.push({ message: "the configuration must be a JSON object" });
    return out2;
  }
  const r = raw;
  if (r.profile !== void 0) {
    if (typeof r.profile === "string" || typeof r.profile === "object" && r.profile && !Array.isArray(r.profile)) {
      out2.profile = r.profile;
      for (const message of resolveProfile(out2.profile).problems) problems.push({ message });
    } else problems.push({ message: '"profile" must be a profile name or a profile object' });
  }
  if (r.profiles !== void 0) {
    if (Array.isArray(r.profiles)) {
      const pins = [];
      r.profiles.forEach((x, i2) => {
        const o = x;
        const files = o && typeof o === "object" ? typeof o.files === "string" ? [o.files] : o.files : void 0;
        const okFiles = Array.isArray(files) && files.length > 0 && files.every((f) => typeof f === "string");
        const okProfile = o && (typeof o.profile === "string" || typeof o.profile === "object" && o.profile && !Array.isArray(o.profile));
        if (!okFiles || !okProfile) {
          problems.push({ message: `"profiles"[${i2}] must be { "files": [globs], "profile": name or profile object }` });
          return;
        }
        if (typeof o.profile === "string" && o.profile !== NO_PROFILE && o.profile !== AUTO_PROFILE && !BUILTIN_PROFILES[o.profile]) {
          problems.push({ message: `"profiles"[${i2}]: unknown profile "${o.profile}" (known: ${[...Object.keys(BUILTIN_PROFILES), AUTO_PROFILE, NO_PROFILE].join(", ")})` });
          return;
        }
        if (typeof o.profile === "object") for (const message of resolveProfile(o.profile).problems) problems.push({ message: `"profiles"[${i2}]: ${message}` });
        pins.push({ files, profile: o.profile });
      });
      out2.profiles = pins;
    } else problems.push({ message: '"profiles" must be an array of { "files": [globs], "profile": name }' });
  }
  if (r.rules !== void 0) {
    if (typeof r.rules === "object" && r.rules && !Array.isArray(r.rules)) {
      for (const [id, sev] of Object.entries(r.rules)) {
        if (typeof sev === "string" && SEVERITIES.has(sev)) out2.rules[id] = sev;
        else problems.push({ message: `rule "${id}": severity must be one of off, info, warning, error` });
      }
    } else problems.push({ message: '"rules" must be an object of rule id to severity' });
  }
  if (r.repositories !== void 0) {
    const v = r.repositories;
    if (v && typeof v === "object" && !Array.isArray(v) && Object.values(v).every((x) => x === null || typeof x === "string")) out2.repositories = { ...v };
    else problems.push({ message: '"repositories" must map path prefixes to a checkout folder (a string) or to null' });
  }
  for (const key2 of ["files", "sourceRoots", "idSources"]) {
    const v = r[key2];
    if (v === void 0) continue;
    if (Array.isArray(v) && v.every((x) => typeof x === "string")) out2[key2] = v;
    else problems.push({ message: `"${key2}" must be an array of strings` });
  }
  if (r.since !== void 0) {
    if (typeof r.since === "string" && r.since.trim() !== "" && !/[\0\n\r]/.test(r.since) && !r.since.startsWith("-")) out2.since = r.since.trim();
    else problems.push({ message: '"since" must be a git ref (a tag, branch or commit id)' });
  }
  for (const key2 of ["maxFileSize", "maxPlanSize"]) {
    const v = r[key2];
    if (v === void 0) continue;
    if (typeof v === "number" && v > 0) out2[key2] = v;
    else problems.push({ message: `"${key2}" must be a positive number of bytes` });
  }
  return out2;
}
async function loadConfig(root, base = defaultConfig(), fs9 = nodeFs) {
  const file = path15.join(root, CONFIG_FILE);
  let text4;
  try {
    text4 = (await fs9.readFile(file)).toString("utf8");
  } catch {
    return { config: base, problems: [] };
  }
  const problems = [];
  let raw;
  try {
    raw = JSON.parse(text4);
  } catch (e) {
    const m = /position (\d+)/.exec(e.message);
    const line = m ? text4.slice(0, Number(m[1])).split("\n").length : void 0;
    problems.push({ message: `${CONFIG_FILE} is not valid JSON: ${e.message}`, line });
    return { config: base, problems, file };
  }
  return { config: mergeConfig(base, raw, problems), problems, file };
}

// server/src/core/history/git.ts
var fs5 = __toESM2(require("node:fs"));
var path17 = __toESM2(require("node:path"));

// server/src/core/history/shared.ts
var SharedAnswers = class {
  inflight = /* @__PURE__ */ new Map();
  /** The answer to `key`, asked with `ask` unless someone is already asking. */
  async get(key2, token, ask) {
    for (let attempt = 0; ; attempt++) {
      if (token?.isCancellationRequested) throw new CancelledError();
      let entry = this.inflight.get(key2);
      if (!entry) {
        const waiters = [];
        const all2 = { get isCancellationRequested() {
          return waiters.length > 0 && waiters.every((w) => w?.isCancellationRequested);
        } };
        const made = { promise: Promise.resolve().then(() => ask(all2)), waiters };
        entry = made;
        this.inflight.set(key2, made);
        const clear = () => {
          if (this.inflight.get(key2) === made) this.inflight.delete(key2);
        };
        made.promise.then(clear, clear);
      }
      entry.waiters.push(token);
      try {
        const value = await entry.promise;
        if (token?.isCancellationRequested) throw new CancelledError();
        return value;
      } catch (e) {
        if (e instanceof CancelledError && !token?.isCancellationRequested && attempt < 3) continue;
        throw e;
      } finally {
        const i2 = entry.waiters.indexOf(token);
        if (i2 >= 0) entry.waiters.splice(i2, 1);
      }
    }
  }
};

// server/src/core/history/discover.ts
var fs4 = __toESM2(require("node:fs"));
var path16 = __toESM2(require("node:path"));
function discoverRepository(dir) {
  let d;
  let dev;
  try {
    d = fs4.realpathSync(dir);
    dev = fs4.statSync(d).dev;
  } catch {
    return void 0;
  }
  let crossed = false;
  for (; ; ) {
    const here = lstat(d);
    if (!here) return void 0;
    if (here.dev !== dev) crossed = true;
    const git = lstat(path16.join(d, ".git"));
    if (git === void 0) return void 0;
    if (git) return crossed ? void 0 : plainRepository(d, git);
    const head3 = lstat(path16.join(d, "HEAD"));
    if (head3 !== null) return void 0;
    const up = path16.dirname(d);
    if (up === d) return null;
    d = up;
  }
}
function lstat(p) {
  try {
    return fs4.lstatSync(p);
  } catch (e) {
    return e.code === "ENOENT" ? null : void 0;
  }
}
var HEAD_CONTENT = /^(?:ref: refs\/\S+|[0-9a-f]{40}|[0-9a-f]{64})\n?$/;
var UNUSUAL_CONFIG = /^\s*(?:worktree\s*=|bare\b(?!\s*=\s*false\s*$)|\[\s*(?:include|extensions))/im;
function plainRepository(top, git) {
  if (process.platform === "win32" || typeof process.geteuid !== "function") return void 0;
  const uid = process.geteuid();
  const gitDir = path16.join(top, ".git");
  try {
    if (!git.isDirectory() || git.uid !== uid) return void 0;
    if (fs4.statSync(top).uid !== uid) return void 0;
    if (!HEAD_CONTENT.test(fs4.readFileSync(path16.join(gitDir, "HEAD"), "utf8"))) return void 0;
    if (!fs4.statSync(path16.join(gitDir, "objects")).isDirectory() || !fs4.statSync(path16.join(gitDir, "refs")).isDirectory()) return void 0;
    if (lstat(path16.join(gitDir, "commondir")) !== null || lstat(path16.join(gitDir, "config.worktree")) !== null) return void 0;
    if (UNUSUAL_CONFIG.test(fs4.readFileSync(path16.join(gitDir, "config"), "utf8"))) return void 0;
  } catch {
    return void 0;
  }
  let shallow = false;
  try {
    fs4.accessSync(path16.join(gitDir, "shallow"), fs4.constants.R_OK);
    shallow = true;
  } catch (e) {
    if (e.code !== "ENOENT") return void 0;
  }
  return { root: top, shallow };
}

// server/src/core/history/gitparse.ts
var HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function unquotePath(raw) {
  if (!raw.startsWith('"')) return raw;
  const bytes = [];
  const body2 = raw.slice(1, raw.lastIndexOf('"'));
  const simple = { n: 10, t: 9, r: 13, '"': 34, "\\": 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i2 = 0; i2 < body2.length; i2++) {
    const ch = body2[i2];
    if (ch !== "\\") {
      bytes.push(...Buffer.from(ch, "utf8"));
      continue;
    }
    const next = body2[++i2];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body2.slice(i2, i2 + 3), 8));
      i2 += 2;
    } else bytes.push(simple[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString("utf8");
}
function stripPrefix(p) {
  if (p === "/dev/null") return void 0;
  const u = unquotePath(p);
  return u.startsWith("a/") || u.startsWith("b/") ? u.slice(2) : u;
}
function parseHunkHeader(line) {
  const m = HUNK.exec(line);
  if (!m) return void 0;
  const oldCount = m[2] === void 0 ? 1 : Number(m[2]);
  const newCount = m[4] === void 0 ? 1 : Number(m[4]);
  return {
    oldStart: Number(m[1]) + (oldCount === 0 ? 1 : 0),
    oldCount,
    newStart: Number(m[3]) + (newCount === 0 ? 1 : 0),
    newCount
  };
}
function parsePatch(text4, other) {
  const out2 = [];
  let cur;
  let inHunk = 0;
  for (const line of text4.split("\n")) {
    if (inHunk > 0 && (line.startsWith("-") || line.startsWith("+") || line.startsWith(" ") || line.startsWith("\\"))) {
      if (!line.startsWith("\\")) inHunk--;
      continue;
    }
    inHunk = 0;
    if (line.startsWith("diff --git ")) {
      cur = { hunks: [] };
      const m = /^diff --git (a\/.*|"a\/.*") (b\/.*|"b\/.*")$/.exec(line);
      if (m) {
        cur.oldPath = stripPrefix(m[1]);
        cur.newPath = stripPrefix(m[2]);
      }
      out2.push(cur);
      continue;
    }
    if (!cur) {
      other?.(line);
      continue;
    }
    if (line.startsWith("rename from ")) cur.oldPath = unquotePath(line.slice(12));
    else if (line.startsWith("rename to ")) cur.newPath = unquotePath(line.slice(10));
    else if (line.startsWith("new file mode")) cur.oldPath = void 0;
    else if (line.startsWith("deleted file mode")) cur.newPath = void 0;
    else if (line.startsWith("--- ")) cur.oldPath = stripPrefix(line.slice(4));
    else if (line.startsWith("+++ ")) cur.newPath = stripPrefix(line.slice(4));
    else if (line.startsWith("@@")) {
      const h = parseHunkHeader(line);
      if (h) {
        cur.hunks.push(h);
        inHunk = h.oldCount + h.newCount;
      }
    } else if (/^(index |similarity |dissimilarity |old mode|new mode|copy |Binary files)/.test(line)) continue;
    else {
      cur = void 0;
      other?.(line);
    }
  }
  return out2;
}
function parseBlame(text4) {
  const out2 = [];
  const origin = /* @__PURE__ */ new Map();
  const lines = text4.split("\n");
  for (let i2 = 0; i2 < lines.length; i2++) {
    const m = /^([0-9a-f]{40,64}) (\d+) (\d+)/.exec(lines[i2]);
    if (!m) continue;
    const commit = m[1];
    let o = origin.get(commit);
    let previous3;
    for (; i2 + 1 < lines.length && !lines[i2 + 1].startsWith("	"); i2++) {
      const field2 = lines[i2 + 1];
      if (field2.startsWith("previous ")) {
        const sp = field2.indexOf(" ", 9);
        previous3 = { commit: field2.slice(9, sp), path: unquotePath(field2.slice(sp + 1)) };
      } else if (field2.startsWith("filename ")) {
        o = { path: unquotePath(field2.slice(9)), previous: previous3 };
        origin.set(commit, o);
      }
    }
    i2++;
    const line = { commit, line: Number(m[2]), path: o?.path ?? "" };
    if (o?.previous) line.previous = o.previous;
    out2[Number(m[3]) - 1] = line;
  }
  return out2;
}
function parseCommit(sha, body2) {
  const blank = body2.indexOf("\n\n");
  const header = blank < 0 ? body2 : body2.slice(0, blank);
  const message = blank < 0 ? "" : body2.slice(blank + 2);
  const committer = /^committer .* (\d+) [+-]\d{4}$/m.exec(header);
  const parents = [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]);
  return { sha, time: committer ? Number(committer[1]) * 1e3 : 0, subject: message.split("\n")[0].trim(), parents };
}

// server/src/core/history/git.ts
var SAFE_CONFIG = [
  "-c",
  "core.fsmonitor=false",
  "-c",
  "core.quotePath=false",
  "-c",
  "core.pager=cat",
  "-c",
  "color.ui=false",
  "-c",
  "diff.external=",
  "-c",
  "log.showSignature=false",
  "-c",
  "gc.auto=0",
  "-c",
  "maintenance.auto=false"
];
var DIFF_SAFE = ["--no-ext-diff", "--no-textconv", "--no-color", "--src-prefix=a/", "--dst-prefix=b/", "--no-relative"];
var MAX_OUTPUT = 256 * 1024 * 1024;
var COMMIT_FORMAT = "--format=%x01%H%x00%ct%x00%s";
function safeName(s) {
  return s.length > 0 && s.length < 4096 && !/[\0\n\r]/.test(s) && !s.startsWith("-");
}
function childProcess() {
  return require("node:child_process");
}
function findGit(searchPath = process.env.PATH ?? "") {
  for (const dir of searchPath.split(path17.delimiter)) {
    if (!dir || !path17.isAbsolute(dir)) continue;
    for (const name2 of process.platform === "win32" ? ["git.exe", "git.cmd"] : ["git"]) {
      const p = path17.join(dir, name2);
      try {
        if (fs5.statSync(p).isFile()) return p;
      } catch {
      }
    }
  }
  return void 0;
}
function gitEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("GIT_")) env[k] = v;
  env.GIT_OPTIONAL_LOCKS = "0";
  env.GIT_TERMINAL_PROMPT = "0";
  env.GIT_PAGER = "cat";
  env.LC_ALL = "C";
  return env;
}
var GitHistory = class {
  cwd;
  timeout;
  gitPath;
  env = gitEnv();
  info;
  batch;
  blobs = /* @__PURE__ */ new Map();
  commits = /* @__PURE__ */ new Map();
  blames = /* @__PURE__ */ new Map();
  /** Answers in flight, shared by every caller until the last one cancels. */
  shared = new SharedAnswers();
  diffs = /* @__PURE__ */ new Map();
  disposed = false;
  constructor(opts) {
    this.cwd = opts.cwd;
    this.timeout = opts.timeout ?? 1e4;
    this.gitPath = opts.git ?? findGit(opts.searchPath);
  }
  run(args2, token, input, cwd) {
    const git = this.gitPath;
    if (!git) return Promise.reject(new HistoryUnavailable("git was not found on PATH"));
    if (this.disposed) return Promise.reject(new HistoryUnavailable("history was closed"));
    return new Promise((resolve7, reject) => {
      let poll;
      let cancelled = false;
      const child = childProcess().execFile(git, ["--no-pager", "--no-optional-locks", ...SAFE_CONFIG, ...args2], { cwd: cwd ?? this.cwd, env: this.env, timeout: this.timeout, maxBuffer: MAX_OUTPUT, encoding: "utf8", windowsHide: true }, (err2, stdout, stderr) => {
        if (poll) clearInterval(poll);
        if (cancelled || token?.isCancellationRequested) return reject(new CancelledError());
        if (err2) {
          const e = err2;
          if (e.code === "ENOENT") return reject(new HistoryUnavailable("git was not found on PATH"));
          if (e.killed) return reject(new HistoryUnavailable(`git ${args2[0]} took longer than ${this.timeout} ms`));
          return reject(Object.assign(new Error(String(stderr).trim() || e.message), { gitExit: e.code }));
        }
        resolve7(stdout);
      });
      if (token) poll = setInterval(() => {
        if (!token.isCancellationRequested) return;
        cancelled = true;
        child.kill();
      }, 50);
      child.stdin?.on("error", () => void 0);
      child.stdin?.end(input ?? "");
    });
  }
  repository(token) {
    if (this.info) return this.info;
    const ask = (t) => {
      const known = this.gitPath && !this.disposed ? discoverRepository(this.cwd) : void 0;
      if (known === null) return Promise.reject(new HistoryUnavailable("not a git repository"));
      if (known) return Promise.resolve(`${known.root}
${known.shallow}
`);
      return this.run(["rev-parse", "--show-toplevel", "--is-shallow-repository"], t);
    };
    return this.shared.get("repository", token, (t) => ask(t).then(
      (out2) => {
        const [top, shallow] = out2.trim().split("\n");
        let root = top;
        try {
          root = fs5.realpathSync(top);
        } catch {
        }
        const info2 = { root, shallow: shallow === "true" };
        this.info = Promise.resolve(info2);
        return info2;
      },
      (e) => {
        if (e instanceof HistoryUnavailable || e instanceof CancelledError) throw e;
        throw new HistoryUnavailable(/not a git repository/i.test(e.message) ? "not a git repository" : `git cannot read the repository (${e.message.split("\n")[0]})`);
      }
    ));
  }
  async repoRun(args2, token, input) {
    const { root } = await this.repository(token);
    return this.run(args2, token, input, root);
  }
  async cat(spec2, token) {
    if (!safeName(spec2)) return void 0;
    const { root } = await this.repository(token);
    if (!this.gitPath) throw new HistoryUnavailable("git was not found on PATH");
    if (this.disposed) throw new HistoryUnavailable("history was closed");
    this.batch ??= new CatFile(this.gitPath, root, this.env, this.timeout);
    return this.batch.get(spec2, token);
  }
  async commit(ref, token) {
    const full = /^[0-9a-f]{40,64}$/.test(ref);
    if (full && this.commits.has(ref)) return this.commits.get(ref);
    const obj = await this.cat(`${ref}^{commit}`, token);
    const info2 = obj && obj.type === "commit" ? parseCommit(obj.oid, obj.body.toString("utf8")) : void 0;
    if (info2) this.commits.set(info2.sha, info2);
    else if (full) this.commits.set(ref, void 0);
    bound(this.commits, 5e3);
    return info2;
  }
  async blame(commit, file, token) {
    const key2 = `${commit}\0${file}`;
    if (this.blames.has(key2)) return this.blames.get(key2);
    if (!safeName(commit) || !safeName(file)) return void 0;
    const answer = await this.shared.get(`blame\0${key2}`, token, (t) => this.repoRun(["blame", "--porcelain", "--no-textconv", commit, "--", file], t).then(parseBlame, (e) => {
      if (e instanceof HistoryUnavailable || e instanceof CancelledError) throw e;
      return void 0;
    }));
    if (/^[0-9a-f]{40,64}$/.test(commit)) {
      this.blames.set(key2, answer);
      bound(this.blames, 200);
    }
    return answer;
  }
  async readFile(commit, file, token) {
    const obj = await this.cat(`${commit}:${file}`, token);
    if (!obj || obj.type !== "blob") return void 0;
    let blob = this.blobs.get(obj.oid);
    if (!blob) {
      blob = { oid: obj.oid, text: obj.body.toString("utf8") };
      this.blobs.set(obj.oid, blob);
      bound(this.blobs, 2e3);
    }
    return blob;
  }
  async changes(pairs, token) {
    const out2 = /* @__PURE__ */ new Map();
    const todo = /* @__PURE__ */ new Map();
    for (const p of pairs) {
      const key2 = pairKey(p);
      const hit = this.diffs.get(key2);
      if (hit) out2.set(key2, hit);
      else if (p.from === p.to) out2.set(key2, []);
      else if (/^[0-9a-f]{40,64}$/.test(p.from) && /^[0-9a-f]{40,64}$/.test(p.to)) todo.set(p.from, p);
    }
    if (todo.size === 0) return out2;
    const byTo = /* @__PURE__ */ new Map();
    for (const p of todo.values()) byTo.set(p.to, [...byTo.get(p.to) ?? [], p]);
    for (const [, group] of byTo) {
      const input = group.map((p) => `${p.from} ${p.to}
`).join("");
      const text4 = await this.repoRun(["diff-tree", "--stdin", "-r", "-M", "-p", "-U0", ...DIFF_SAFE, "--", "*.go"], token, input);
      const found = new Map(group.map((p) => [p.from, []]));
      let current;
      const pieces = [];
      const lines = text4.split("\n");
      lines.forEach((l, i2) => {
        if (/^[0-9a-f]{40,64}$/.test(l) && found.has(l)) pieces.push({ header: l, start: i2 });
      });
      pieces.forEach((piece, i2) => {
        const body2 = lines.slice(piece.start + 1, i2 + 1 < pieces.length ? pieces[i2 + 1].start : lines.length).join("\n");
        current = found.get(piece.header);
        current.push(...parsePatch(body2).map(reverseChange));
      });
      for (const p of group) {
        const list3 = found.get(p.from);
        this.diffs.set(pairKey(p), list3);
        bound(this.diffs, 500);
        out2.set(pairKey(p), list3);
      }
    }
    return out2;
  }
  async commitBefore(time, token) {
    const out2 = await this.repoRun(["log", "-1", COMMIT_FORMAT, `--before=${new Date(Math.max(0, time)).toISOString()}`, "HEAD", "--"], token).catch((e) => {
      if (e instanceof HistoryUnavailable || e instanceof CancelledError) throw e;
      return "";
    });
    const [sha, ct, subject] = out2.replace(/^\x01/, "").replace(/\n$/, "").split("\0");
    return sha ? { sha, time: Number(ct) * 1e3, subject: subject ?? "" } : void 0;
  }
  async log(from, to, paths, token) {
    const safe = paths.filter(safeName);
    if (!safeName(from) || !safeName(to) || safe.length === 0) return [];
    const text4 = await this.repoRun(["log", "--reverse", "--no-merges", COMMIT_FORMAT, "-p", "-U0", "-M", ...DIFF_SAFE, `${from}..${to}`, "--", ...safe.map((p) => `:(literal)${p}`)], token);
    const out2 = [];
    for (const chunk of text4.split("").slice(1)) {
      const nl = chunk.indexOf("\n");
      const [sha, ct, subject] = (nl < 0 ? chunk : chunk.slice(0, nl)).split("\0");
      out2.push({ sha, time: Number(ct) * 1e3, subject: subject ?? "", changes: nl < 0 ? [] : parsePatch(chunk.slice(nl + 1)) });
    }
    return out2;
  }
  async tracked(paths, token) {
    const safe = paths.filter(safeName);
    if (safe.length === 0) return /* @__PURE__ */ new Set();
    const out2 = await this.repoRun(["ls-files", "-z", "--full-name", "--", ...safe.map((p) => `:(literal)${p}`)], token);
    return new Set(out2.split("\0").filter(Boolean));
  }
  async isPublished(commit, token) {
    if (!/^[0-9a-f]{40,64}$/.test(commit)) return false;
    const out2 = await this.repoRun(["branch", "-r", "--contains", commit, "--format=%(refname)"], token).catch((e) => {
      if (e instanceof HistoryUnavailable || e instanceof CancelledError) throw e;
      return "";
    });
    return out2.trim() !== "";
  }
  /**
   * Whether the working tree is HEAD's: no tracked file modified, staged or deleted, no new file
   * git does not ignore. The command line's quick answer when HEAD is the base.
   */
  async worktreeClean(token) {
    const modified = await this.repoRun(["diff", "--name-only", "-z", ...DIFF_SAFE, "HEAD", "--"], token);
    if (modified) return false;
    const added = await this.repoRun(["ls-files", "-z", "--others", "--exclude-standard"], token);
    return added === "";
  }
  async mergeBase(a, b, token) {
    if (!safeName(a) || !safeName(b)) return void 0;
    const out2 = await this.repoRun(["merge-base", a, b], token).catch((e) => {
      if (e instanceof HistoryUnavailable || e instanceof CancelledError) throw e;
      return "";
    });
    return out2.trim() || void 0;
  }
  async remotes(token) {
    const out2 = await this.repoRun(["config", "--get-regexp", "^remote\\..*\\.url$"], token).catch((e) => {
      if (e instanceof HistoryUnavailable || e instanceof CancelledError) throw e;
      return "";
    });
    return out2.split("\n").map((l) => l.slice(l.indexOf(" ") + 1)).filter(Boolean);
  }
  dispose() {
    this.disposed = true;
    this.batch?.close();
    this.batch = void 0;
  }
};
function bound(map, max) {
  while (map.size > max) map.delete(map.keys().next().value);
}
function reverseChange(c) {
  return { oldPath: c.newPath, newPath: c.oldPath, hunks: c.hunks.map((h) => ({ oldStart: h.newStart, oldCount: h.newCount, newStart: h.oldStart, newCount: h.oldCount })) };
}
var CatFile = class {
  constructor(git, cwd, env, timeout) {
    this.git = git;
    this.cwd = cwd;
    this.env = env;
    this.timeout = timeout;
  }
  child;
  queue = [];
  buf = Buffer.alloc(0);
  start() {
    const child = childProcess().spawn(this.git, ["--no-pager", "--no-optional-locks", ...SAFE_CONFIG, "cat-file", "--batch"], { cwd: this.cwd, env: this.env, stdio: ["pipe", "pipe", "ignore"], windowsHide: true });
    child.stdout.on("data", (d) => {
      this.buf = this.buf.length ? Buffer.concat([this.buf, d]) : d;
      this.drain();
    });
    const fail = (e) => {
      if (this.child !== child) return;
      this.child = void 0;
      this.buf = Buffer.alloc(0);
      for (const p of this.queue.splice(0)) {
        clearTimeout(p.timer);
        p.reject(e);
      }
    };
    child.on("error", (e) => fail(e.code === "ENOENT" ? new HistoryUnavailable("git was not found on PATH") : e));
    child.on("exit", () => fail(new HistoryUnavailable("git cat-file ended")));
    child.stdin.on("error", () => void 0);
    child.unref();
    child.stdout.unref?.();
    child.stdin.unref?.();
    return child;
  }
  get(spec2, token) {
    if (token?.isCancellationRequested) return Promise.reject(new CancelledError());
    this.child ??= this.start();
    const child = this.child;
    return new Promise((resolve7, reject) => {
      const p = { spec: spec2, resolve: resolve7, reject };
      p.timer = setTimeout(() => {
        child.kill();
      }, this.timeout);
      this.queue.push(p);
      child.stdin.write(spec2 + "\n");
    });
  }
  drain() {
    while (this.queue.length > 0) {
      const nl = this.buf.indexOf(10);
      if (nl < 0) return;
      const header = this.buf.subarray(0, nl).toString("utf8");
      const p = this.queue[0];
      if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
        this.buf = this.buf.subarray(nl + 1);
        this.queue.shift();
        clearTimeout(p.timer);
        p.resolve(void 0);
        continue;
      }
      const [oid, type, size] = header.split(" ");
      const n = Number(size);
      if (this.buf.length < nl + 1 + n + 1) return;
      const body2 = Buffer.from(this.buf.subarray(nl + 1, nl + 1 + n));
      this.buf = this.buf.subarray(nl + 1 + n + 1);
      this.queue.shift();
      clearTimeout(p.timer);
      p.resolve({ oid, type, body: body2 });
    }
  }
  close() {
    const child = this.child;
    this.child = void 0;
    for (const p of this.queue.splice(0)) {
      clearTimeout(p.timer);
      p.reject(new HistoryUnavailable("history was closed"));
    }
    child?.stdin?.end();
    child?.kill();
  }
};

// server/src/core/history/impact.ts
var path18 = __toESM2(require("node:path"));
var DEFAULT_BRANCHES = ["origin/HEAD", "origin/main", "origin/master", "main", "master"];
async function impactBase(h, ref, token) {
  if (ref !== void 0) {
    const c = await h.commit(ref, token);
    if (!c) throw new HistoryUnavailable(`--base ${ref} names no commit in this repository`);
    return c;
  }
  const head3 = await h.commit("HEAD", token);
  if (!head3) throw new HistoryUnavailable("the repository has no commits yet");
  for (const b of DEFAULT_BRANCHES) {
    const branch = await h.commit(b, token);
    if (!branch) continue;
    const base = await h.mergeBase(branch.sha, head3.sha, token);
    const c = base ? await h.commit(base, token) : void 0;
    if (c) return c;
  }
  throw new HistoryUnavailable("no default branch (origin/HEAD, main or master) to compare with; give --base REF");
}
async function impactedCitations(ws, h, base, model, planAbs, citations, token) {
  const out2 = { impacts: [], stale: [] };
  const repo = await h.repository(token);
  const head3 = await h.commit("HEAD", token);
  if (!head3) return out2;
  const changes = (await h.changes([{ from: base.sha, to: head3.sha }], token)).get(pairKey({ from: base.sha, to: head3.sha })) ?? [];
  const sideOf = await planSides(ws, h, repo.root, base, model, planAbs, token);
  const roots = await ws.roots();
  const realOf = realPaths(ws);
  const baseFiles = /* @__PURE__ */ new Map();
  const baseFile = (p) => once(baseFiles, p, () => h.readFile(base.sha, p, token));
  const nowFiles = /* @__PURE__ */ new Map();
  const nowFile = (p) => once(nowFiles, p, () => readNow(ws, repo.root, p));
  const diffs = /* @__PURE__ */ new Map();
  const diff = (basePath, nowPath, now) => once(diffs, `${basePath}\0${nowPath}`, async () => {
    const old = basePath ? await baseFile(basePath) : void 0;
    return diffLines(old ? splitLines(old.text) : [], now);
  });
  const onBase = async (c) => {
    const paths = await citedRepoPaths(ws, repo.root, c, roots, planAbs, realOf);
    if (paths.length === 0) return true;
    let basePath;
    let blob;
    for (const p of paths) if (!blob && (blob = await baseFile(p))) basePath = p;
    if (!blob || !basePath) return false;
    const count = splitLines(blob.text).length;
    if (!fits(c.ranges, count)) {
      out2.stale.push({ citation: c, side: "base", rel: basePath, reason: `${basePath} has ${count} line${count === 1 ? "" : "s"} at the base` });
      return true;
    }
    const rel = basePath === paths[0] && c.resolution.kind === "ok" ? c.resolution.rel : basePath;
    const change = changes.find((x) => x.oldPath === basePath);
    const nowPath = change ? change.newPath : basePath;
    const now = nowPath ? await nowFile(nowPath) : "gone";
    if (now === "unread") return true;
    const was = splitLines(blob.text);
    if (now === "gone") {
      const cited = c.ranges.flatMap((r) => was.slice(r.start - 1, r.end));
      out2.impacts.push({ citation: c, side: "base", rel, deleted: true, changed: c.ranges.map((r) => ({ start: r.start, end: r.end })), diff: { was: cited, now: [] } });
      return true;
    }
    const hunks = await diff(basePath, nowPath, now.lines);
    const changed = overlap(c.ranges, changedSpans(hunks, "base"));
    if (changed.length) out2.impacts.push({ citation: c, side: "base", rel, nowRel: nowPath !== basePath ? nowPath : void 0, changed, diff: hunkLines(hunks, c.ranges, "base", was, now.lines) });
    return true;
  };
  const onNow = async (c) => {
    if (c.resolution.kind !== "ok" || c.loaded?.kind !== "ok") return;
    const rel = insideRepo(repo.root, c.resolution.real ?? await realOf(c.resolution.abs));
    if (!rel) return;
    const lines = c.loaded.file.lines;
    if (!fits(c.ranges, lines.length)) {
      out2.stale.push({ citation: c, side: "now", rel: c.resolution.rel, reason: `${c.resolution.rel} has ${lines.length} line${lines.length === 1 ? "" : "s"} now` });
      return;
    }
    const change = changes.find((x) => x.newPath === rel);
    const oldPath = change ? change.oldPath : rel;
    const hunks = await diff(oldPath, rel, lines);
    const changed = overlap(c.ranges, changedSpans(hunks, "now"));
    if (!changed.length) return;
    const was = oldPath ? await baseFile(oldPath) : void 0;
    out2.impacts.push({ citation: c, side: "now", rel: c.resolution.rel, changed, diff: hunkLines(hunks, c.ranges, "now", was ? splitLines(was.text) : [], lines) });
  };
  for (const c of citations) {
    throwIfCancelled(token);
    const side = sideOf(model.lines.positionAt(c.start).line + 1);
    if (side === "updated") continue;
    if (side === "base" && await onBase(c)) continue;
    await onNow(c);
  }
  return out2;
}
async function planSides(ws, h, repoRoot, base, model, planAbs, token) {
  const rel = planAbs ? insideRepo(repoRoot, await ws.fs.realpath(planAbs).catch(() => planAbs)) : void 0;
  const atBase = rel ? await h.readFile(base.sha, rel, token) : void 0;
  if (!atBase) return () => "now";
  const hunks = diffLines(splitLines(atBase.text.replace(/^\uFEFF/, "")), splitLines(model.text));
  const back = hunks.map((x) => ({ oldStart: x.newStart, oldCount: x.newCount, newStart: x.oldStart, newCount: x.oldCount }));
  return (line) => mapLine(back, line) === void 0 ? "updated" : "base";
}
async function readNow(ws, repoRoot, repoPath2) {
  const abs = path18.join(repoRoot, ...repoPath2.split("/"));
  let real;
  try {
    real = await ws.fs.realpath(abs);
  } catch {
    return "gone";
  }
  if (!await ws.isInside(real)) return "unread";
  const loaded = await ws.load(abs);
  return loaded.kind === "ok" ? { lines: loaded.file.lines } : "unread";
}
function once(cache13, key2, make) {
  let hit = cache13.get(key2);
  if (!hit) cache13.set(key2, hit = make());
  return hit;
}
function fits(ranges, lines) {
  return ranges.every((r) => r.start >= 1 && r.start <= r.end && r.end <= lines);
}
function changedSpans(hunks, side) {
  return hunks.map((x) => {
    const [start2, count] = side === "base" ? [x.oldStart, x.oldCount] : [x.newStart, x.newCount];
    return count > 0 ? { start: start2, end: start2 + count - 1 } : { start: start2 - 1, end: start2, point: true };
  });
}
function hunkLines(hunks, ranges, side, was, now) {
  const out2 = { was: [], now: [] };
  for (const x of hunks) {
    if (!overlap(ranges, changedSpans([x], side)).length) continue;
    out2.was.push(...was.slice(x.oldStart - 1, x.oldStart - 1 + x.oldCount));
    out2.now.push(...now.slice(x.newStart - 1, x.newStart - 1 + x.newCount));
  }
  return out2;
}
function overlap(ranges, spans) {
  const out2 = [];
  for (const r of ranges) {
    for (const s of spans) {
      const a = Math.max(r.start, s.start);
      const b = Math.min(r.end, s.end);
      if (a <= b && !(s.point && (s.end === r.start || s.start === r.end))) out2.push({ start: a, end: b });
    }
  }
  return out2;
}

// server/src/cli/root.ts
var fs6 = __toESM2(require("node:fs"));
var path19 = __toESM2(require("node:path"));
var HOW = { option: "--root", config: "has .macroplan.json", git: "the git repository's top level", cwd: "the current folder" };
function describeRoot(r) {
  return `${r.dir} (${HOW[r.how]})`;
}
function chooseRoot(given, paths) {
  if (given === void 0) return findRoot(paths, process.cwd());
  const dir = path19.resolve(given);
  if (!fs6.existsSync(dir) || !fs6.statSync(dir).isDirectory()) throw new UsageError(`--root ${given}: not a folder`);
  return { dir, how: "option" };
}
function findRoot(paths, cwd) {
  let dir = startFolder(paths.map((p) => path19.resolve(cwd, p)), cwd);
  for (; ; ) {
    if (isFile(path19.join(dir, ".macroplan.json"))) return { dir, how: "config" };
    if (isRepositoryTop(dir)) return { dir, how: "git" };
    const up = path19.dirname(dir);
    if (up === dir) return { dir: cwd, how: "cwd" };
    dir = up;
  }
}
function startFolder(abs, cwd) {
  const dirs = abs.filter((p) => fs6.existsSync(p)).map((p) => isDir(p) ? p : path19.dirname(p));
  if (!dirs.length) return cwd;
  let common = dirs[0];
  for (const d of dirs.slice(1)) {
    while (common !== path19.dirname(common) && d !== common && !d.startsWith(common + path19.sep)) common = path19.dirname(common);
  }
  return common;
}
function existsAbove(root, rel) {
  if (!rel.includes("/") || path19.isAbsolute(rel) || rel.split("/").includes("..")) return void 0;
  if (isRepositoryTop(root)) return void 0;
  for (let dir = path19.dirname(root); ; dir = path19.dirname(dir)) {
    if (fs6.existsSync(path19.join(dir, rel))) return dir;
    if (isRepositoryTop(dir) || dir === path19.dirname(dir)) return void 0;
  }
}
function isRepositoryTop(dir) {
  const dotGit = path19.join(dir, ".git");
  if (isFile(path19.join(dotGit, "HEAD"))) return true;
  if (!isFile(dotGit)) return false;
  try {
    return fs6.readFileSync(dotGit, "utf8").startsWith("gitdir:");
  } catch {
    return false;
  }
}
function isFile(p) {
  try {
    return fs6.statSync(p).isFile();
  } catch {
    return false;
  }
}
function isDir(p) {
  try {
    return fs6.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

// server/src/cli/impact.ts
var IMPACT_RULE = { id: "MP900", name: "citation-impacted", severity: "info", description: "The cited lines changed between the base and the working tree: check the sentence still holds." };
function parseImpactArgs(argv) {
  const out2 = { paths: [], format: "text", failOnImpact: false };
  out2.paths = walkArgs(argv, (flag, value) => {
    switch (flag) {
      case "--root":
        out2.root = value();
        return true;
      case "--base":
        out2.base = gitRef(flag, value());
        return true;
      case "--format": {
        const f = value();
        if (f !== "text" && f !== "json" && f !== "sarif") throw new UsageError(`--format must be text, json or sarif, not "${f}"`);
        out2.format = f;
        return true;
      }
      case "--fail-on-impact":
        out2.failOnImpact = true;
        return true;
      default:
        return false;
    }
  });
  return out2;
}
async function impact(argv) {
  const args2 = parseImpactArgs(argv);
  const root = chooseRoot(args2.root, args2.paths).dir;
  const targets = expandTargets(args2.paths.length || args2.root !== void 0 ? args2.paths : ["."], root);
  const { config, problems } = await loadConfig(root);
  for (const p of problems) process.stderr.write(`macroplan: .macroplan.json${p.line ? `:${p.line}` : ""}: ${p.message} (using defaults)
`);
  const ws = new Workspace({ root, sourceRoots: config.sourceRoots, maxFileSize: config.maxFileSize });
  const git = new GitHistory({ cwd: root });
  const reports = [];
  let base;
  try {
    base = await impactBase(git, args2.base);
    const head3 = await git.commit("HEAD");
    if (head3?.sha === base.sha && await git.worktreeClean()) {
      printNothingChanged(args2.format, base.sha, root);
      return 0;
    }
    for (const t of targets) {
      const raw = fs7.readFileSync(t.abs, "utf8");
      const text4 = raw.charCodeAt(0) === 65279 ? raw.slice(1) : raw;
      const result = await checkDocument(ws, text4, { config, path: t.abs });
      const { impacts, stale: stale2 } = await impactedCitations(ws, git, base, result.model, t.abs, result.citations);
      const diagnostics = impacts.map((i2) => ({
        rule: IMPACT_RULE.id,
        name: IMPACT_RULE.name,
        severity: "info",
        start: i2.citation.start,
        end: i2.citation.end,
        message: `${text4.slice(i2.citation.start, i2.citation.end)}: ${impactMessage(i2, base.sha)}`
      }));
      const sentences = impacts.map((i2) => text4.slice(i2.citation.sentence.start, i2.citation.sentence.end));
      reports.push({ path: t.shown, abs: t.abs, lines: result.model.lines, diagnostics, impacts, stale: stale2, sentences });
    }
  } catch (e) {
    if (e instanceof HistoryUnavailable) {
      process.stderr.write(`macroplan: impact needs git history: ${e.message}
`);
      return 2;
    }
    throw e;
  } finally {
    git.dispose();
  }
  const total = reports.reduce((n, r) => n + r.impacts.length, 0);
  const stale = reports.flatMap((r) => r.stale.map((s) => ({ r, s, pos: r.lines.positionAt(s.citation.start) })));
  if (args2.format === "json") {
    process.stdout.write(JSON.stringify({
      version: 1,
      base: base.sha,
      plans: reports.filter((r) => r.impacts.length).map((r) => ({
        path: r.path,
        citations: r.impacts.map((i2, n) => {
          const pos = r.lines.positionAt(i2.citation.start);
          return { line: pos.line + 1, column: pos.character + 1, citation: r.lines.text.slice(i2.citation.start, i2.citation.end), file: i2.rel, side: i2.side, changed: i2.changed, ...i2.nowRel ? { now: i2.nowRel } : {}, ...i2.deleted ? { deleted: true } : {}, sentence: squashSpace(r.sentences[n]), diff: i2.diff };
        })
      })),
      stale: stale.map(({ r, s, pos }) => ({ path: r.path, line: pos.line + 1, column: pos.character + 1, citation: r.lines.text.slice(s.citation.start, s.citation.end), file: s.rel, side: s.side, reason: s.reason })),
      summary: { plans: reports.filter((r) => r.impacts.length).length, citations: total, stale: stale.length }
    }, null, 2) + "\n");
  } else if (args2.format === "sarif") {
    process.stdout.write(formatSarif(reports, root, "0.1.0", [IMPACT_RULE]) + "\n");
  } else {
    const out2 = [];
    for (const r of reports) {
      if (!r.impacts.length) continue;
      out2.push(r.path);
      r.impacts.forEach((i2, n) => out2.push(...reviewComment(r, i2, r.sentences[n], base.sha), ""));
    }
    const plans = reports.filter((r) => r.impacts.length).length;
    out2.push(total === 0 ? `no citation points into lines changed since ${shortSha(base.sha)}` : `${total} citation${total === 1 ? "" : "s"} in ${plans} plan${plans === 1 ? "" : "s"} point${total === 1 ? "s" : ""} into lines changed since ${shortSha(base.sha)}`);
    if (stale.length) out2.push(`(${stale.length} stale citation${stale.length === 1 ? "" : "s"} skipped: ${stale.length === 1 ? "its lines are" : "their lines are"} not in the file ${stale.length === 1 ? "it was" : "they were"} written against; \`macroplan check\` reports ${stale.length === 1 ? "it" : "them"})`);
    process.stdout.write(out2.join("\n") + "\n");
  }
  return args2.failOnImpact && total > 0 ? 1 : 0;
}
var SHOWN_LINES = 3;
function reviewComment(r, i2, sentence, base) {
  const pos = r.lines.positionAt(i2.citation.start);
  const cited = r.lines.text.slice(i2.citation.start, i2.citation.end);
  const what = i2.deleted ? `${i2.rel} was deleted` : `${i2.changed.map(describeRange).join(", ")} changed${i2.nowRel ? ` (the file is ${i2.nowRel} now)` : ""}`;
  const out2 = [`  ${pos.line + 1}:${pos.character + 1}  ${cited}: ${what} since ${shortSha(base)}${i2.side === "now" ? " (cited as the code is now)" : ""}`];
  out2.push(`    > ${clip(sentence, 110)}`);
  const side = (mark, lines) => {
    const code2 = lines.filter((l) => l.trim());
    for (const l of code2.slice(0, SHOWN_LINES)) out2.push(`    ${mark} ${clip(l, 100)}`);
    if (code2.length > SHOWN_LINES) out2.push(`    ${mark} \u2026 ${code2.length - SHOWN_LINES} more`);
  };
  side("-", i2.diff.was);
  side("+", i2.diff.now);
  return out2;
}
function printNothingChanged(format, base, root) {
  if (format === "json") process.stdout.write(JSON.stringify({ version: 1, base, plans: [], stale: [], summary: { plans: 0, citations: 0, stale: 0 } }, null, 2) + "\n");
  else if (format === "sarif") process.stdout.write(formatSarif([], root, "0.1.0", [IMPACT_RULE]) + "\n");
  else process.stdout.write(`nothing changed since ${shortSha(base)} (HEAD, and the working tree is clean): no citation is impacted
`);
}
function impactMessage(i2, base) {
  const since = `since ${shortSha(base)}`;
  if (i2.deleted) return `${i2.rel} was deleted ${since}.`;
  return `${i2.changed.map(describeRange).join(", ")} of ${i2.rel}${i2.nowRel ? ` (now ${i2.nowRel})` : ""} changed ${since}.`;
}

// server/src/cli/usage.ts
var COMMAND_USAGE = /* @__PURE__ */ new Map([
  ["check", () => `Usage: macroplan check [FILES or folders...] [options]

Checks Markdown plans: every file:line citation, and each plan's structure for its profile.
A folder is searched for *.md; with no paths, the current folder (or --root) is checked.

Options:
  --root DIR         the workspace root citations resolve against (default: the nearest
                     folder above the files with .macroplan.json, else the git repository's
                     top level, else the current folder)
  --format FORMAT    ${FORMATS.join(", ")} (default: text)
  --profile NAME     ${[AUTO_PROFILE, ...Object.keys(BUILTIN_PROFILES)].join(", ")}
                     (default: .macroplan.json's, else auto)
  --max-warnings N   fail when there are more than N warnings
  --fix              apply the fixes that need no choice, then check again
  --since REF        follow every citation through git history from REF (MP009)
  --no-history       run no git at all
  --sarif-file FILE  also write SARIF to FILE, whatever --format prints
  -h, --help         show this help

Exit status: 0 no errors, 1 problems, 2 bad usage.`],
  ["impact", () => `Usage: macroplan impact [FILES or folders...] [options]

Lists the citations pointing into lines changed between a base and the working tree, by plan.
A citation counts the lines of the code its plan line was written against: the base's for a
plan line unchanged since the base, the working tree's for one written or edited since.

Options:
  --base REF         the commit to compare with (default: the merge base of HEAD with
                     origin/HEAD, origin/main, origin/master, main or master)
  --root DIR         the workspace root (default: found as check finds it)
  --format FORMAT    text, json or sarif (default: text)
  --fail-on-impact   exit 1 when any citation is impacted
  -h, --help         show this help

Exit status: 0 done (1 with --fail-on-impact and an impact), 2 bad usage or no git history.`],
  ["lsp", () => `Usage: macroplan lsp --stdio | --node-ipc

Runs the language server, for any editor that speaks LSP, over standard input and output
(--stdio) or a Node.js IPC channel (--node-ipc).`],
  ["rules", () => `Usage: macroplan rules [--format text|json]

Lists the rules: id, name, default severity and what each checks.

Options:
  --format FORMAT    text or json (default: text)
  -h, --help         show this help`]
]);
function isCommand(name2) {
  return name2 !== void 0 && COMMAND_USAGE.has(name2);
}
function asksHelp(args2) {
  return args2.some((a) => a === "--help" || a === "-h");
}
function helpFor(command) {
  const usage = command === void 0 ? void 0 : COMMAND_USAGE.get(command);
  return usage ? usage() : USAGE;
}

// server/src/cli/rules-list.ts
function listRules(argv) {
  let format = "text";
  const extra = walkArgs(argv, (flag, value) => {
    if (flag !== "--format") return false;
    const f = value();
    if (f !== "text" && f !== "json") throw new UsageError(`--format must be text or json, not "${f}"`);
    format = f;
    return true;
  });
  if (extra.length) throw new UsageError(`rules takes no arguments, not "${extra[0]}"`);
  if (format === "json") {
    const list3 = rules.map((r) => ({ id: r.meta.id, name: r.meta.name, severity: r.meta.severity, description: r.meta.description }));
    process.stdout.write(JSON.stringify({ version: 1, rules: list3 }, null, 2) + "\n");
  } else {
    for (const r of rules) process.stdout.write(`${r.meta.id}  ${r.meta.name.padEnd(32)} ${r.meta.severity.padEnd(8)} ${r.meta.description}
`);
  }
  return 0;
}

// server/src/cli/ci-report.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
var ANNOTATIONS_PER_LEVEL = 10;
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function repoPath(root, f) {
  const a = artifact(root, f.abs);
  return a.uriBaseId ? decodeURIComponent(a.uri) : f.path;
}
function formatGithub(files, root) {
  const out2 = [];
  const seen = { error: 0, warning: 0, info: 0 };
  const beyond = [];
  for (const f of files) {
    const file = repoPath(root, f);
    for (const d of f.diagnostics) {
      if (++seen[d.severity] > ANNOTATIONS_PER_LEVEL) beyond.push(`${file}:${where2(f, d).line}:${where2(f, d).column}: ${d.severity}: ${d.message} (${d.rule})`);
      const w = where2(f, d);
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${w.line}`,
        `col=${w.column}`,
        `endLine=${w.endLine}`,
        `endColumn=${w.endColumn}`,
        `title=${escapeProperty(`${d.rule} ${d.name}`)}`
      ];
      out2.push(`::${COMMAND[d.severity]} ${props.join(",")}::${escapeData(d.message)}`);
    }
  }
  if (beyond.length) {
    out2.push(`macroplan: GitHub shows only the first ${ANNOTATIONS_PER_LEVEL} annotations of each level in a step; the other ${beyond.length} (all are in the SARIF report):`);
    out2.push(...beyond.map((l) => `  ${l}`));
  }
  const s = summarise(files);
  out2.push(`macroplan: ${s.errors} error${s.errors === 1 ? "" : "s"}, ${s.warnings} warning${s.warnings === 1 ? "" : "s"}, ${s.infos} info${s.infos === 1 ? "" : "s"} in ${s.files} file${s.files === 1 ? "" : "s"}`);
  return out2.join("\n");
}
var GITLAB_SEVERITY = { error: "major", warning: "minor", info: "info" };
function formatCodeQuality(files, root) {
  const { createHash } = require("node:crypto");
  const issues = [];
  for (const f of files) {
    const file = repoPath(root, f);
    const seen = /* @__PURE__ */ new Map();
    for (const d of f.diagnostics) {
      const key2 = `${d.rule}\0${file}\0${d.message}`;
      const nth = seen.get(key2) ?? 0;
      seen.set(key2, nth + 1);
      issues.push({
        type: "issue",
        check_name: `${d.rule} ${d.name}`,
        description: d.message,
        categories: [category(d)],
        severity: GITLAB_SEVERITY[d.severity],
        fingerprint: createHash("sha256").update(`${key2}\0${nth}`).digest("hex"),
        location: { path: file, lines: { begin: where2(f, d).line, end: where2(f, d).endLine } }
      });
    }
  }
  return JSON.stringify(issues, null, 2);
}
function category(d) {
  return /^MP0/.test(d.rule) ? "Bug Risk" : "Style";
}

// server/src/core/fixes.ts
function chooseFixes(diagnostics) {
  let applied = 0;
  const taken = [];
  for (const d of diagnostics) {
    if (d.fixes?.length !== 1) continue;
    const fix = d.fixes[0];
    if (fix.manual) continue;
    if (fix.edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end || e.start === e.end && e.start === t.start))) continue;
    applied++;
    taken.push(...fix.edits);
  }
  return { edits: taken, applied };
}
function applyEdits(text4, edits) {
  const sorted = edits.slice().sort((a, b) => b.start - a.start || b.end - a.end);
  let out2 = text4;
  for (const e of sorted) out2 = out2.slice(0, e.start) + e.newText + out2.slice(e.end);
  return out2;
}

// server/src/cli/main.ts
var VERSION = "0.1.0";
async function main(argv) {
  const [cmd, ...rest] = argv;
  if (isCommand(cmd) && asksHelp(rest)) {
    process.stdout.write(helpFor(cmd) + "\n");
    return 0;
  }
  if (cmd === "check") return check(parseCheckArgs(rest));
  if (cmd === "impact") return impact(rest);
  if (cmd === "lsp") throw new UsageError("lsp needs a transport: --stdio, --node-ipc or --socket=PORT");
  if (cmd === "rules") return listRules(rest);
  if (cmd === "--version" || cmd === "-v") {
    process.stdout.write(VERSION + "\n");
    return 0;
  }
  if (cmd === "--help" || cmd === "-h" || cmd === "help") {
    const topic = cmd === "help" ? rest[0] : void 0;
    if (topic !== void 0 && !isCommand(topic)) throw new UsageError(`no help for "${topic}": not a command`);
    process.stdout.write(helpFor(topic) + "\n");
    return 0;
  }
  throw new UsageError(cmd ? `unknown command "${cmd}"` : "no command given");
}
async function check(args2) {
  const found = chooseRoot(args2.root, args2.paths);
  const root = found.dir;
  const targets = expandTargets(args2.paths.length || args2.root !== void 0 ? args2.paths : ["."], root);
  const { config: loaded, problems } = await loadConfig(root);
  for (const p of problems) process.stderr.write(`macroplan: .macroplan.json${p.line ? `:${p.line}` : ""}: ${p.message} (using defaults)
`);
  const config = args2.profile ? { ...loaded, profile: args2.profile } : loaded;
  const ws = new Workspace({ root, sourceRoots: config.sourceRoots, repositories: config.repositories, maxFileSize: config.maxFileSize, log: (m) => process.stderr.write(`macroplan: ${m}
`) });
  const git = args2.noHistory ? void 0 : new GitHistory({ cwd: root });
  const say = onceSayer((m) => process.stderr.write(`macroplan: ${m}
`));
  const historyFor = (abs) => git && {
    history: git,
    since: args2.since ?? config.since,
    planMtime: fs8.statSync(abs).mtimeMs,
    unavailable: say
  };
  const reports = [];
  let fixed = 0;
  try {
    for (const t of targets) {
      const raw = fs8.readFileSync(t.abs, "utf8");
      const bom = raw.charCodeAt(0) === 65279 ? "\uFEFF" : "";
      let text4 = bom ? raw.slice(1) : raw;
      const history = historyFor(t.abs);
      let result = await checkDocument(ws, text4, { config, path: t.abs, log: (m) => process.stderr.write(`macroplan: ${m}
`), history });
      if (args2.fix) {
        const before = { text: text4, result };
        for (let round = 0; round < 5; round++) {
          const { edits, applied } = chooseFixes(result.diagnostics);
          const next = applyEdits(text4, edits);
          if (applied === 0 || next === text4) break;
          fixed += applied;
          text4 = next;
          fs8.writeFileSync(t.abs, bom + text4);
          result = await checkDocument(ws, text4, { config, path: t.abs, history });
          if (history) {
            const landed = editedSpans(edits);
            for (const c of result.citations) {
              if (landed.some((e) => c.start < e.end && e.start < c.end)) (history.rewritten ??= /* @__PURE__ */ new Set()).add(text4.slice(c.start, c.end));
            }
            result = await checkDocument(ws, text4, { config, path: t.abs, history });
          }
        }
        const stamped = stampIfClean(text4, result) ?? keepBaseline(text4, result, before, history?.rewritten);
        if (stamped !== text4) {
          text4 = stamped;
          fs8.writeFileSync(t.abs, bom + text4);
          result = await checkDocument(ws, text4, { config, path: t.abs, history });
        }
      }
      const diagnostics = result.diagnostics.map((d) => suggestRoot(d, result.citations, root));
      reports.push({ path: t.shown, abs: t.abs, lines: result.model.lines, diagnostics, profile: result.profile?.name ?? null, profileReason: result.choice.reason });
    }
  } finally {
    git?.dispose();
  }
  if (args2.sarifFile !== void 0) writeSarif(args2.sarifFile, formatSarif(reports, root, VERSION));
  if (args2.format === "json") process.stdout.write(formatJson(reports) + "\n");
  else if (args2.format === "sarif") process.stdout.write(formatSarif(reports, root, VERSION) + "\n");
  else if (args2.format === "github") process.stdout.write(formatGithub(reports, ciBase(process.env.GITHUB_WORKSPACE, root)) + "\n");
  else if (args2.format === "codequality") process.stdout.write(formatCodeQuality(reports, ciBase(process.env.CI_PROJECT_DIR, root)) + "\n");
  else {
    const tty = !!process.stdout.isTTY;
    const rootLine = root !== process.cwd() ? describeRoot(found) : void 0;
    process.stdout.write(formatText(reports, tty && !process.env.NO_COLOR, rootLine, tty ? Math.max(80, process.stdout.columns || 120) : void 0) + "\n");
    if (args2.fix) process.stdout.write(`${fixed} fix${fixed === 1 ? "" : "es"} applied
`);
  }
  const s = summarise(reports);
  if (s.errors > 0) return 1;
  if (args2.maxWarnings !== void 0 && s.warnings > args2.maxWarnings) return 1;
  return 0;
}
function editedSpans(edits) {
  let shift = 0;
  return [...edits].sort((a, b) => a.start - b.start).map((e) => {
    const start2 = e.start + shift;
    shift += e.newText.length - (e.end - e.start);
    return { start: start2, end: start2 + e.newText.length };
  });
}
function writeSarif(file, sarif) {
  try {
    fs8.mkdirSync(path20.dirname(path20.resolve(file)), { recursive: true });
    fs8.writeFileSync(file, sarif + "\n");
  } catch (e) {
    throw new UsageError(`--sarif-file ${file}: ${e.message}`);
  }
}
function suggestRoot(d, citations, root) {
  if (d.rule !== "MP001") return d;
  const c = citations.find((x) => x.start <= d.start && d.end <= x.end);
  const above = c && existsAbove(root, c.path);
  if (!above) return d;
  const rel = path20.relative(process.cwd(), above) || ".";
  return { ...d, message: `${d.message} It exists under ${above}: check with \`--root ${rel}\`.` };
}
function ciBase(checkout, root) {
  return checkout ? path20.resolve(checkout) : root;
}
var CITATION_RULE = /^MP00[1-9]$/;
function stampIfClean(text4, result) {
  const h = result.history;
  if (!h?.head || h.status !== "untracked" && h.status !== "outside" || result.citations.length === 0) return void 0;
  if (result.diagnostics.some((d) => CITATION_RULE.test(d.rule))) return void 0;
  const edit = stampEdit(text4, h.head, result.citations.map((c) => text4.slice(c.start, c.end)));
  return edit ? applyEdits(text4, [edit]) : text4;
}
function keepBaseline(text4, result, before, rewritten) {
  const h = result.history;
  if (text4 === before.text || !h || h.status !== "untracked" && h.status !== "outside" || readStamp(before.text)) return text4;
  const base = [...before.result.history?.drifts.values() ?? []].find((d) => d.baseline.source === "mtime")?.baseline.commit.sha;
  if (!base) return text4;
  const was = new Set(before.result.citations.map((c) => before.text.slice(c.start, c.end)));
  const kept = result.citations.map((c) => text4.slice(c.start, c.end)).filter((c) => was.has(c) && !rewritten?.has(c));
  const edit = kept.length ? stampEdit(text4, base, kept) : void 0;
  return edit ? applyEdits(text4, [edit]) : text4;
}
main(process.argv.slice(2)).then(
  (code2) => {
    process.exitCode = code2;
  },
  (e) => {
    if (e instanceof UsageError) {
      process.stderr.write(`macroplan: ${e.message}
${USAGE}
`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`macroplan: internal error: ${e.stack ?? e}
`);
      process.exitCode = 2;
    }
  }
);
