var j=window,B=j.ShadowRoot&&(j.ShadyCSS===void 0||j.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,oe=Symbol(),De=new WeakMap,N=class{constructor(t,e,n){if(this._$cssResult$=!0,n!==oe)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o,e=this.t;if(B&&t===void 0){let n=e!==void 0&&e.length===1;n&&(t=De.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),n&&De.set(e,t))}return t}toString(){return this.cssText}},$=s=>new N(typeof s=="string"?s:s+"",void 0,oe),x=(s,...t)=>{let e=s.length===1?s[0]:t.reduce(((n,r,i)=>n+(o=>{if(o._$cssResult$===!0)return o.cssText;if(typeof o=="number")return o;throw Error("Value passed to 'css' function must be a 'css' function result: "+o+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(r)+s[i+1]),s[0]);return new N(e,s,oe)},ae=(s,t)=>{B?s.adoptedStyleSheets=t.map((e=>e instanceof CSSStyleSheet?e:e.styleSheet)):t.forEach((e=>{let n=document.createElement("style"),r=j.litNonce;r!==void 0&&n.setAttribute("nonce",r),n.textContent=e.cssText,s.appendChild(n)}))},W=B?s=>s:s=>s instanceof CSSStyleSheet?(t=>{let e="";for(let n of t.cssRules)e+=n.cssText;return $(e)})(s):s;var le,G=window,Ue=G.trustedTypes,$t=Ue?Ue.emptyScript:"",ze=G.reactiveElementPolyfillSupport,ce={toAttribute(s,t){switch(t){case Boolean:s=s?$t:null;break;case Object:case Array:s=s==null?s:JSON.stringify(s)}return s},fromAttribute(s,t){let e=s;switch(t){case Boolean:e=s!==null;break;case Number:e=s===null?null:Number(s);break;case Object:case Array:try{e=JSON.parse(s)}catch{e=null}}return e}},qe=(s,t)=>t!==s&&(t==t||s==s),de={attribute:!0,type:String,converter:ce,reflect:!1,hasChanged:qe},he="finalized",y=class extends HTMLElement{constructor(){super(),this._$Ei=new Map,this.isUpdatePending=!1,this.hasUpdated=!1,this._$El=null,this._$Eu()}static addInitializer(t){var e;this.finalize(),((e=this.h)!==null&&e!==void 0?e:this.h=[]).push(t)}static get observedAttributes(){this.finalize();let t=[];return this.elementProperties.forEach(((e,n)=>{let r=this._$Ep(n,e);r!==void 0&&(this._$Ev.set(r,n),t.push(r))})),t}static createProperty(t,e=de){if(e.state&&(e.attribute=!1),this.finalize(),this.elementProperties.set(t,e),!e.noAccessor&&!this.prototype.hasOwnProperty(t)){let n=typeof t=="symbol"?Symbol():"__"+t,r=this.getPropertyDescriptor(t,n,e);r!==void 0&&Object.defineProperty(this.prototype,t,r)}}static getPropertyDescriptor(t,e,n){return{get(){return this[e]},set(r){let i=this[t];this[e]=r,this.requestUpdate(t,i,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)||de}static finalize(){if(this.hasOwnProperty(he))return!1;this[he]=!0;let t=Object.getPrototypeOf(this);if(t.finalize(),t.h!==void 0&&(this.h=[...t.h]),this.elementProperties=new Map(t.elementProperties),this._$Ev=new Map,this.hasOwnProperty("properties")){let e=this.properties,n=[...Object.getOwnPropertyNames(e),...Object.getOwnPropertySymbols(e)];for(let r of n)this.createProperty(r,e[r])}return this.elementStyles=this.finalizeStyles(this.styles),!0}static finalizeStyles(t){let e=[];if(Array.isArray(t)){let n=new Set(t.flat(1/0).reverse());for(let r of n)e.unshift(W(r))}else t!==void 0&&e.push(W(t));return e}static _$Ep(t,e){let n=e.attribute;return n===!1?void 0:typeof n=="string"?n:typeof t=="string"?t.toLowerCase():void 0}_$Eu(){var t;this._$E_=new Promise((e=>this.enableUpdating=e)),this._$AL=new Map,this._$Eg(),this.requestUpdate(),(t=this.constructor.h)===null||t===void 0||t.forEach((e=>e(this)))}addController(t){var e,n;((e=this._$ES)!==null&&e!==void 0?e:this._$ES=[]).push(t),this.renderRoot!==void 0&&this.isConnected&&((n=t.hostConnected)===null||n===void 0||n.call(t))}removeController(t){var e;(e=this._$ES)===null||e===void 0||e.splice(this._$ES.indexOf(t)>>>0,1)}_$Eg(){this.constructor.elementProperties.forEach(((t,e)=>{this.hasOwnProperty(e)&&(this._$Ei.set(e,this[e]),delete this[e])}))}createRenderRoot(){var t;let e=(t=this.shadowRoot)!==null&&t!==void 0?t:this.attachShadow(this.constructor.shadowRootOptions);return ae(e,this.constructor.elementStyles),e}connectedCallback(){var t;this.renderRoot===void 0&&(this.renderRoot=this.createRenderRoot()),this.enableUpdating(!0),(t=this._$ES)===null||t===void 0||t.forEach((e=>{var n;return(n=e.hostConnected)===null||n===void 0?void 0:n.call(e)}))}enableUpdating(t){}disconnectedCallback(){var t;(t=this._$ES)===null||t===void 0||t.forEach((e=>{var n;return(n=e.hostDisconnected)===null||n===void 0?void 0:n.call(e)}))}attributeChangedCallback(t,e,n){this._$AK(t,n)}_$EO(t,e,n=de){var r;let i=this.constructor._$Ep(t,n);if(i!==void 0&&n.reflect===!0){let o=(((r=n.converter)===null||r===void 0?void 0:r.toAttribute)!==void 0?n.converter:ce).toAttribute(e,n.type);this._$El=t,o==null?this.removeAttribute(i):this.setAttribute(i,o),this._$El=null}}_$AK(t,e){var n;let r=this.constructor,i=r._$Ev.get(t);if(i!==void 0&&this._$El!==i){let o=r.getPropertyOptions(i),l=typeof o.converter=="function"?{fromAttribute:o.converter}:((n=o.converter)===null||n===void 0?void 0:n.fromAttribute)!==void 0?o.converter:ce;this._$El=i,this[i]=l.fromAttribute(e,o.type),this._$El=null}}requestUpdate(t,e,n){let r=!0;t!==void 0&&(((n=n||this.constructor.getPropertyOptions(t)).hasChanged||qe)(this[t],e)?(this._$AL.has(t)||this._$AL.set(t,e),n.reflect===!0&&this._$El!==t&&(this._$EC===void 0&&(this._$EC=new Map),this._$EC.set(t,n))):r=!1),!this.isUpdatePending&&r&&(this._$E_=this._$Ej())}async _$Ej(){this.isUpdatePending=!0;try{await this._$E_}catch(e){Promise.reject(e)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){var t;if(!this.isUpdatePending)return;this.hasUpdated,this._$Ei&&(this._$Ei.forEach(((r,i)=>this[i]=r)),this._$Ei=void 0);let e=!1,n=this._$AL;try{e=this.shouldUpdate(n),e?(this.willUpdate(n),(t=this._$ES)===null||t===void 0||t.forEach((r=>{var i;return(i=r.hostUpdate)===null||i===void 0?void 0:i.call(r)})),this.update(n)):this._$Ek()}catch(r){throw e=!1,this._$Ek(),r}e&&this._$AE(n)}willUpdate(t){}_$AE(t){var e;(e=this._$ES)===null||e===void 0||e.forEach((n=>{var r;return(r=n.hostUpdated)===null||r===void 0?void 0:r.call(n)})),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$Ek(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$E_}shouldUpdate(t){return!0}update(t){this._$EC!==void 0&&(this._$EC.forEach(((e,n)=>this._$EO(n,this[n],e))),this._$EC=void 0),this._$Ek()}updated(t){}firstUpdated(t){}};y[he]=!0,y.elementProperties=new Map,y.elementStyles=[],y.shadowRootOptions={mode:"open"},ze?.({ReactiveElement:y}),((le=G.reactiveElementVersions)!==null&&le!==void 0?le:G.reactiveElementVersions=[]).push("1.6.3");var ue,K=window,H=K.trustedTypes,Ve=H?H.createPolicy("lit-html",{createHTML:s=>s}):void 0,me="$lit$",w=`lit$${(Math.random()+"").slice(9)}$`,Ze="?"+w,wt=`<${Ze}>`,E=document,F=()=>E.createComment(""),D=s=>s===null||typeof s!="object"&&typeof s!="function",Je=Array.isArray,At=s=>Je(s)||typeof s?.[Symbol.iterator]=="function",pe=`[ 	
\f\r]`,O=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,je=/-->/g,Be=/>/g,S=RegExp(`>|${pe}(?:([^\\s"'>=/]+)(${pe}*=${pe}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),We=/'/g,Ge=/"/g,Ye=/^(?:script|style|textarea|title)$/i,Qe=s=>(t,...e)=>({_$litType$:s,strings:t,values:e}),m=Qe(1),nn=Qe(2),k=Symbol.for("lit-noChange"),f=Symbol.for("lit-nothing"),Ke=new WeakMap,_=E.createTreeWalker(E,129,null,!1);function et(s,t){if(!Array.isArray(s)||!s.hasOwnProperty("raw"))throw Error("invalid template strings array");return Ve!==void 0?Ve.createHTML(t):t}var xt=(s,t)=>{let e=s.length-1,n=[],r,i=t===2?"<svg>":"",o=O;for(let l=0;l<e;l++){let a=s[l],d,c,h=-1,u=0;for(;u<a.length&&(o.lastIndex=u,c=o.exec(a),c!==null);)u=o.lastIndex,o===O?c[1]==="!--"?o=je:c[1]!==void 0?o=Be:c[2]!==void 0?(Ye.test(c[2])&&(r=RegExp("</"+c[2],"g")),o=S):c[3]!==void 0&&(o=S):o===S?c[0]===">"?(o=r??O,h=-1):c[1]===void 0?h=-2:(h=o.lastIndex-c[2].length,d=c[1],o=c[3]===void 0?S:c[3]==='"'?Ge:We):o===Ge||o===We?o=S:o===je||o===Be?o=O:(o=S,r=void 0);let p=o===S&&s[l+1].startsWith("/>")?" ":"";i+=o===O?a+wt:h>=0?(n.push(d),a.slice(0,h)+me+a.slice(h)+w+p):a+w+(h===-2?(n.push(void 0),l):p)}return[et(s,i+(s[e]||"<?>")+(t===2?"</svg>":"")),n]},U=class s{constructor({strings:t,_$litType$:e},n){let r;this.parts=[];let i=0,o=0,l=t.length-1,a=this.parts,[d,c]=xt(t,e);if(this.el=s.createElement(d,n),_.currentNode=this.el.content,e===2){let h=this.el.content,u=h.firstChild;u.remove(),h.append(...u.childNodes)}for(;(r=_.nextNode())!==null&&a.length<l;){if(r.nodeType===1){if(r.hasAttributes()){let h=[];for(let u of r.getAttributeNames())if(u.endsWith(me)||u.startsWith(w)){let p=c[o++];if(h.push(u),p!==void 0){let g=r.getAttribute(p.toLowerCase()+me).split(w),A=/([.?@])?(.*)/.exec(p);a.push({type:1,index:i,name:A[2],strings:g,ctor:A[1]==="."?ve:A[1]==="?"?ge:A[1]==="@"?ye:I})}else a.push({type:6,index:i})}for(let u of h)r.removeAttribute(u)}if(Ye.test(r.tagName)){let h=r.textContent.split(w),u=h.length-1;if(u>0){r.textContent=H?H.emptyScript:"";for(let p=0;p<u;p++)r.append(h[p],F()),_.nextNode(),a.push({type:2,index:++i});r.append(h[u],F())}}}else if(r.nodeType===8)if(r.data===Ze)a.push({type:2,index:i});else{let h=-1;for(;(h=r.data.indexOf(w,h+1))!==-1;)a.push({type:7,index:i}),h+=w.length-1}i++}}static createElement(t,e){let n=E.createElement("template");return n.innerHTML=t,n}};function L(s,t,e=s,n){var r,i,o,l;if(t===k)return t;let a=n!==void 0?(r=e._$Co)===null||r===void 0?void 0:r[n]:e._$Cl,d=D(t)?void 0:t._$litDirective$;return a?.constructor!==d&&((i=a?._$AO)===null||i===void 0||i.call(a,!1),d===void 0?a=void 0:(a=new d(s),a._$AT(s,e,n)),n!==void 0?((o=(l=e)._$Co)!==null&&o!==void 0?o:l._$Co=[])[n]=a:e._$Cl=a),a!==void 0&&(t=L(s,a._$AS(s,t.values),a,n)),t}var fe=class{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){var e;let{el:{content:n},parts:r}=this._$AD,i=((e=t?.creationScope)!==null&&e!==void 0?e:E).importNode(n,!0);_.currentNode=i;let o=_.nextNode(),l=0,a=0,d=r[0];for(;d!==void 0;){if(l===d.index){let c;d.type===2?c=new z(o,o.nextSibling,this,t):d.type===1?c=new d.ctor(o,d.name,d.strings,this,t):d.type===6&&(c=new be(o,this,t)),this._$AV.push(c),d=r[++a]}l!==d?.index&&(o=_.nextNode(),l++)}return _.currentNode=E,i}v(t){let e=0;for(let n of this._$AV)n!==void 0&&(n.strings!==void 0?(n._$AI(t,n,e),e+=n.strings.length-2):n._$AI(t[e])),e++}},z=class s{constructor(t,e,n,r){var i;this.type=2,this._$AH=f,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=n,this.options=r,this._$Cp=(i=r?.isConnected)===null||i===void 0||i}get _$AU(){var t,e;return(e=(t=this._$AM)===null||t===void 0?void 0:t._$AU)!==null&&e!==void 0?e:this._$Cp}get parentNode(){let t=this._$AA.parentNode,e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=L(this,t,e),D(t)?t===f||t==null||t===""?(this._$AH!==f&&this._$AR(),this._$AH=f):t!==this._$AH&&t!==k&&this._(t):t._$litType$!==void 0?this.g(t):t.nodeType!==void 0?this.$(t):At(t)?this.T(t):this._(t)}k(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}$(t){this._$AH!==t&&(this._$AR(),this._$AH=this.k(t))}_(t){this._$AH!==f&&D(this._$AH)?this._$AA.nextSibling.data=t:this.$(E.createTextNode(t)),this._$AH=t}g(t){var e;let{values:n,_$litType$:r}=t,i=typeof r=="number"?this._$AC(t):(r.el===void 0&&(r.el=U.createElement(et(r.h,r.h[0]),this.options)),r);if(((e=this._$AH)===null||e===void 0?void 0:e._$AD)===i)this._$AH.v(n);else{let o=new fe(i,this),l=o.u(this.options);o.v(n),this.$(l),this._$AH=o}}_$AC(t){let e=Ke.get(t.strings);return e===void 0&&Ke.set(t.strings,e=new U(t)),e}T(t){Je(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,n,r=0;for(let i of t)r===e.length?e.push(n=new s(this.k(F()),this.k(F()),this,this.options)):n=e[r],n._$AI(i),r++;r<e.length&&(this._$AR(n&&n._$AB.nextSibling,r),e.length=r)}_$AR(t=this._$AA.nextSibling,e){var n;for((n=this._$AP)===null||n===void 0||n.call(this,!1,!0,e);t&&t!==this._$AB;){let r=t.nextSibling;t.remove(),t=r}}setConnected(t){var e;this._$AM===void 0&&(this._$Cp=t,(e=this._$AP)===null||e===void 0||e.call(this,t))}},I=class{constructor(t,e,n,r,i){this.type=1,this._$AH=f,this._$AN=void 0,this.element=t,this.name=e,this._$AM=r,this.options=i,n.length>2||n[0]!==""||n[1]!==""?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=f}get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}_$AI(t,e=this,n,r){let i=this.strings,o=!1;if(i===void 0)t=L(this,t,e,0),o=!D(t)||t!==this._$AH&&t!==k,o&&(this._$AH=t);else{let l=t,a,d;for(t=i[0],a=0;a<i.length-1;a++)d=L(this,l[n+a],e,a),d===k&&(d=this._$AH[a]),o||(o=!D(d)||d!==this._$AH[a]),d===f?t=f:t!==f&&(t+=(d??"")+i[a+1]),this._$AH[a]=d}o&&!r&&this.j(t)}j(t){t===f?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},ve=class extends I{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===f?void 0:t}},St=H?H.emptyScript:"",ge=class extends I{constructor(){super(...arguments),this.type=4}j(t){t&&t!==f?this.element.setAttribute(this.name,St):this.element.removeAttribute(this.name)}},ye=class extends I{constructor(t,e,n,r,i){super(t,e,n,r,i),this.type=5}_$AI(t,e=this){var n;if((t=(n=L(this,t,e,0))!==null&&n!==void 0?n:f)===k)return;let r=this._$AH,i=t===f&&r!==f||t.capture!==r.capture||t.once!==r.once||t.passive!==r.passive,o=t!==f&&(r===f||i);i&&this.element.removeEventListener(this.name,this,r),o&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){var e,n;typeof this._$AH=="function"?this._$AH.call((n=(e=this.options)===null||e===void 0?void 0:e.host)!==null&&n!==void 0?n:this.element,t):this._$AH.handleEvent(t)}},be=class{constructor(t,e,n){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(t){L(this,t)}};var Xe=K.litHtmlPolyfillSupport;Xe?.(U,z),((ue=K.litHtmlVersions)!==null&&ue!==void 0?ue:K.litHtmlVersions=[]).push("2.8.0");var tt=(s,t,e)=>{var n,r;let i=(n=e?.renderBefore)!==null&&n!==void 0?n:t,o=i._$litPart$;if(o===void 0){let l=(r=e?.renderBefore)!==null&&r!==void 0?r:null;i._$litPart$=o=new z(t.insertBefore(F(),l),l,void 0,e??{})}return o._$AI(s),o};var $e,we;var P=class extends y{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){var t,e;let n=super.createRenderRoot();return(t=(e=this.renderOptions).renderBefore)!==null&&t!==void 0||(e.renderBefore=n.firstChild),n}update(t){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=tt(e,this.renderRoot,this.renderOptions)}connectedCallback(){var t;super.connectedCallback(),(t=this._$Do)===null||t===void 0||t.setConnected(!0)}disconnectedCallback(){var t;super.disconnectedCallback(),(t=this._$Do)===null||t===void 0||t.setConnected(!1)}render(){return k}};P.finalized=!0,P._$litElement$=!0,($e=globalThis.litElementHydrateSupport)===null||$e===void 0||$e.call(globalThis,{LitElement:P});var nt=globalThis.litElementPolyfillSupport;nt?.({LitElement:P});((we=globalThis.litElementVersions)!==null&&we!==void 0?we:globalThis.litElementVersions=[]).push("3.3.3");function _t(s){let t=s;return t!=null&&typeof t=="object"&&typeof t.data=="string"&&Array.isArray(t.shape)&&(t.dtype==="uint16"||t.dtype==="float32")}function Et(s){let t=atob(s),e=new Uint8Array(t.length);for(let n=0;n<t.length;n++)e[n]=t.charCodeAt(n);return e}async function kt(s){let t=new Blob([s]).stream().pipeThrough(new DecompressionStream("deflate"));return new Uint8Array(await new Response(t).arrayBuffer())}function Ct(s,t,e){let n=t==="uint16"?2:4;if(s.byteLength!==e*n)throw new Error(`encoded ${t} array has ${s.byteLength} bytes; its shape needs ${e*n}.`);let r=new DataView(s.buffer,s.byteOffset,s.byteLength),i=new Float32Array(e);if(t==="uint16")for(let o=0;o<e;o++)i[o]=r.getUint16(2*o,!0);else for(let o=0;o<e;o++)i[o]=r.getFloat32(4*o,!0);return i}async function rt(s){if(!_t(s))throw new Error("expected an encoded array {dtype, shape, scale, compression, data}.");let t=Et(s.data);if(s.compression==="zlib")t=await kt(t);else if(s.compression!=null)throw new Error(`unsupported array compression '${s.compression}'.`);let e=s.shape.reduce((r,i)=>r*i,1),n=Ct(t,s.dtype,e);if(s.scale){let r=s.scale;for(let i=0;i<e;i++)n[i]/=r}return{shape:[...s.shape],values:n}}var Z="attention";var Mt=/^(\[(CLS|SEP|PAD|MASK|UNK)\]|<\/?s>|<pad>|<mask>|<unk>)$/;function st(s){return Mt.test(s)}function Ae(s){let t=s.findIndex(e=>e==="[SEP]"||e==="</s>");return s.map((e,n)=>t>=0&&n>t?1:0)}function X(s,t,e){if(!(t in s))throw new Error(`${e} response has no '${t}' field.`);return s[t]}function Tt(s,t,e){if(!(t.length===e.length&&t.every((r,i)=>e[i]<0||r===e[i]))){let r=e.map(i=>i<0?"?":i).join(", ");throw new Error(`${s} has shape (${t.join(", ")}); expected (${r}).`)}}async function it(s){let t=s,e=`'${Z}' interpreter`,n=X(t,"tokens",e),r=X(t,"layers",e),i=X(t,"num_heads",e),o=await rt(X(t,"attention",e)),l=n.length;Tt("attention",o.shape,[r.length,i,l,l]);let a=i*l*l,d=r.map((u,p)=>o.values.subarray(p*a,(p+1)*a)),c=t.segment_ids??Ae(n),h=typeof t.num_layers=="number"?t.num_layers:null;return{tokens:n,segmentIds:c,layers:r,numHeads:i,numLayers:h,weights:d}}function Ht(s){let t=s.spec?.output??{},e=new Map;for(let[d,c]of Object.entries(t))c?.name!=="AttentionHeads"||!c.align_in||!(c.align_in in t)||e.set(c.align_in,[...e.get(c.align_in)??[],d]);let n=null;for(let d of e)(n==null||d[1].length>n[1].length)&&(n=d);if(n==null)return null;let[r,i]=n,o=i.map((d,c)=>{let h=/(\d+)/.exec(d);return[h?Number(h[1]):c,d]}),a=new Set(o.map(([d])=>d)).size===o.length?o.sort((d,c)=>d[0]-c[0]):i.map((d,c)=>[c,d]);return{tokensField:r,layers:a}}function q(s){if(s==null)return null;if(s.interpreters?.includes(Z))return{kind:"interpreter"};let t=Ht(s);return t?{kind:"predictions",...t}:null}function J(s){return Object.values(s).some(t=>q(t)!=null)}var Lt=8,C=new Map,xe=new Map,Se=new Map;function It(s,t){for(C.delete(s),C.set(s,t);C.size>Lt;)C.delete(C.keys().next().value)}function Pt(s,t){if(s==null)return!1;let e=t??s.allLayers;return e!=null&&e.every(n=>s.layers.has(n))}function Rt(s,t,e){let n=s;if(!Array.isArray(n)||n.some(i=>!Array.isArray(i)||i.length!==t)){let i=Array.isArray(n)&&Array.isArray(n[0])?n[0].length:"?";throw new Error(`${e} has ${i} positions but the tokens have ${t}.`)}let r=new Float32Array(n.length*t*t);return n.forEach((i,o)=>i.forEach((l,a)=>{if(l.length!==t)throw new Error(`${e} row ${a} has ${l.length} values, not ${t}.`);r.set(l,(o*t+a)*t)})),[n.length,r]}async function Nt(s,t,e,n,r){let i=r.layers.map(([,c])=>c),[o]=await s.getPreds([n],e,t,[],[r.tokensField,...i],"Fetching attention"),l=o[r.tokensField],a=new Map,d=0;for(let[c,h]of r.layers){let[u,p]=Rt(o[h],l.length,h);d=u,a.set(c,p)}return{tokens:l,segmentIds:Ae(l),numHeads:d,allLayers:r.layers.map(([c])=>c),layers:a,source:"predictions"}}async function Ot(s,t,e,n,r){let i=r?{layers:r}:{},[o]=await s.getInterpretations([n],e,t,Z,i,"Fetching attention",!0),l=await it(o),a=l.numLayers!=null?Array.from({length:l.numLayers},(d,c)=>c):r==null?l.layers:Se.get(e)??null;return a&&Se.set(e,a),{tokens:l.tokens,segmentIds:l.segmentIds,numHeads:l.numHeads,allLayers:a,layers:new Map(l.layers.map((d,c)=>[d,l.weights[c]])),source:"interpreter"}}async function Y(s,t,e,n,r,i){let o=`${e}\0${t}\0${r.id}`,l=C.get(o);if(Pt(l,i))return l;let a=n.kind==="interpreter"&&i!=null&&Se.has(e)?i:null,d=`${o}\0${a?.join(",")??"all"}`,c=xe.get(d);return c==null&&(c=(n.kind==="interpreter"?Ot(s,t,e,r,a):Nt(s,t,e,r,n)).then(h=>{let u=C.get(o);return u&&(h.layers.forEach((p,g)=>u.layers.set(g,p)),u.allLayers??=h.allLayers,h=u),It(o,h),h}).finally(()=>xe.delete(d)),xe.set(d,c)),c}var ot=`/* Layout and status styles shared by lit-ext's modules. */
:host {
  display: block;
  height: 100%;
  box-sizing: border-box;
  font-family: 'Roboto', sans-serif;
  font-size: 13px;
  color: var(--lit-neutral-800, #3c4043);
}

.module-container {
  display: flex;
  flex-direction: column;
  height: 100%;
  min-height: 0;
}

.toolbar {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 6px 14px;
  padding: 6px 8px;
  border-bottom: 1px solid var(--lit-neutral-300, #dadce0);
  background: var(--lit-neutral-50, #f8f9fa);
}

.toolbar label,
.control {
  display: inline-flex;
  align-items: center;
  gap: 4px;
  color: var(--lit-neutral-700, #5f6368);
  white-space: nowrap;
}

.toolbar select,
.toolbar input[type='number'] {
  font: inherit;
  color: var(--lit-neutral-900, #202124);
}

.toolbar input[type='number'] {
  width: 4em;
}

.body {
  position: relative;
  flex: 1;
  min-height: 0;
  overflow: auto;
  padding: 6px 8px;
}

.example-label {
  font-weight: 500;
  color: var(--lit-majtonal-p-700, #284e67);
}

.hint {
  color: var(--lit-neutral-600, #80868b);
  font-size: 12px;
}

.status {
  display: flex;
  align-items: center;
  gap: 8px;
  padding: 8px;
  color: var(--lit-neutral-700, #5f6368);
}

.status.error {
  margin: 8px;
  border: 1px solid var(--google-red-500, #ea4335);
  border-radius: 4px;
  background: var(--google-red-50, #fce8e6);
  color: var(--google-red-700, #c5221f);
  white-space: pre-wrap;
  word-break: break-word;
}

.spinner {
  width: 16px;
  height: 16px;
  flex: none;
  border: 2px solid var(--lit-neutral-300, #dadce0);
  border-top-color: var(--lit-cyea-500, #348199);
  border-radius: 50%;
  animation: spin 0.8s linear infinite;
}

@keyframes spin {
  to { transform: rotate(360deg); }
}

.tooltip {
  position: fixed;
  z-index: 10;
  pointer-events: none;
  max-width: 360px;
  padding: 6px 8px;
  border-radius: 4px;
  background: rgba(32, 33, 36, 0.92);
  color: white;
  font-size: 12px;
  line-height: 16px;
  white-space: pre;
}

.swatch {
  display: inline-block;
  width: 10px;
  height: 10px;
  border-radius: 2px;
  margin-right: 4px;
  vertical-align: middle;
}

.mono {
  font-family: 'Roboto Mono', monospace;
}
`;var Q="classification-module";function Dt(s){let t=s.prototype;return Object.prototype.hasOwnProperty.call(t,"renderImpl")&&Object.prototype.hasOwnProperty.call(t,"loadLatest")&&Object.prototype.hasOwnProperty.call(s,"shouldDisplayModule")}function Ut(){let s=customElements.get(Q);if(s==null)throw new Error(`lit-ext: LIT's <${Q}> is not defined; load lit-ext's bundle right after LIT's main.js.`);let t=s;for(;t!=null&&t!==HTMLElement;){if(Dt(t))return t;t=Object.getPrototypeOf(t)}throw new Error(`lit-ext: could not find LIT's LitModule class above <${Q}>; this LIT version is not supported.`)}var at=Ut(),lt=(()=>{let t=customElements.get(Q)?.styles;return Array.isArray(t)&&t.length>0?[t[0]]:[]})();function _e(s){let e=(s instanceof Error?s.message:String(s)).split(`

Details:`)[0].replace(/^Uncaught error:\s*/,"").trim();return e.length>500?`${e.slice(0,500)}…`:e||"Unknown error"}var ee=[lt,x`${$(ot)}`],b=class extends at{constructor(){super();this.requestSeq=new Map;this.loading=!1,this.error=null}static{this.properties={loading:{state:!0},error:{state:!0}}}get selectedInput(){return this.selectionService.primarySelectedInputData}async request(e,n){let r=(this.requestSeq.get(e)??0)+1;this.requestSeq.set(e,r),this.loading=!0,this.error=null;try{let i=await this.loadLatest(e,n);return this.requestSeq.get(e)===r&&(this.loading=!1),i}catch(i){return this.requestSeq.get(e)===r&&(this.loading=!1,this.error=_e(i),this.setIsLoading(!1)),null}}fail(e){this.loading=!1,this.error=_e(e)}renderExampleLabel(){if(!this.appState.compareExamplesEnabled)return f;let e=this.selectionServiceIndex===1?"Pinned":"Selected";return m`<span class="example-label">${e}</span>`}renderStatus(e){return this.error?m`<div class="status error" role="alert">${this.error}</div>`:this.loading?m`<div class="status" role="status"><div class="spinner"></div>Loading…</div>`:e?m`<div class="status hint">${e}</div>`:f}};var dt=["#d62728","#1f5fd6","#2ca02c","#ff7f0e","#8e44ad","#17a2b8","#e6399b","#8c564b","#556b2f","#000080","#b8860b","#7f7f7f","#00a087","#b22d5b","#5b3fd6","#6b8e23"];function V(s){return s<dt.length?dt[s]:`hsl(${(s*137.508%360).toFixed(1)}, 65%, 42%)`}function Ee(s){if(s.startsWith("#")){let o=parseInt(s.slice(1),16);return[o>>16&255,o>>8&255,o&255]}let[t,e,n]=(s.match(/[\d.]+/g)??["0","0","0"]).map(Number),r=e/100*Math.min(n/100,1-n/100),i=o=>{let l=(o+t/30)%12;return Math.round(255*(n/100-r*Math.max(-1,Math.min(l-3,9-l,1))))};return[i(0),i(8),i(4)]}function ke(s,t){let[e,n,r]=Ee(s);return`rgba(${e}, ${n}, ${r}, ${t.toFixed(3)})`}var te="head-focus",Ce=class extends EventTarget{constructor(){super(...arguments);this.current=null}get focus(){return this.current}focusHead(e){this.current={...e},this.dispatchEvent(new CustomEvent(te,{detail:{...e}}))}},M=new Ce;var ct=`.heads {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px;
  padding: 4px 8px;
  border-bottom: 1px solid var(--lit-neutral-200, #e8eaed);
}

.head-chip {
  min-width: 26px;
  height: 22px;
  padding: 0 4px;
  border: 2px solid var(--head-color);
  border-radius: 4px;
  background: white;
  color: var(--head-color);
  font: 500 12px 'Roboto', sans-serif;
  cursor: pointer;
  user-select: none;
}

.head-chip.on {
  background: var(--head-color);
  color: white;
}

.head-view-canvas {
  display: block;
  cursor: pointer;
}

.legend {
  margin-top: 4px;
}
`;var ne=64,v=8,qt=150,ht=s=>`${s}px Roboto, sans-serif`;function Vt(s){return s<=40?[20,13]:s<=128?[16,12]:[13,10]}function ut(s,t,e){let[n,r]=Vt(t.visible.length);s.font=ht(r);let i=20;for(let p of t.visible)i=Math.max(i,s.measureText(t.tokens[p]).width);i=Math.min(qt,Math.ceil(i));let o=Math.min(8,n-6),a=t.heads.length*(o+1)+v+i+v,d=Math.max(80,Math.min(360,e-2*a)),c=Math.max(0,(e-d-2*a)/2),h=new Int32Array(t.tokens.length).fill(-1);t.visible.forEach((p,g)=>h[p]=g);let u=6;return{width:Math.max(e,d+2*a),height:u*2+t.visible.length*n,rowHeight:n,fontSize:r,top:u,leftTextRight:c+a-v,rightTextLeft:c+a+d+v,textWidth:i,squareSize:o,rowOf:h}}function Me(s){return s==="all"?null:[s[0]==="A"?0:1,s[1]==="A"?0:1]}function jt(s,t,e){let n=Me(s.filter);return n==null||s.segmentIds[t]===n[0]&&s.segmentIds[e]===n[1]}function Te(s,t){return s.top+s.rowOf[t]*s.rowHeight+s.rowHeight/2}function Bt(s,t,e){let n=t.tokens.length,{weights:r,visible:i,active:o,threshold:l}=t,a=e.leftTextRight+v/2,d=e.rightTextLeft-v/2,c=new Float64Array(n);for(let R of i)c[R]=Te(e,R);let h=Me(t.filter),u=t.segmentIds,p=o?.side==="left"?[o.index]:i,g=o?.side==="right"?[o.index]:i,A=0,Re=0;s.lineWidth=i.length>64?1:1.6;for(let R of t.heads){let re=new Array(ne+1),yt=R*n*n;for(let T of p){if(h&&u[T]!==h[0])continue;let se=yt+T*n;for(let ie of g){if(h&&u[ie]!==h[1])continue;let Ne=r[se+ie];if(Ne<l){Re++;continue}let Oe=Math.min(ne,Math.max(1,Math.round(Ne*ne))),Fe=re[Oe]??(re[Oe]=new Path2D);Fe.moveTo(a,c[T]),Fe.lineTo(d,c[ie]),A++}}let bt=t.headColors[R];re.forEach((T,se)=>{T!=null&&(s.strokeStyle=ke(bt,se/ne),s.stroke(T))})}return[A,Re]}function Wt(s,t,e){if(s.measureText(t).width<=e)return t;let n=t.length;for(;n>1&&s.measureText(`${t.slice(0,n)}…`).width>e;)n--;return`${t.slice(0,n)}…`}function Gt(s,t,e){s.font=ht(e.fontSize),s.textBaseline="middle";let n=Me(t.filter);for(let r of["left","right"]){s.textAlign=r==="left"?"right":"left";let i=r==="left"?e.leftTextRight:e.rightTextLeft;for(let o of t.visible){let l=Te(e,o),a=t.active?.side===r&&t.active.index===o;if(a){let h=r==="left"?i-e.textWidth-2:i-2;s.fillStyle=t.pinned?"#c0e7e3":"#e8eaed",s.fillRect(h,l-e.rowHeight/2+1,e.textWidth+4,e.rowHeight-2)}let d=n?n[r==="left"?0:1]:null,c=d!=null&&t.segmentIds[o]!==d;s.fillStyle=c?"#bdc1c6":a?"#202124":"#3c4043",s.fillText(Wt(s,t.tokens[o],e.textWidth),i,l)}}}function Kt(s,t,e){let n=t.active;if(n==null)return;let r=t.tokens.length,i=e.squareSize,o=n.side==="right";for(let l of t.visible){let[a,d]=o?[l,n.index]:[n.index,l];if(!jt(t,a,d))continue;let c=Te(e,l);t.heads.forEach((h,u)=>{let p=t.weights[h*r*r+a*r+d],g=o?e.leftTextRight-e.textWidth-v-(u+1)*(i+1):e.rightTextLeft+e.textWidth+v+u*(i+1);s.fillStyle=ke(t.headColors[h],Math.min(1,p)),s.fillRect(g,c-i/2,i,i)})}}function pt(s,t,e){s.clearRect(0,0,e.width,e.height);let[n,r]=Bt(s,t,e);return Gt(s,t,e),Kt(s,t,e),{lines:n,hiddenLines:r}}function mt(s,t,e,n){let r=Math.floor((n-t.top)/t.rowHeight);if(r<0||r>=s.visible.length)return null;let i=(t.leftTextRight+t.rightTextLeft)/2,o=e<i?"left":"right",l=s.heads.length*(t.squareSize+1)+v;return(o==="left"?e>=t.leftTextRight-t.textWidth-l&&e<=t.leftTextRight+v:e>=t.rightTextLeft-v&&e<=t.rightTextLeft+t.textWidth+l)?{side:o,index:s.visible[r]}:null}var Xt=[["all","All"],["AA","A → A"],["AB","A → B"],["BA","B → A"],["BB","B → B"]],ft=[.01,.02,.05,.1,.2],He=class extends b{constructor(){super();this.hovered=null;this.scene=null;this.geometry=null;this.canvasWidth=0;this.resizeObserver=null;this.onFocus=e=>{this.applyFocus(e.detail)};this.onMouseMove=e=>{let n=this.tokenAt(e),r=(i,o)=>i?.side===o?.side&&i?.index===o?.index;this.pinned==null&&!r(n,this.hovered)&&(this.hovered=n,this.repaintActive()),this.showTooltip(e,n)};this.onMouseLeave=()=>{this.showTooltip(null,null),this.hovered!=null&&(this.hovered=null,this.pinned==null&&this.repaintActive())};this.onCanvasClick=e=>{let n=this.tokenAt(e),r=n&&this.pinned&&n.side===this.pinned.side&&n.index===this.pinned.index;this.pinned=n==null||r?null:n,this.hovered=n};this.data=null,this.layer=0,this.selectedHeads=[],this.filter="all",this.hideSpecial=!1,this.threshold=ft[0],this.pinned=null}static{this.title="Attention: Head View"}static{this.infoMarkdown="Attention of one layer: lines from each token (left) to the tokens it attends to (right), one colour per head, opacity = weight. Hover or click a token to isolate it."}static{this.numCols=6}static{this.duplicateForExampleComparison=!0}static{this.duplicateForModelComparison=!0}static{this.template=(e,n,r)=>m`
      <head-view-module model=${e} .shouldReact=${r}
        selectionServiceIndex=${n}></head-view-module>`}static shouldDisplayModule(e){return J(e)}static{this.styles=[...ee,x`${$(ct)}`]}static{this.properties={data:{state:!0},layer:{state:!0},selectedHeads:{state:!0},filter:{state:!0},hideSpecial:{state:!0},threshold:{state:!0},pinned:{state:!0}}}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.selectedInput,this.model],()=>{this.pinned=null,this.fetchLayer()}),M.addEventListener(te,this.onFocus),M.focus?.model===this.model&&this.applyFocus(M.focus)}disconnectedCallback(){super.disconnectedCallback(),M.removeEventListener(te,this.onFocus),this.resizeObserver?.disconnect(),this.resizeObserver=null}applyFocus(e){e.model===this.model&&(this.selectedHeads=[e.head],e.layer!==this.layer&&(this.layer=e.layer,this.fetchLayer()),this.scrollIntoView({block:"nearest"}))}async fetchLayer(){let e=this.selectedInput;if(e==null){this.data=null;return}let n=q(this.appState.currentModelInfos[this.model]);if(n==null){this.fail(`Model '${this.model}' returns no attention.`);return}performance.mark("lit-ext:head-view:request");let r=await this.request("attention",Y(this.apiService,this.appState.currentDataset,this.model,n,e,[this.layer]));if(r!=null){if(r.allLayers&&!r.allLayers.includes(this.layer)&&(this.layer=r.allLayers[0],!r.layers.has(this.layer))){this.fetchLayer();return}(this.data==null||this.data.numHeads!==r.numHeads||this.selectedHeads.some(i=>i>=r.numHeads)||this.selectedHeads.length===0)&&(this.selectedHeads=Array.from({length:r.numHeads},(i,o)=>o)),this.data=r,this.requestUpdate()}}setLayer(e){this.layer=e,this.pinned=null,!this.data?.layers.has(e)&&this.fetchLayer()}toggleHead(e){this.selectedHeads=this.selectedHeads.includes(e)?this.selectedHeads.filter(n=>n!==e):[...this.selectedHeads,e].sort((n,r)=>n-r)}soloHead(e){let n=this.data?.numHeads??0,r=this.selectedHeads.length===1&&this.selectedHeads[0]===e;this.selectedHeads=r?Array.from({length:n},(i,o)=>o):[e]}get isPair(){return this.data!=null&&this.data.segmentIds.some(e=>e===1)}renderControls(){let e=this.data,n=e?.allLayers??[...e?.layers.keys()??[]],r=a=>this.setLayer(Number(a.target.value)),i=a=>{this.filter=a.target.value},o=a=>{this.threshold=Number(a.target.value)},l=a=>{this.hideSpecial=a.target.checked,this.pinned=null};return m`
      <div class="toolbar">
        ${this.renderExampleLabel()}
        <label>Layer
          <select class="dropdown layer-select" @change=${r} ?disabled=${!n.length}>
            ${n.map(a=>m`<option value=${a} ?selected=${a===this.layer}>${a}</option>`)}
          </select>
        </label>
        ${this.isPair?m`
          <label>Sentences
            <select class="dropdown pair-filter" @change=${i}>
              ${Xt.map(([a,d])=>m`
                <option value=${a} ?selected=${a===this.filter}>${d}</option>`)}
            </select>
          </label>`:f}
        <label title="Lines for smaller weights are not drawn (they would be nearly invisible).">
          Hide weights below
          <select class="dropdown threshold" @change=${o}>
            ${ft.map(a=>m`
              <option value=${a} ?selected=${a===this.threshold}>${a}</option>`)}
          </select>
        </label>
        <label><input type="checkbox" class="hide-special" .checked=${this.hideSpecial}
            @change=${l}>Hide [CLS]/[SEP]</label>
      </div>
      ${e?this.renderHeads(e.numHeads):f}`}renderHeads(e){let n=()=>{this.selectedHeads=Array.from({length:e},(r,i)=>i)};return m`
      <div class="heads" role="group" aria-label="Heads">
        <span class="hint">Heads</span>
        ${Array.from({length:e},(r,i)=>{let o=this.selectedHeads.includes(i),l=V(i);return m`
            <button class="head-chip ${o?"on":""}" data-head=${i}
                style="--head-color: ${l}" aria-pressed=${o}
                title="Head ${i}: click to toggle, double-click to show it alone"
                @click=${()=>this.toggleHead(i)} @dblclick=${()=>this.soloHead(i)}>
              ${i}
            </button>`})}
        <button class="hairline-button" @click=${n}>All</button>
        <button class="hairline-button" @click=${()=>this.selectedHeads=[]}>None</button>
      </div>`}renderImpl(){let e=this.selectedInput==null?"Select an example to see its attention.":null;return m`
      <div class="module-container">
        ${this.renderControls()}
        <div class="body">
          ${this.renderStatus(this.data?null:e)}
          <canvas class="head-view-canvas" ?hidden=${this.data==null||this.error!=null}
              @mousemove=${this.onMouseMove} @mouseleave=${this.onMouseLeave}
              @click=${this.onCanvasClick}></canvas>
          <div class="tooltip" hidden></div>
          ${this.data?m`<div class="hint legend">${this.legendText()}</div>`:f}
        </div>
      </div>`}legendText(){return`Left: attending tokens; right: attended tokens. ${this.pinned?"Click the pinned token (or empty space) to unpin.":"Hover a token to isolate its lines; click to pin it."}`}observeWidth(){let e=this.renderRoot.querySelector(".body");e==null||this.resizeObserver!=null||(this.resizeObserver=new ResizeObserver(()=>{let n=Math.floor(e.clientWidth-16);n>0&&n!==this.canvasWidth&&(this.canvasWidth=n,this.redraw())}),this.resizeObserver.observe(e))}updated(e){super.updated(e),this.dataset.state=this.error?"error":this.loading?"loading":this.data?"ready":"empty",this.observeWidth(),this.redraw()}buildScene(){let e=this.data,n=e?.layers.get(this.layer);if(e==null||n==null)return null;let r=e.tokens.map((i,o)=>o).filter(i=>!this.hideSpecial||!st(e.tokens[i]));return{tokens:e.tokens,segmentIds:e.segmentIds,numHeads:e.numHeads,weights:n,heads:this.selectedHeads,headColors:Array.from({length:e.numHeads},(i,o)=>V(o)),visible:r,filter:this.isPair?this.filter:"all",threshold:this.threshold,active:this.pinned??this.hovered,pinned:this.pinned!=null}}redraw(){let e=this.renderRoot.querySelector("canvas"),n=this.buildScene();if(this.scene=n,e==null||n==null||this.canvasWidth<=0)return;let r=e.getContext("2d"),i=ut(r,n,this.canvasWidth);this.geometry=i;let o=window.devicePixelRatio||1;e.style.width=`${i.width}px`,e.style.height=`${i.height}px`,e.width=Math.round(i.width*o),e.height=Math.round(i.height*o),r.setTransform(o,0,0,o,0,0),this.paint(r,n,i)}paint(e,n,r){let i=pt(e,n,r);this.dataset.layer=String(this.layer),this.dataset.heads=n.heads.join(","),this.dataset.tokens=String(n.tokens.length),this.dataset.lines=String(i.lines),this.dataset.active=n.active?`${n.active.side}:${n.active.index}`:"";let o=n.tokens.length;requestAnimationFrame(()=>{performance.mark("lit-ext:head-view:painted",{detail:{tokens:o,lines:i.lines}})})}repaintActive(){let e=this.renderRoot.querySelector("canvas");e==null||this.scene==null||this.geometry==null||(this.scene.active=this.pinned??this.hovered,this.scene.pinned=this.pinned!=null,this.paint(e.getContext("2d"),this.scene,this.geometry))}tokenPosition(e,n){let r=this.geometry;if(r==null||n<0||n>=r.rowOf.length||r.rowOf[n]<0)return null;let i=r.top+r.rowOf[n]*r.rowHeight+r.rowHeight/2;return{x:e==="left"?r.leftTextRight-10:r.rightTextLeft+10,y:i}}tokenAt(e){if(this.scene==null||this.geometry==null)return null;let n=e.target.getBoundingClientRect();return mt(this.scene,this.geometry,e.clientX-n.left,e.clientY-n.top)}showTooltip(e,n){let r=this.renderRoot.querySelector(".tooltip");if(r==null)return;let i=e&&n?this.tooltipText(n):"";r.hidden=!i,!(!i||!e)&&(r.textContent=i,r.style.left=`${e.clientX+14}px`,r.style.top=`${e.clientY+10}px`)}tooltipText(e){let n=this.scene;if(n==null)return"";let r=c=>`${n.tokens[c]} (#${c})`,i=this.pinned??this.hovered,o=n.tokens.length;if(i==null||i.side===e.side){let c=e.side==="left"?"attends from":"is attended by";return`${r(e.index)}
layer ${this.layer}: ${c} the lines shown`+(this.pinned?"":`
click to pin`)}let[l,a]=i.side==="left"?[i.index,e.index]:[e.index,i.index],d=n.heads.map(c=>{let h=n.weights[c*o*o+l*o+a];return`  head ${String(c).padStart(2)}: ${h.toFixed(4)}`});return`${r(l)} → ${r(a)}, layer ${this.layer}
${d.join(`
`)}`}};customElements.define("head-view-module",He);var vt=`.grid {
  display: grid;
  grid-template-columns: 28px repeat(var(--heads), var(--thumb));
  gap: 4px;
  align-items: center;
  width: max-content;
}

.col-label,
.row-label {
  color: var(--lit-neutral-600, #80868b);
  font-size: 11px;
  text-align: center;
}

.thumb {
  width: var(--thumb);
  height: var(--thumb);
  box-sizing: border-box;
  border: 1px solid var(--lit-neutral-300, #dadce0);
  cursor: pointer;
  image-rendering: pixelated;
}

.thumb:hover {
  border-color: var(--lit-neutral-700, #5f6368);
}

.thumb.selected {
  outline: 3px solid var(--lit-cyea-500, #348199);
  outline-offset: 1px;
}
`;var gt=[48,72,104];function Jt(s,t,e,n,r){let[i,o,l]=Ee(r),a=new ImageData(n,n),d=e*n*n;for(let u=0;u<n*n;u++){let p=Math.sqrt(Math.min(1,t[d+u]));a.data[4*u]=Math.round(255+(i-255)*p),a.data[4*u+1]=Math.round(255+(o-255)*p),a.data[4*u+2]=Math.round(255+(l-255)*p),a.data[4*u+3]=255}let c=document.createElement("canvas");c.width=n,c.height=n,c.getContext("2d").putImageData(a,0,0);let h=s.getContext("2d");h.imageSmoothingEnabled=n>s.width,h.clearRect(0,0,s.width,s.height),h.drawImage(c,0,0,s.width,s.height)}var Le=class extends b{constructor(){super();this.observer=null;this.drawn=new Set;this.pending=new Set;this.frame=0;this.data=null,this.size=gt[1],this.selected=null}static{this.title="Attention: Model View"}static{this.infoMarkdown="Every layer and head as a small attention matrix (rows attend to columns). Click one to open it in the head view."}static{this.numCols=6}static{this.duplicateForExampleComparison=!0}static{this.duplicateForModelComparison=!0}static{this.template=(e,n,r)=>m`
      <model-view-module model=${e} .shouldReact=${r}
        selectionServiceIndex=${n}></model-view-module>`}static shouldDisplayModule(e){return J(e)}static{this.styles=[...ee,x`${$(vt)}`]}static{this.properties={data:{state:!0},size:{state:!0},selected:{state:!0}}}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.selectedInput,this.model],()=>this.fetch())}disconnectedCallback(){super.disconnectedCallback(),this.observer?.disconnect(),this.observer=null,cancelAnimationFrame(this.frame)}async fetch(){let e=this.selectedInput;if(e==null){this.data=null;return}let n=q(this.appState.currentModelInfos[this.model]);if(n==null){this.fail(`Model '${this.model}' returns no attention.`);return}let r=await this.request("attention",Y(this.apiService,this.appState.currentDataset,this.model,n,e,null));r!=null&&(this.data=r)}open(e,n){this.selected=[e,n],M.focusHead({model:this.model,layer:e,head:n})}renderImpl(){let e=this.data,n=this.selectedInput==null?"Select an example to see its attention.":null,r=i=>{this.size=Number(i.target.value)};return m`
      <div class="module-container">
        <div class="toolbar">
          ${this.renderExampleLabel()}
          <label>Size
            <select class="dropdown size-select" @change=${r}>
              ${gt.map(i=>m`<option value=${i} ?selected=${i===this.size}>${i}px</option>`)}
            </select>
          </label>
          <span class="hint">Rows attend to columns. Click a head to open it in the head view.</span>
        </div>
        <div class="body">
          ${this.renderStatus(e?null:n)}
          ${e&&!this.error?this.renderGrid(e):f}
        </div>
      </div>`}renderGrid(e){let n=[...e.layers.keys()].sort((i,o)=>i-o),r=Array.from({length:e.numHeads},(i,o)=>o);return m`
      <div class="grid" style="--thumb: ${this.size}px; --heads: ${e.numHeads}">
        <div class="corner"></div>
        ${r.map(i=>m`<div class="col-label">H${i}</div>`)}
        ${n.map(i=>m`
          <div class="row-label">L${i}</div>
          ${r.map(o=>{let l=this.selected?.[0]===i&&this.selected?.[1]===o;return m`
              <canvas class="thumb ${l?"selected":""}" width=${this.size}
                  height=${this.size} data-layer=${i} data-head=${o}
                  title="Layer ${i}, head ${o}: click to open in the head view"
                  @click=${()=>this.open(i,o)}></canvas>`})}`)}
      </div>`}updated(e){super.updated(e),this.dataset.state=this.error?"error":this.loading?"loading":this.data?"ready":"empty",this.dataset.selected=this.selected?this.selected.join(":"):"",(e.has("data")||e.has("size"))&&(this.drawn.clear(),this.dataset.drawn="0",this.observeThumbnails())}observeThumbnails(){let e=this.renderRoot.querySelector(".body");e!=null&&(this.observer?.disconnect(),this.observer=new IntersectionObserver(n=>{for(let r of n){let i=r.target;r.isIntersecting&&!this.drawn.has(i)&&this.pending.add(i)}this.scheduleDraw()},{root:e,rootMargin:"64px"}),e.querySelectorAll("canvas.thumb").forEach(n=>this.observer.observe(n)))}scheduleDraw(){this.frame||this.pending.size===0||(this.frame=requestAnimationFrame(()=>{this.frame=0;let e=this.data;if(e==null)return;let n=e.tokens.length,r=performance.now();for(let i of this.pending){if(this.pending.delete(i),!i.isConnected)continue;let o=Number(i.dataset.layer),l=Number(i.dataset.head),a=e.layers.get(o);if(a!=null&&(Jt(i,a,l,n,V(l)),this.drawn.add(i),performance.now()-r>12))break}this.dataset.drawn=String(this.drawn.size),this.scheduleDraw()}))}};customElements.define("model-view-module",Le);var Ie=class extends b{static{this.title="Neurons (todo)"}static{this.template=()=>m`<neuron-view-module></neuron-view-module>`}renderImpl(){return m`todo`}},Pe=class extends b{static{this.title="NMF (todo)"}static{this.template=()=>m`<nmf-module></nmf-module>`}renderImpl(){return m`todo`}};customElements.define("neuron-view-module",Ie);customElements.define("nmf-module",Pe);
/*! Bundled license information:

@lit/reactive-element/css-tag.js:
  (**
   * @license
   * Copyright 2019 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/reactive-element.js:
lit-html/lit-html.js:
lit-element/lit-element.js:
  (**
   * @license
   * Copyright 2017 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

lit-html/is-server.js:
  (**
   * @license
   * Copyright 2022 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
