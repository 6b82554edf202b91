var Fe=window,Ne=Fe.ShadowRoot&&(Fe.ShadyCSS===void 0||Fe.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,wt=Symbol(),bn=new WeakMap,$e=class{constructor(t,e,n){if(this._$cssResult$=!0,n!==wt)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o,e=this.t;if(Ne&&t===void 0){let n=e!==void 0&&e.length===1;n&&(t=bn.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),n&&bn.set(e,t))}return t}toString(){return this.cssText}},we=r=>new $e(typeof r=="string"?r:r+"",void 0,wt),He=(r,...t)=>{let e=r.length===1?r[0]:t.reduce(((n,o,s)=>n+(i=>{if(i._$cssResult$===!0)return i.cssText;if(typeof i=="number")return i;throw Error("Value passed to 'css' function must be a 'css' function result: "+i+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(o)+r[s+1]),r[0]);return new $e(e,r,wt)},kt=(r,t)=>{Ne?r.adoptedStyleSheets=t.map((e=>e instanceof CSSStyleSheet?e:e.styleSheet)):t.forEach((e=>{let n=document.createElement("style"),o=Fe.litNonce;o!==void 0&&n.setAttribute("nonce",o),n.textContent=e.cssText,r.appendChild(n)}))},Re=Ne?r=>r:r=>r instanceof CSSStyleSheet?(t=>{let e="";for(let n of t.cssRules)e+=n.cssText;return we(e)})(r):r;var At,De=window,vn=De.trustedTypes,mo=vn?vn.emptyScript:"",xn=De.reactiveElementPolyfillSupport,Et={toAttribute(r,t){switch(t){case Boolean:r=r?mo:null;break;case Object:case Array:r=r==null?r:JSON.stringify(r)}return r},fromAttribute(r,t){let e=r;switch(t){case Boolean:e=r!==null;break;case Number:e=r===null?null:Number(r);break;case Object:case Array:try{e=JSON.parse(r)}catch{e=null}}return e}},$n=(r,t)=>t!==r&&(t==t||r==r),St={attribute:!0,type:String,converter:Et,reflect:!1,hasChanged:$n},Mt="finalized",B=class extends HTMLElement{constructor(){super(),this._$Ei=new Map,this.isUpdatePending=!1,this.hasUpdated=!1,this._$El=null,this._$Eu()}static addInitializer(t){var e;this.finalize(),((e=this.h)!==null&&e!==void 0?e:this.h=[]).push(t)}static get observedAttributes(){this.finalize();let t=[];return this.elementProperties.forEach(((e,n)=>{let o=this._$Ep(n,e);o!==void 0&&(this._$Ev.set(o,n),t.push(o))})),t}static createProperty(t,e=St){if(e.state&&(e.attribute=!1),this.finalize(),this.elementProperties.set(t,e),!e.noAccessor&&!this.prototype.hasOwnProperty(t)){let n=typeof t=="symbol"?Symbol():"__"+t,o=this.getPropertyDescriptor(t,n,e);o!==void 0&&Object.defineProperty(this.prototype,t,o)}}static getPropertyDescriptor(t,e,n){return{get(){return this[e]},set(o){let s=this[t];this[e]=o,this.requestUpdate(t,s,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)||St}static finalize(){if(this.hasOwnProperty(Mt))return!1;this[Mt]=!0;let t=Object.getPrototypeOf(this);if(t.finalize(),t.h!==void 0&&(this.h=[...t.h]),this.elementProperties=new Map(t.elementProperties),this._$Ev=new Map,this.hasOwnProperty("properties")){let e=this.properties,n=[...Object.getOwnPropertyNames(e),...Object.getOwnPropertySymbols(e)];for(let o of n)this.createProperty(o,e[o])}return this.elementStyles=this.finalizeStyles(this.styles),!0}static finalizeStyles(t){let e=[];if(Array.isArray(t)){let n=new Set(t.flat(1/0).reverse());for(let o of n)e.unshift(Re(o))}else t!==void 0&&e.push(Re(t));return e}static _$Ep(t,e){let n=e.attribute;return n===!1?void 0:typeof n=="string"?n:typeof t=="string"?t.toLowerCase():void 0}_$Eu(){var t;this._$E_=new Promise((e=>this.enableUpdating=e)),this._$AL=new Map,this._$Eg(),this.requestUpdate(),(t=this.constructor.h)===null||t===void 0||t.forEach((e=>e(this)))}addController(t){var e,n;((e=this._$ES)!==null&&e!==void 0?e:this._$ES=[]).push(t),this.renderRoot!==void 0&&this.isConnected&&((n=t.hostConnected)===null||n===void 0||n.call(t))}removeController(t){var e;(e=this._$ES)===null||e===void 0||e.splice(this._$ES.indexOf(t)>>>0,1)}_$Eg(){this.constructor.elementProperties.forEach(((t,e)=>{this.hasOwnProperty(e)&&(this._$Ei.set(e,this[e]),delete this[e])}))}createRenderRoot(){var t;let e=(t=this.shadowRoot)!==null&&t!==void 0?t:this.attachShadow(this.constructor.shadowRootOptions);return kt(e,this.constructor.elementStyles),e}connectedCallback(){var t;this.renderRoot===void 0&&(this.renderRoot=this.createRenderRoot()),this.enableUpdating(!0),(t=this._$ES)===null||t===void 0||t.forEach((e=>{var n;return(n=e.hostConnected)===null||n===void 0?void 0:n.call(e)}))}enableUpdating(t){}disconnectedCallback(){var t;(t=this._$ES)===null||t===void 0||t.forEach((e=>{var n;return(n=e.hostDisconnected)===null||n===void 0?void 0:n.call(e)}))}attributeChangedCallback(t,e,n){this._$AK(t,n)}_$EO(t,e,n=St){var o;let s=this.constructor._$Ep(t,n);if(s!==void 0&&n.reflect===!0){let i=(((o=n.converter)===null||o===void 0?void 0:o.toAttribute)!==void 0?n.converter:Et).toAttribute(e,n.type);this._$El=t,i==null?this.removeAttribute(s):this.setAttribute(s,i),this._$El=null}}_$AK(t,e){var n;let o=this.constructor,s=o._$Ev.get(t);if(s!==void 0&&this._$El!==s){let i=o.getPropertyOptions(s),a=typeof i.converter=="function"?{fromAttribute:i.converter}:((n=i.converter)===null||n===void 0?void 0:n.fromAttribute)!==void 0?i.converter:Et;this._$El=s,this[s]=a.fromAttribute(e,i.type),this._$El=null}}requestUpdate(t,e,n){let o=!0;t!==void 0&&(((n=n||this.constructor.getPropertyOptions(t)).hasChanged||$n)(this[t],e)?(this._$AL.has(t)||this._$AL.set(t,e),n.reflect===!0&&this._$El!==t&&(this._$EC===void 0&&(this._$EC=new Map),this._$EC.set(t,n))):o=!1),!this.isUpdatePending&&o&&(this._$E_=this._$Ej())}async _$Ej(){this.isUpdatePending=!0;try{await this._$E_}catch(e){Promise.reject(e)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){var t;if(!this.isUpdatePending)return;this.hasUpdated,this._$Ei&&(this._$Ei.forEach(((o,s)=>this[s]=o)),this._$Ei=void 0);let e=!1,n=this._$AL;try{e=this.shouldUpdate(n),e?(this.willUpdate(n),(t=this._$ES)===null||t===void 0||t.forEach((o=>{var s;return(s=o.hostUpdate)===null||s===void 0?void 0:s.call(o)})),this.update(n)):this._$Ek()}catch(o){throw e=!1,this._$Ek(),o}e&&this._$AE(n)}willUpdate(t){}_$AE(t){var e;(e=this._$ES)===null||e===void 0||e.forEach((n=>{var o;return(o=n.hostUpdated)===null||o===void 0?void 0:o.call(n)})),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$Ek(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$E_}shouldUpdate(t){return!0}update(t){this._$EC!==void 0&&(this._$EC.forEach(((e,n)=>this._$EO(n,this[n],e))),this._$EC=void 0),this._$Ek()}updated(t){}firstUpdated(t){}};B[Mt]=!0,B.elementProperties=new Map,B.elementStyles=[],B.shadowRootOptions={mode:"open"},xn?.({ReactiveElement:B}),((At=De.reactiveElementVersions)!==null&&At!==void 0?At:De.reactiveElementVersions=[]).push("1.6.3");var _t,Oe=window,ue=Oe.trustedTypes,wn=ue?ue.createPolicy("lit-html",{createHTML:r=>r}):void 0,qe="$lit$",U=`lit$${(Math.random()+"").slice(9)}$`,Ct="?"+U,fo=`<${Ct}>`,Z=document,Ae=()=>Z.createComment(""),Se=r=>r===null||typeof r!="object"&&typeof r!="function",Tn=Array.isArray,Cn=r=>Tn(r)||typeof r?.[Symbol.iterator]=="function",Tt=`[ 	
\f\r]`,ke=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,kn=/-->/g,An=/>/g,J=RegExp(`>|${Tt}(?:([^\\s"'>=/]+)(${Tt}*=${Tt}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Sn=/'/g,En=/"/g,In=/^(?:script|style|textarea|title)$/i,Pn=r=>(t,...e)=>({_$litType$:r,strings:t,values:e}),m=Pn(1),W=Pn(2),I=Symbol.for("lit-noChange"),y=Symbol.for("lit-nothing"),Mn=new WeakMap,Y=Z.createTreeWalker(Z,129,null,!1);function Ln(r,t){if(!Array.isArray(r)||!r.hasOwnProperty("raw"))throw Error("invalid template strings array");return wn!==void 0?wn.createHTML(t):t}var Fn=(r,t)=>{let e=r.length-1,n=[],o,s=t===2?"<svg>":"",i=ke;for(let a=0;a<e;a++){let l=r[a],c,d,h=-1,p=0;for(;p<l.length&&(i.lastIndex=p,d=i.exec(l),d!==null);)p=i.lastIndex,i===ke?d[1]==="!--"?i=kn:d[1]!==void 0?i=An:d[2]!==void 0?(In.test(d[2])&&(o=RegExp("</"+d[2],"g")),i=J):d[3]!==void 0&&(i=J):i===J?d[0]===">"?(i=o??ke,h=-1):d[1]===void 0?h=-2:(h=i.lastIndex-d[2].length,c=d[1],i=d[3]===void 0?J:d[3]==='"'?En:Sn):i===En||i===Sn?i=J:i===kn||i===An?i=ke:(i=J,o=void 0);let u=i===J&&r[a+1].startsWith("/>")?" ":"";s+=i===ke?l+fo:h>=0?(n.push(c),l.slice(0,h)+qe+l.slice(h)+U+u):l+U+(h===-2?(n.push(void 0),a):u)}return[Ln(r,s+(r[e]||"<?>")+(t===2?"</svg>":"")),n]},Ee=class r{constructor({strings:t,_$litType$:e},n){let o;this.parts=[];let s=0,i=0,a=t.length-1,l=this.parts,[c,d]=Fn(t,e);if(this.el=r.createElement(c,n),Y.currentNode=this.el.content,e===2){let h=this.el.content,p=h.firstChild;p.remove(),h.append(...p.childNodes)}for(;(o=Y.nextNode())!==null&&l.length<a;){if(o.nodeType===1){if(o.hasAttributes()){let h=[];for(let p of o.getAttributeNames())if(p.endsWith(qe)||p.startsWith(U)){let u=d[i++];if(h.push(p),u!==void 0){let f=o.getAttribute(u.toLowerCase()+qe).split(U),v=/([.?@])?(.*)/.exec(u);l.push({type:1,index:s,name:v[2],strings:f,ctor:v[1]==="."?Ue:v[1]==="?"?je:v[1]==="@"?ze:te})}else l.push({type:6,index:s})}for(let p of h)o.removeAttribute(p)}if(In.test(o.tagName)){let h=o.textContent.split(U),p=h.length-1;if(p>0){o.textContent=ue?ue.emptyScript:"";for(let u=0;u<p;u++)o.append(h[u],Ae()),Y.nextNode(),l.push({type:2,index:++s});o.append(h[p],Ae())}}}else if(o.nodeType===8)if(o.data===Ct)l.push({type:2,index:s});else{let h=-1;for(;(h=o.data.indexOf(U,h+1))!==-1;)l.push({type:7,index:s}),h+=U.length-1}s++}}static createElement(t,e){let n=Z.createElement("template");return n.innerHTML=t,n}};function ee(r,t,e=r,n){var o,s,i,a;if(t===I)return t;let l=n!==void 0?(o=e._$Co)===null||o===void 0?void 0:o[n]:e._$Cl,c=Se(t)?void 0:t._$litDirective$;return l?.constructor!==c&&((s=l?._$AO)===null||s===void 0||s.call(l,!1),c===void 0?l=void 0:(l=new c(r),l._$AT(r,e,n)),n!==void 0?((i=(a=e)._$Co)!==null&&i!==void 0?i:a._$Co=[])[n]=l:e._$Cl=l),l!==void 0&&(t=ee(r,l._$AS(r,t.values),l,n)),t}var Be=class{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){var e;let{el:{content:n},parts:o}=this._$AD,s=((e=t?.creationScope)!==null&&e!==void 0?e:Z).importNode(n,!0);Y.currentNode=s;let i=Y.nextNode(),a=0,l=0,c=o[0];for(;c!==void 0;){if(a===c.index){let d;c.type===2?d=new pe(i,i.nextSibling,this,t):c.type===1?d=new c.ctor(i,c.name,c.strings,this,t):c.type===6&&(d=new Ve(i,this,t)),this._$AV.push(d),c=o[++l]}a!==c?.index&&(i=Y.nextNode(),a++)}return Y.currentNode=Z,s}v(t){let e=0;for(let n of this._$AV)n!==void 0&&(n.strings!==void 0?(n._$AI(t,n,e),e+=n.strings.length-2):n._$AI(t[e])),e++}},pe=class r{constructor(t,e,n,o){var s;this.type=2,this._$AH=y,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=n,this.options=o,this._$Cp=(s=o?.isConnected)===null||s===void 0||s}get _$AU(){var t,e;return(e=(t=this._$AM)===null||t===void 0?void 0:t._$AU)!==null&&e!==void 0?e:this._$Cp}get parentNode(){let t=this._$AA.parentNode,e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=ee(this,t,e),Se(t)?t===y||t==null||t===""?(this._$AH!==y&&this._$AR(),this._$AH=y):t!==this._$AH&&t!==I&&this._(t):t._$litType$!==void 0?this.g(t):t.nodeType!==void 0?this.$(t):Cn(t)?this.T(t):this._(t)}k(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}$(t){this._$AH!==t&&(this._$AR(),this._$AH=this.k(t))}_(t){this._$AH!==y&&Se(this._$AH)?this._$AA.nextSibling.data=t:this.$(Z.createTextNode(t)),this._$AH=t}g(t){var e;let{values:n,_$litType$:o}=t,s=typeof o=="number"?this._$AC(t):(o.el===void 0&&(o.el=Ee.createElement(Ln(o.h,o.h[0]),this.options)),o);if(((e=this._$AH)===null||e===void 0?void 0:e._$AD)===s)this._$AH.v(n);else{let i=new Be(s,this),a=i.u(this.options);i.v(n),this.$(a),this._$AH=i}}_$AC(t){let e=Mn.get(t.strings);return e===void 0&&Mn.set(t.strings,e=new Ee(t)),e}T(t){Tn(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,n,o=0;for(let s of t)o===e.length?e.push(n=new r(this.k(Ae()),this.k(Ae()),this,this.options)):n=e[o],n._$AI(s),o++;o<e.length&&(this._$AR(n&&n._$AB.nextSibling,o),e.length=o)}_$AR(t=this._$AA.nextSibling,e){var n;for((n=this._$AP)===null||n===void 0||n.call(this,!1,!0,e);t&&t!==this._$AB;){let o=t.nextSibling;t.remove(),t=o}}setConnected(t){var e;this._$AM===void 0&&(this._$Cp=t,(e=this._$AP)===null||e===void 0||e.call(this,t))}},te=class{constructor(t,e,n,o,s){this.type=1,this._$AH=y,this._$AN=void 0,this.element=t,this.name=e,this._$AM=o,this.options=s,n.length>2||n[0]!==""||n[1]!==""?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=y}get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}_$AI(t,e=this,n,o){let s=this.strings,i=!1;if(s===void 0)t=ee(this,t,e,0),i=!Se(t)||t!==this._$AH&&t!==I,i&&(this._$AH=t);else{let a=t,l,c;for(t=s[0],l=0;l<s.length-1;l++)c=ee(this,a[n+l],e,l),c===I&&(c=this._$AH[l]),i||(i=!Se(c)||c!==this._$AH[l]),c===y?t=y:t!==y&&(t+=(c??"")+s[l+1]),this._$AH[l]=c}i&&!o&&this.j(t)}j(t){t===y?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},Ue=class extends te{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===y?void 0:t}},go=ue?ue.emptyScript:"",je=class extends te{constructor(){super(...arguments),this.type=4}j(t){t&&t!==y?this.element.setAttribute(this.name,go):this.element.removeAttribute(this.name)}},ze=class extends te{constructor(t,e,n,o,s){super(t,e,n,o,s),this.type=5}_$AI(t,e=this){var n;if((t=(n=ee(this,t,e,0))!==null&&n!==void 0?n:y)===I)return;let o=this._$AH,s=t===y&&o!==y||t.capture!==o.capture||t.once!==o.once||t.passive!==o.passive,i=t!==y&&(o===y||s);s&&this.element.removeEventListener(this.name,this,o),i&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){var e,n;typeof this._$AH=="function"?this._$AH.call((n=(e=this.options)===null||e===void 0?void 0:e.host)!==null&&n!==void 0?n:this.element,t):this._$AH.handleEvent(t)}},Ve=class{constructor(t,e,n){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(t){ee(this,t)}},Nn={O:qe,P:U,A:Ct,C:1,M:Fn,L:Be,R:Cn,D:ee,I:pe,V:te,H:je,N:ze,U:Ue,F:Ve},_n=Oe.litHtmlPolyfillSupport;_n?.(Ee,pe),((_t=Oe.litHtmlVersions)!==null&&_t!==void 0?_t:Oe.litHtmlVersions=[]).push("2.8.0");var Hn=(r,t,e)=>{var n,o;let s=(n=e?.renderBefore)!==null&&n!==void 0?n:t,i=s._$litPart$;if(i===void 0){let a=(o=e?.renderBefore)!==null&&o!==void 0?o:null;s._$litPart$=i=new pe(t.insertBefore(Ae(),a),a,void 0,e??{})}return i._$AI(r),i};var It,Pt;var me=class extends B{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){var t,e;let n=super.createRenderRoot();return(t=(e=this.renderOptions).renderBefore)!==null&&t!==void 0||(e.renderBefore=n.firstChild),n}update(t){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=Hn(e,this.renderRoot,this.renderOptions)}connectedCallback(){var t;super.connectedCallback(),(t=this._$Do)===null||t===void 0||t.setConnected(!0)}disconnectedCallback(){var t;super.disconnectedCallback(),(t=this._$Do)===null||t===void 0||t.setConnected(!1)}render(){return I}};me.finalized=!0,me._$litElement$=!0,(It=globalThis.litElementHydrateSupport)===null||It===void 0||It.call(globalThis,{LitElement:me});var Rn=globalThis.litElementPolyfillSupport;Rn?.({LitElement:me});((Pt=globalThis.litElementVersions)!==null&&Pt!==void 0?Pt:globalThis.litElementVersions=[]).push("3.3.3");var ne={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},Dn=r=>(...t)=>({_$litDirective$:r,values:t}),We=class{constructor(t){}get _$AU(){return this._$AM._$AU}_$AT(t,e,n){this._$Ct=t,this._$AM=e,this._$Ci=n}_$AS(t,e){return this.update(t,e)}update(t,e){return this.render(...e)}};var{I:Ws}=Nn;var On=r=>r.strings===void 0;var yo={},qn=(r,t=yo)=>r._$AH=t;var Bn=Dn(class extends We{constructor(r){if(super(r),r.type!==ne.PROPERTY&&r.type!==ne.ATTRIBUTE&&r.type!==ne.BOOLEAN_ATTRIBUTE)throw Error("The `live` directive is not allowed on child or event bindings");if(!On(r))throw Error("`live` bindings can only contain a single expression")}render(r){return r}update(r,[t]){if(t===I||t===y)return t;let e=r.element,n=r.name;if(r.type===ne.PROPERTY){if(t===e[n])return I}else if(r.type===ne.BOOLEAN_ATTRIBUTE){if(!!t===e.hasAttribute(n))return I}else if(r.type===ne.ATTRIBUTE&&e.getAttribute(n)===t+"")return I;return qn(r),t}});function bo(r){let t=r;return t!=null&&typeof t=="object"&&typeof t.data=="string"&&Array.isArray(t.shape)&&(t.dtype==="uint10"||t.dtype==="float32")}function vo(r){let t=Uint8Array.fromBase64;if(t)return t(r);let e=atob(r),n=new Uint8Array(e.length);for(let o=0;o<e.length;o++)n[o]=e.charCodeAt(o);return n}var xo=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function $o(r,t,e){if(r.byteLength!==t*4)throw new Error(`encoded float32 array has ${r.byteLength} bytes; its shape needs ${t*4}.`);if(e)return new Float32Array(r.buffer.slice(r.byteOffset,r.byteOffset+t*4));let n=new DataView(r.buffer,r.byteOffset,r.byteLength),o=new Float32Array(t);for(let s=0;s<t;s++)o[s]=n.getFloat32(4*s,!0);return o}function wo(r,t,e){let n=t+Math.ceil(t/4);if(r.byteLength!==n)throw new Error(`encoded uint10 array has ${r.byteLength} bytes; its shape needs ${n}.`);if(!(e>0))throw new Error(`uint10 array needs a positive scale, got ${e}.`);let o=new Float32Array(1024);for(let a=0;a<1024;a++)o[a]=a/e;let s=new Float32Array(t),i=t-t%4;for(let a=0,l=t;a<i;a+=4,l++){let c=r[l];s[a]=o[r[a]|(c&192)<<2],s[a+1]=o[r[a+1]|(c&48)<<4],s[a+2]=o[r[a+2]|(c&12)<<6],s[a+3]=o[r[a+3]|(c&3)<<8]}for(let a=i;a<t;a++){let l=r[t+(a>>2)]>>6-2*(a&3)&3;s[a]=o[r[a]|l<<8]}return s}function K(r){if(!bo(r))throw new Error("expected an encoded array {dtype, shape, scale, data}.");let t=vo(r.data),e=r.shape.reduce((o,s)=>o*s,1),n=r.dtype==="uint10"?wo(t,e,r.scale??0):$o(t,e,xo);return{shape:[...r.shape],values:n}}var Ke="attention",Ge="neuron_view",Xe="nmf";function k(r,t,e){if(!(t in r))throw new Error(`${e} response has no '${t}' field.`);return r[t]}function re(r,t,e){if(!(t.length===e.length&&t.every((o,s)=>e[s]<0||o===e[s]))){let o=e.map(s=>s<0?"?":s).join(", ");throw new Error(`${r} has shape (${t.join(", ")}); expected (${o}).`)}}function Lt(r,t,e){if(!Array.isArray(t)||t.length!==e){let n=Array.isArray(t)?t.length:typeof t;throw new Error(`${r} has ${n} entries but there are ${e} tokens.`)}}function Ft(r,t){let e=k(r,"tokens",t),n={tokens:e,displayTokens:k(r,"display_tokens",t),specialTokens:k(r,"special_tokens",t),segmentIds:k(r,"segment_ids",t)};return Lt("display_tokens",n.displayTokens,e.length),Lt("special_tokens",n.specialTokens,e.length),Lt("segment_ids",n.segmentIds,e.length),n}var Qe="Special tokens: the tokenizer's markup, such as [CLS], [SEP], <s>, </s> and padding. Unknown-word tokens ([UNK], <unk>) stand for real text, such as an emoji, and are not special.";function _(r,t){let e=r.displayTokens[t],n=r.tokens[t];return n===e?`${e} (#${t})`:`${e} (#${t}, token ${n})`}function Un(r){let t=r,e=`'${Ke}' interpreter`,n=Ft(t,e),o=k(t,"layers",e),s=k(t,"num_heads",e),i=K(k(t,"attention",e)),a=n.tokens.length;re("attention",i.shape,[o.length,s,a,a]);let l=s*a*a,c=o.map((h,p)=>i.values.subarray(p*l,(p+1)*l)),d=typeof t.num_layers=="number"?t.num_layers:null;return{...n,layers:o,numHeads:s,numLayers:d,weights:c}}function ko(r,t,e){let n=r,o=k(n,"name",`${e} term`),s=K(k(n,"values",`${e} term '${o}'`));return re(`term '${o}'`,s.shape,[t,t]),{name:o,label:String(n.label??o),description:String(n.description??""),values:s.values}}function jn(r){let t=r,e=`'${Ge}' interpreter`,n=Ft(t,e),o=n.tokens.length,s=K(k(t,"query",e)),i=K(k(t,"key",e)),a=K(k(t,"attention",e));re("query",s.shape,[o,-1]),re("key",i.shape,s.shape),re("attention",a.shape,[o,o]);let l=k(t,"key_allowed",e),c=null;if(l!=null){let h=K(l);re("key_allowed",h.shape,[o,o]),c=Uint8Array.from(h.values,p=>p>.5?1:0)}let d=k(t,"scale",e);if(!(typeof d=="number"&&Number.isFinite(d)))throw new Error(`${e} response has scale ${d}; expected a finite number.`);return{...n,layer:k(t,"layer",e),head:k(t,"head",e),headDim:s.shape[1],query:s.values,key:i.values,scale:d,scaleLabel:k(t,"scale_label",e),positionTransform:k(t,"position_transform",e),terms:k(t,"terms",e).map(h=>ko(h,o,e)),keyAllowed:c,attention:a.values}}function zn(r){let t=r,e=`'${Xe}' interpreter`,n=Ft(t,e),o=n.tokens,s=K(k(t,"factors",e));re("factors",s.shape,[-1,o.length]);let i=s.shape[0],a=k(t,"top_neurons",e),l=k(t,"layer_share",e);if(a.length!==i||l.length!==i)throw new Error(`nmf response has ${i} factors but ${a.length} neuron lists and ${l.length} layer shares.`);return{...n,tokenMask:t.token_mask??o.map(()=>!0),layers:k(t,"layers",e),k:i,factors:s.values,topNeurons:a,layerShare:l,reconstructionError:Number(t.reconstruction_error??NaN)}}var Ye="head_importance",Ze="ablated_prediction",Me="layer_predictions",et="faithfulness";function Ao(r,t){return Array.isArray(r)&&(t==null||r.length===t)&&r.every(e=>typeof e=="number"&&Number.isFinite(e))}function Je(r,t,e){if(!Ao(r,e)){let n=e==null?"":`${e} `;throw new Error(`${t} is not a list of ${n}finite numbers.`)}return r}function Vn(r,t,e,n){if(!Array.isArray(r)||r.length!==e)throw new Error(`${t} has ${Array.isArray(r)?r.length:"no"} rows; expected ${e}.`);return r.map((o,s)=>Je(o,`${t} row ${s}`,n))}var Wn=["ablation","gradient"];function Kn(r){let t=r,e=`'${Ye}' interpreter`,n=k(t,"num_layers",e),o=k(t,"num_heads",e);return{method:k(t,"method",e),numLayers:n,numHeads:o,importance:Vn(k(t,"importance",e),"importance",n,o),label:k(t,"label",e),probability:k(t,"probability",e)}}function Gn(r){let t=r,e=`'${Ze}' interpreter`,n=k(t,"labels",e);return{labels:n,probas:Je(k(t,"probas",e),"probas",n.length),probasAblated:Je(k(t,"probas_ablated",e),"probas_ablated",n.length),heads:k(t,"heads",e)}}function Ht(r){let t=r,e=`'${Me}' interpreter`,n=k(t,"labels",e),o=k(t,"layers",e);return{labels:n,layers:o,probas:Vn(k(t,"probas",e),"probas",o.length,n.length)}}function Nt(r,t){if(r==null)return null;if(typeof r!="number"||!Number.isFinite(r))throw new Error(`${t} is ${String(r)}; expected a finite number or null.`);return r}function Xn(r){let t=r,e=`'${et}' interpreter`,n=k(t,"methods",e).map(o=>{let s=k(o,"name",`${e} method`);return{name:s,comprehensiveness:Nt(o.comprehensiveness,`${s} comprehensiveness`),sufficiency:Nt(o.sufficiency,`${s} sufficiency`),kendallTau:Nt(o.kendall_tau,`${s} kendall_tau`),...o.error==null?{}:{error:String(o.error)}}});return{label:k(t,"label",e),probability:k(t,"probability",e),fractions:Je(k(t,"fractions",e),"fractions"),methods:n}}var Jn=Symbol.for(""),So=r=>{if(r?.r===Jn)return r?._$litStatic$},Yn=r=>({_$litStatic$:r,r:Jn});var Qn=new Map,Zn=r=>(t,...e)=>{let n=e.length,o,s,i=[],a=[],l,c=0,d=!1;for(;c<n;){for(l=t[c];c<n&&(s=e[c],(o=So(s))!==void 0);)l+=o+t[++c],d=!0;c!==n&&a.push(s),i.push(l),c++}if(c===n&&i.push(t[n]),d){let h=i.join("$$lit$$");(t=Qn.get(h))===void 0&&(i.raw=i,Qn.set(h,t=i)),e=a}return r(t,...e)},er=Zn(m),li=Zn(W);var tr=`/* Layout and status styles shared by lit-ext's modules. */
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

.export-bar {
  display: flex;
  align-items: center;
  justify-content: flex-end;
  gap: 8px;
  padding: 2px 8px;
}

.export-menu {
  display: inline-flex;
  align-items: center;
  gap: 4px;
}

.export-bar .status {
  padding: 0;
}
`;var Mo=["svg","png","html","json"],_o=1;function To(r,t){return{format:"lit-ext",format_version:_o,view:r,data:t}}function G(r,t){let e=Float32Array.from(r),n=new Uint8Array(e.buffer),o="";for(let s=0;s<n.length;s+=32768)o+=String.fromCharCode(...n.subarray(s,s+32768));return{dtype:"float32",shape:t,data:btoa(o)}}function Co(r){return r.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;")}function Io(r){return JSON.stringify(r).replace(/</g,"\\u003c")}function Po(r,t,e){let n=`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${Co(r)}</title></head>
<body>
`;return e==null?`${n}<div class="lit-ext-export" data-view="figure">
${t.toSvg()}
</div>
</body></html>
`:`${n}<div id="lit-ext-view" class="lit-ext-export"></div>
<script>"use strict";(()=>{function P(t){if(t.startsWith("#")){let c=parseInt(t.slice(1),16);return[c>>16&255,c>>8&255,c&255]}let[e,n,r]=(t.match(/[\\d.]+/g)??["0","0","0"]).map(Number),s=n/100*Math.min(r/100,1-r/100),o=c=>{let i=(c+e/30)%12;return Math.round(255*(r/100-s*Math.max(-1,Math.min(i-3,9-i,1))))};return[o(0),o(8),o(4)]}function C(t,e){let[n,r,s]=P(t);return\`rgba(\${n}, \${r}, \${s}, \${e.toFixed(3)})\`}var W=[33,102,172],B=[202,72,34];function I(t,e){let n=e>0?Math.min(1,Math.abs(t)/e):0,[r,s,o]=t>=0?W:B;return[Math.round(255+(r-255)*n),Math.round(255+(s-255)*n),Math.round(255+(o-255)*n)]}function q(t){let[e,n,r]=t>=0?W:B;return\`#\${(e<<16|n<<8|r).toString(16).padStart(6,"0")}\`}function K([t,e,n]){return\`rgb(\${t}, \${e}, \${n})\`}var S=64,ce=12e3,$=8,ue=150,Q=t=>\`\${t}px Roboto, sans-serif\`;function de(t){return t<=40?[20,13]:t<=128?[16,12]:[13,10]}function Y(t,e,n){let[r,s]=de(e.visible.length);t.font=Q(s);let o=20;for(let p of e.visible)o=Math.max(o,t.measureText(e.labels[p]).width);o=Math.min(ue,Math.ceil(o));let c=Math.min(8,r-6),d=e.numHeads*(c+1)+$+o+$,l=Math.max(80,Math.min(360,n-2*d)),a=Math.max(0,Math.floor((n-l-2*d)/2)),u=new Int32Array(e.tokens.length).fill(-1);e.visible.forEach((p,g)=>u[p]=g);let m=6;return{width:Math.max(n,l+2*d),height:m*2+e.visible.length*r,rowHeight:r,fontSize:s,top:m,leftTextRight:a+d-$,rightTextLeft:a+d+l+$,textWidth:o,squareSize:c,rowOf:u}}function D(t){return t==="all"?null:[t[0]==="A"?0:1,t[1]==="A"?0:1]}function me(t,e,n){let r=D(t.filter);return r==null||t.segmentIds[e]===r[0]&&t.segmentIds[n]===r[1]}function R(t,e){return t.top+t.rowOf[e]*t.rowHeight+t.rowHeight/2}function pe(t){return t.diverging?[q(1),q(-1)]:t.headColors}function X(t,e){let n=t.tokens.length,{weights:r,visible:s,active:o,threshold:c}=t,i=t.diverging?1/t.diverging.extent:1,d=D(t.filter),l=t.segmentIds,a=o?.side==="left"?[o.index]:s,u=o?.side==="right"?[o.index]:s;for(let m of t.heads){let p=m*n*n;for(let g of a){if(d&&l[g]!==d[0])continue;let A=p+g*n;for(let f of u){if(d&&l[f]!==d[1])continue;let x=r[A+f],w=t.diverging?Math.abs(x):x;if(w>=c&&w>0){let M=t.diverging?x<0?1:0:m,T=Math.round(w*i*S);e(M,g,f,Math.min(S,Math.max(1,T)))}}}}}function z(t,e,n){t.clearRect(0,0,n.width,n.height);let r=new Int32Array(S+1);X(e,(f,x,w,M)=>r[M]++);let s=1,o=0;for(let f=S;f>=1;f--){if(o>0&&o+r[f]>ce){s=f+1;break}o+=r[f]}let c=0;for(let f=1;f<=S;f++)c+=r[f];let i=n.leftTextRight+$/2,d=n.rightTextLeft-$/2,l=new Float64Array(e.tokens.length);for(let f of e.visible)l[f]=R(n,f);let a=new Map;X(e,(f,x,w,M)=>{if(M<s)return;let T=f*(S+1)+M,y=a.get(T);y==null&&a.set(T,y=new Path2D),y.moveTo(i,l[x]),y.lineTo(d,l[w])}),t.lineWidth=1;let u=pe(e),m=f=>f%(S+1),p=e.diverging?[...a].sort((f,x)=>m(f[0])-m(x[0])):a;for(let[f,x]of p)t.strokeStyle=C(u[Math.floor(f/(S+1))],m(f)/S),t.stroke(x);let g=(s-.5)/S*(e.diverging?e.diverging.extent:1),A=s>1?g:e.threshold;return{lines:o,overBudget:c-o,cutoff:A}}function he(t,e,n){if(t.measureText(e).width<=n)return e;let r=e.length;for(;r>1&&t.measureText(\`\${e.slice(0,r)}…\`).width>n;)r--;return\`\${e.slice(0,r)}…\`}function fe(t,e,n){let r=[];t.font=Q(n.fontSize),t.textBaseline="middle";let s=D(e.filter);for(let o of["left","right"]){t.textAlign=o==="left"?"right":"left";let c=o==="left"?n.leftTextRight:n.rightTextLeft;for(let i of e.visible){let d=R(n,i),l=e.active?.side===o&&e.active.index===i;if(l){let p=o==="left"?c-n.textWidth-2:c-2;t.fillStyle=e.pinned?"#c0e7e3":"#e8eaed",t.fillRect(p,d-n.rowHeight/2+1,n.textWidth+4,n.rowHeight-2)}let a=s?s[o==="left"?0:1]:null,u=a!=null&&e.segmentIds[i]!==a;t.fillStyle=u?"#bdc1c6":l?"#202124":"#3c4043";let m=he(t,e.labels[i],n.textWidth);t.fillText(m,c,d),o==="left"&&r.push(m)}}return r}function be(t,e,n){let r=e.active;if(r==null)return;let s=e.tokens.length,o=n.squareSize,c=r.side==="right";for(let i of e.visible){let[d,l]=c?[i,r.index]:[r.index,i];if(!me(e,d,l))continue;let a=R(n,i);e.heads.forEach((u,m)=>{let p=e.weights[u*s*s+d*s+l],[g,A]=e.diverging?[q(p),Math.abs(p)/e.diverging.extent]:[e.headColors[u],p],f=c?n.leftTextRight-n.textWidth-$-(m+1)*(o+1):n.rightTextLeft+n.textWidth+$+m*(o+1);t.fillStyle=C(g,Math.min(1,A)),t.fillRect(f,a-o/2,o,o)})}}function J(t,e,n){t.clearRect(0,0,n.width,n.height);let r=fe(t,e,n);return be(t,e,n),r}function Z(t,e,n,r){for(let s of[t,e])s.style.width=\`\${n.width}px\`,s.style.height=\`\${n.height}px\`;t.width=n.width,t.height=n.height,e.width=Math.round(n.width*r),e.height=Math.round(n.height*r),e.getContext("2d").setTransform(r,0,0,r,0,0)}function O(t,e,n,r){let s=Math.floor((r-e.top)/e.rowHeight);if(s<0||s>=t.visible.length)return null;let o=(e.leftTextRight+e.rightTextLeft)/2,c=n<o?"left":"right",i=t.numHeads*(e.squareSize+1)+$;return(c==="left"?n>=e.leftTextRight-e.textWidth-i&&n<=e.leftTextRight+$:n>=e.rightTextLeft-$&&n<=e.rightTextLeft+e.textWidth+i)?{side:c,index:t.visible[s]}:null}function ee(t,e,n){return n<0||n>=t.rowOf.length||t.rowOf[n]<0?null:{x:e==="left"?t.leftTextRight-10:t.rightTextLeft+10,y:R(t,n)}}function te(t){let e=0;for(let n=1;n<t.length;n++)t[n]>t[e]&&(e=n);return e}function ge(t){let e=t;return e!=null&&typeof e=="object"&&typeof e.data=="string"&&Array.isArray(e.shape)&&(e.dtype==="uint10"||e.dtype==="float32")}function xe(t){let e=Uint8Array.fromBase64;if(e)return e(t);let n=atob(t),r=new Uint8Array(n.length);for(let s=0;s<n.length;s++)r[s]=n.charCodeAt(s);return r}var ye=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function we(t,e,n){if(t.byteLength!==e*4)throw new Error(\`encoded float32 array has \${t.byteLength} bytes; its shape needs \${e*4}.\`);if(n)return new Float32Array(t.buffer.slice(t.byteOffset,t.byteOffset+e*4));let r=new DataView(t.buffer,t.byteOffset,t.byteLength),s=new Float32Array(e);for(let o=0;o<e;o++)s[o]=r.getFloat32(4*o,!0);return s}function ke(t,e,n){let r=e+Math.ceil(e/4);if(t.byteLength!==r)throw new Error(\`encoded uint10 array has \${t.byteLength} bytes; its shape needs \${r}.\`);if(!(n>0))throw new Error(\`uint10 array needs a positive scale, got \${n}.\`);let s=new Float32Array(1024);for(let i=0;i<1024;i++)s[i]=i/n;let o=new Float32Array(e),c=e-e%4;for(let i=0,d=e;i<c;i+=4,d++){let l=t[d];o[i]=s[t[i]|(l&192)<<2],o[i+1]=s[t[i+1]|(l&48)<<4],o[i+2]=s[t[i+2]|(l&12)<<6],o[i+3]=s[t[i+3]|(l&3)<<8]}for(let i=c;i<e;i++){let d=t[e+(i>>2)]>>6-2*(i&3)&3;o[i]=s[t[i]|d<<8]}return o}function F(t){if(!ge(t))throw new Error("expected an encoded array {dtype, shape, scale, data}.");let e=xe(t.data),n=t.shape.reduce((s,o)=>s*o,1),r=t.dtype==="uint10"?ke(e,n,t.scale??0):we(e,n,ye);return{shape:[...t.shape],values:r}}var ve="attention",Ae="neuron_view",Te="nmf";function k(t,e,n){if(!(e in t))throw new Error(\`\${n} response has no '\${e}' field.\`);return t[e]}function N(t,e,n){if(!(e.length===n.length&&e.every((s,o)=>n[o]<0||s===n[o]))){let s=n.map(o=>o<0?"?":o).join(", ");throw new Error(\`\${t} has shape (\${e.join(", ")}); expected (\${s}).\`)}}function j(t,e,n){if(!Array.isArray(e)||e.length!==n){let r=Array.isArray(e)?e.length:typeof e;throw new Error(\`\${t} has \${r} entries but there are \${n} tokens.\`)}}function V(t,e){let n=k(t,"tokens",e),r={tokens:n,displayTokens:k(t,"display_tokens",e),specialTokens:k(t,"special_tokens",e),segmentIds:k(t,"segment_ids",e)};return j("display_tokens",r.displayTokens,n.length),j("special_tokens",r.specialTokens,n.length),j("segment_ids",r.segmentIds,n.length),r}function H(t,e){let n=t.displayTokens[e],r=t.tokens[e];return r===n?\`\${n} (#\${e})\`:\`\${n} (#\${e}, token \${r})\`}function ne(t){let e=t,n=\`'\${ve}' interpreter\`,r=V(e,n),s=k(e,"layers",n),o=k(e,"num_heads",n),c=F(k(e,"attention",n)),i=r.tokens.length;N("attention",c.shape,[s.length,o,i,i]);let d=o*i*i,l=s.map((u,m)=>c.values.subarray(m*d,(m+1)*d)),a=typeof e.num_layers=="number"?e.num_layers:null;return{...r,layers:s,numHeads:o,numLayers:a,weights:l}}function Me(t,e,n){let r=t,s=k(r,"name",\`\${n} term\`),o=F(k(r,"values",\`\${n} term '\${s}'\`));return N(\`term '\${s}'\`,o.shape,[e,e]),{name:s,label:String(r.label??s),description:String(r.description??""),values:o.values}}function re(t){let e=t,n=\`'\${Ae}' interpreter\`,r=V(e,n),s=r.tokens.length,o=F(k(e,"query",n)),c=F(k(e,"key",n)),i=F(k(e,"attention",n));N("query",o.shape,[s,-1]),N("key",c.shape,o.shape),N("attention",i.shape,[s,s]);let d=k(e,"key_allowed",n),l=null;if(d!=null){let u=F(d);N("key_allowed",u.shape,[s,s]),l=Uint8Array.from(u.values,m=>m>.5?1:0)}let a=k(e,"scale",n);if(!(typeof a=="number"&&Number.isFinite(a)))throw new Error(\`\${n} response has scale \${a}; expected a finite number.\`);return{...r,layer:k(e,"layer",n),head:k(e,"head",n),headDim:o.shape[1],query:o.values,key:c.values,scale:a,scaleLabel:k(e,"scale_label",n),positionTransform:k(e,"position_transform",n),terms:k(e,"terms",n).map(u=>Me(u,s,n)),keyAllowed:l,attention:i.values}}function oe(t){let e=t,n=\`'\${Te}' interpreter\`,r=V(e,n),s=r.tokens,o=F(k(e,"factors",n));N("factors",o.shape,[-1,s.length]);let c=o.shape[0],i=k(e,"top_neurons",n),d=k(e,"layer_share",n);if(i.length!==c||d.length!==c)throw new Error(\`nmf response has \${c} factors but \${i.length} neuron lists and \${d.length} layer shares.\`);return{...r,tokenMask:e.token_mask??s.map(()=>!0),layers:k(e,"layers",n),k:c,factors:o.values,topNeurons:i,layerShare:d,reconstructionError:Number(e.reconstruction_error??NaN)}}function se(t,e){let n=t.tokens.length,r=t.headDim,s=e*n,o=t.query.subarray(e*r,(e+1)*r),c=[],i=new Float64Array(n);for(let p=0;p<n;p++){let g=new Float32Array(r),A=0;for(let f=0;f<r;f++)g[f]=o[f]*t.key[p*r+f],A+=g[f];c.push(g),i[p]=t.scale*A}let d=t.terms.map(p=>Float64Array.from(p.values.subarray(s,s+n))),l=i.map((p,g)=>d.reduce((A,f)=>A+f[g],p)),a=Array.from({length:n},(p,g)=>t.keyAllowed?.[s+g]!==0),u=Ee(l,a),m=0;for(let p=0;p<n;p++)m=Math.max(m,Math.abs(u[p]-t.attention[s+p]));return{query:o,products:c,scaled:i,terms:d,sums:l,allowed:a,softmax:u,maxDiff:m}}function Ee(t,e){let n=-1/0;t.forEach((o,c)=>{e[c]&&(n=Math.max(n,o))});let r=t.map((o,c)=>e[c]?Math.exp(o-n):0),s=r.reduce((o,c)=>o+c,0);return r.map(o=>s>0?o/s:0)}function $e(t){return t.startsWith("1/")?\`q·k/\${t.slice(2)}\`:\`q·k·\${t}\`}function ie(t){return[$e(t.scaleLabel),...t.terms.map(e=>e.name)].join(" + ")}var ae=\`/* The exported views (standalone.ts): scoped to .lit-ext-export, so a notebook's own styles and
   several exported cells on one page do not interfere. */
.lit-ext-export {
  font: 13px Roboto, 'Helvetica Neue', Arial, sans-serif;
  color: #3c4043;
  max-width: 100%;
  overflow-x: auto;
}
.lit-ext-export .title { margin: 4px 0 6px; }
.lit-ext-export .controls { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; margin-bottom: 4px; }
.lit-ext-export .head-chip, .lit-ext-export .factor-chip {
  min-width: 26px; padding: 1px 4px; border: 2px solid var(--head-color); border-radius: 4px;
  background: white; color: var(--head-color); font: 500 12px sans-serif; cursor: pointer;
}
.lit-ext-export .head-chip.on, .lit-ext-export .factor-chip { background: var(--head-color); color: white; }
.lit-ext-export .line-stats { margin-left: 8px; color: #5f6368; }
.lit-ext-export .canvas-stack { position: relative; width: max-content; }
.lit-ext-export .canvas-stack canvas { display: block; }
.lit-ext-export .canvas-stack canvas.labels { position: absolute; left: 0; top: 0; }
.lit-ext-export .thumb-row { display: flex; align-items: center; gap: 3px; margin: 3px 0; }
.lit-ext-export .thumb-label { width: 28px; font-size: 11px; }
.lit-ext-export canvas.thumb { width: 48px; height: 48px; border: 1px solid #dadce0; cursor: pointer; }
.lit-ext-export canvas.thumb.selected { border-color: #202124; }
.lit-ext-export .queries { display: flex; flex-wrap: wrap; gap: 2px; margin-bottom: 6px; }
.lit-ext-export .token { border: 1px solid #dadce0; border-radius: 3px; padding: 1px 4px; background: white; margin: 1px; }
.lit-ext-export button.token.on { border-color: #202124; font-weight: 500; }
.lit-ext-export table { border-collapse: collapse; font-size: 11px; }
.lit-ext-export th, .lit-ext-export td { padding: 1px 4px; text-align: left; white-space: nowrap; }
.lit-ext-export td.num { text-align: right; font-family: 'Roboto Mono', monospace; }
.lit-ext-export .vector { display: inline-flex; }
.lit-ext-export .vector i { width: 4px; height: 12px; display: inline-block; }
.lit-ext-export .sentence { margin: 4px 0 8px; line-height: 1.9; }
.lit-ext-export .heatmap { display: grid; gap: 1px; align-items: end; margin-bottom: 8px; }
.lit-ext-export .heatmap .cell { height: 18px; }
.lit-ext-export .column-label { writing-mode: vertical-rl; transform: rotate(180deg); font-size: 11px; max-height: 90px; overflow: hidden; }
\`;function le(t,e,n,r,[s,o,c]){let i=Math.min(r,t.width),d=new Float32Array(i*i),l=n*r*r;for(let u=0;u<r;u++){let m=Math.floor(u*i/r)*i;for(let p=0;p<r;p++){let g=m+Math.floor(p*i/r),A=e[l+u*r+p];A>d[g]&&(d[g]=A)}}let a=new ImageData(i,i);for(let u=0;u<i*i;u++){let m=Math.sqrt(Math.min(1,d[u]));a.data[4*u]=Math.round(255+(s-255)*m),a.data[4*u+1]=Math.round(255+(o-255)*m),a.data[4*u+2]=Math.round(255+(c-255)*m),a.data[4*u+3]=255}Fe(t,a)}function Fe(t,e){let n=e.width,r=document.createElement("canvas");r.width=n,r.height=n,r.getContext("2d").putImageData(e,0,0);let s=t.getContext("2d");s.imageSmoothingEnabled=!1,s.clearRect(0,0,t.width,t.height),s.drawImage(r,0,0,t.width,t.height)}var U=1;function h(t,e="",n=""){let r=document.createElement(t);return e&&(r.className=e),n&&(r.textContent=n),r}function Le(t,e){if(e.format_version!==U)throw new Error(\`lit-ext export format \${e.format_version}; this page reads \${U}.\`);if(t.replaceChildren(),t.classList.add("lit-ext-export"),t.append(h("style","",ae)),t.dataset.view=e.view,e.view==="attention")Ce(t,ne(e.payload),e);else if(e.view==="neuron")Ne(t,re(e.payload),e);else if(e.view==="nmf")He(t,oe(e.payload),e);else throw new Error(\`unknown lit-ext view '\${String(e.view)}'.\`)}function Ce(t,e,n){let r=e.tokens.length,s=n.options.threshold??.01,o=Math.max(0,e.layers.indexOf(n.options.layer??e.layers[0])),c=new Set(n.options.heads??(n.options.head==null?Array.from({length:e.numHeads},(y,b)=>b):[n.options.head])),i=Array.from({length:r},(y,b)=>b).filter(y=>!n.options.hideSpecial||!e.specialTokens[y]),d=n.options.pinned??null,l=d!=null,a=null,u=null;t.append(h("div","title",\`Attention: \${e.layers.length} layers × \${e.numHeads} heads, \${r} tokens. Lines go from each query token (left) to the keys it attends to (right), opacity = weight (weights ≥ \${s}). Hover or click a token to isolate it.\`));let m=h("div","controls"),p=h("select","layer-select");e.layers.forEach((y,b)=>p.append(new Option(\`Layer \${y}\`,String(b)))),p.value=String(o);let g=n.colors.slice(0,e.numHeads).map((y,b)=>{let v=h("button","head-chip",String(b));return v.dataset.head=String(b),v.style.setProperty("--head-color",y),v.title=\`head \${b}: click to show or hide\`,v.onclick=()=>{c.has(b)?c.delete(b):c.add(b),T()},v}),A=h("span","line-stats");m.append(p,...g,A);let f=h("div","canvas-stack"),x=h("canvas","lines"),w=h("canvas","labels");f.append(x,w);let M=h("div","thumbs");t.append(m,f,M);let T=()=>{let y=e.weights[o];u={tokens:e.tokens,labels:e.displayTokens,segmentIds:e.segmentIds,numHeads:e.numHeads,weights:y,heads:[...c].sort((v,E)=>v-E),headColors:n.colors,visible:i,filter:"all",threshold:s,active:d,pinned:l},a=Y(w.getContext("2d"),u,Math.max(480,Math.min(900,t.clientWidth))),Z(x,w,a,window.devicePixelRatio||1);let b=z(x.getContext("2d"),u,a);J(w.getContext("2d"),u,a),g.forEach((v,E)=>v.classList.toggle("on",c.has(E))),A.textContent=\`\${b.lines} lines\`+(b.overBudget?\`; \${b.overBudget} weaker ones hidden (weights < \${b.cutoff.toFixed(3)})\`:"");for(let v of M.querySelectorAll(".thumb"))v.classList.toggle("selected",Number(v.dataset.layer)===e.layers[o]&&c.has(Number(v.dataset.head)));Object.assign(t.dataset,{layer:String(e.layers[o]),heads:u.heads.join(","),tokens:String(r),lines:String(b.lines),active:d?\`\${d.side}:\${d.index}\`:""})};p.onchange=()=>{o=Number(p.value),T()},w.onmousemove=y=>{if(l||u==null||a==null)return;let b=O(u,a,y.offsetX,y.offsetY);(b?.side!==d?.side||b?.index!==d?.index)&&(d=b,T())},w.onmouseleave=()=>{!l&&d&&(d=null,T())},w.onclick=y=>{if(u==null||a==null)return;let b=O(u,a,y.offsetX,y.offsetY);l=b!=null&&!(l&&b.side===d?.side&&b.index===d.index),d=b,T()},e.layers.forEach((y,b)=>{let v=h("div","thumb-row");v.append(h("span","thumb-label",\`L\${y}\`));for(let E=0;E<e.numHeads;E++){let L=h("canvas","thumb");L.width=L.height=48,Object.assign(L.dataset,{layer:String(y),head:String(E)}),L.title=\`layer \${y}, head \${E}: click to show it alone above\`,le(L,e.weights[b],E,r,P(n.colors[E])),L.onclick=()=>{o=b,p.value=String(b),c.clear(),c.add(E),T()},v.append(L)}M.append(v)}),T(),Object.assign(t,{tokenPosition:(y,b)=>a?ee(a,y,b):null})}function G(t,e,n){let r=h("span","vector");for(let s=0;s<t.length;s++){let o=h("i");o.style.background=K(I(t[s],e)),o.title=\`\${n}[\${s}] = \${t[s].toFixed(4)}\`,r.append(o)}return r}function _(t){let e=0;for(let n=0;n<t.length;n++)e=Math.max(e,Math.abs(t[n]));return e}function Ne(t,e,n){let r=e.tokens.length,s=n.colors[e.head%n.colors.length],o=n.options.query??Math.max(0,e.specialTokens.indexOf(!1));t.append(h("div","title",\`Layer \${e.layer}, head \${e.head}: softmax(\${ie(e)}) for the chosen query token, per key; head_dim \${e.headDim}\`+(e.positionTransform?\`, q and k after the \${e.positionTransform} transform.\`:".")));let c=h("div","queries"),i=h("table","scores");t.append(c,i);let d=Math.max(_(e.query),_(e.key)),l=()=>{let a=se(e,o),u=Math.max(...a.products.map(_));c.querySelectorAll(".token").forEach((x,w)=>x.classList.toggle("on",w===o));let m=h("tr");for(let x of["key","k","q∘k","scaled q·k",...e.terms.map(w=>w.name),"score","softmax","attention"])m.append(h("th","",x));let p=[m],g=h("tr","query-row"),A=h("th","",\`q: \${e.displayTokens[o]}\`),f=h("td");f.append(G(a.query,d,"q")),g.append(A,f),p.push(g);for(let x=0;x<r;x++){let w=h("tr","key-row");w.dataset.key=String(x);let M=h("th","",e.displayTokens[x]);M.title=H(e,x);let T=h("td");T.append(G(e.key.subarray(x*e.headDim,(x+1)*e.headDim),d,"k"));let y=h("td");y.append(G(a.products[x],u,"q∘k")),w.append(M,T,y,h("td","num",a.scaled[x].toFixed(3)),...a.terms.map(E=>h("td","num",E[x].toFixed(3))),h("td","num",a.allowed[x]?a.sums[x].toFixed(3):"masked"),h("td","num",a.softmax[x].toFixed(4)));let b=e.attention[o*r+x],v=h("td","attention num",b.toFixed(4));v.setAttribute("style",\`background: \${C(s,Math.min(1,b))}\`),w.append(v),p.push(w)}i.replaceChildren(...p),Object.assign(t.dataset,{query:String(o),maxDiff:String(a.maxDiff)})};e.displayTokens.forEach((a,u)=>{let m=h("button","token",a);m.title=\`\${H(e,u)}: show its scores\`,m.onclick=()=>{o=u,l()},c.append(m)}),l()}function He(t,e,n){let r=e.tokens.length,s=Array.from({length:e.k},(l,a)=>_(e.factors.subarray(a*r,(a+1)*r))),o=(l,a)=>s[l]>0?e.factors[l*r+a]/s[l]:0;t.append(h("div","title",\`NMF: \${e.k} factors of the FFN neurons of layers \${e.layers[0]}–\${e.layers[e.layers.length-1]} (relative reconstruction error \${e.reconstructionError.toFixed(3)}). Each cell: the factor's activation on the token, relative to its largest.\`));let c=h("div","sentence");for(let l=0;l<r;l++){let a=h("span","token",e.displayTokens[l]),u=Array.from({length:e.k},(p,g)=>o(g,l)),m=te(u);e.tokenMask[l]&&u[m]>0&&(a.style.background=C(n.colors[m],u[m]*.85)),a.title=\`\${H(e,l)}: \`+u.map((p,g)=>\`F\${g} \${e.factors[g*r+l].toFixed(3)}\`).join(", "),c.append(a)}let i=h("div","heatmap");i.style.gridTemplateColumns=\`48px repeat(\${r}, 22px)\`,i.append(h("span"));for(let l=0;l<r;l++){let a=h("span","column-label",e.displayTokens[l]);a.title=H(e,l),i.append(a)}for(let l=0;l<e.k;l++){let a=h("span","factor-chip",\`F\${l}\`);a.dataset.factor=String(l),a.style.setProperty("--head-color",n.colors[l]),i.append(a);for(let u=0;u<r;u++){let m=h("div","cell");Object.assign(m.dataset,{factor:String(l),token:String(u)}),m.setAttribute("style",\`background: \${C(n.colors[l],o(l,u))}\`),m.title=\`factor \${l}, \${H(e,u)}: \${e.factors[l*r+u].toFixed(4)}\`,i.append(m)}}let d=h("table","neurons");e.topNeurons.forEach((l,a)=>{let u=h("tr"),m=h("td","factor-chip",\`F\${a}\`);m.style.setProperty("--head-color",n.colors[a]),u.append(m,h("td","",l.slice(0,5).map(p=>\`L\${p.layer}:\${p.index}\`).join(", ")),h("td","",e.layers.map((p,g)=>\`L\${p} \${(100*e.layerShare[a][g]).toFixed(0)}%\`).join(" "))),d.append(u)}),t.append(c,i,d),t.dataset.factors=String(e.k)}window.litExtStandalone={render:Le,version:U};})();
<\/script>
<script>(function () {
  var root = document.getElementById("lit-ext-view");
  try { window.litExtStandalone.render(root, ${Io(e)}); }
  catch (e) { root.insertAdjacentText('afterbegin', 'lit-ext: ' + e.message); }
})();<\/script>
</body></html>
`}function Lo(r,t){return`${r.replace(/[^\w.-]+/g,"_")}.${t}`}function Fo(r,t){let e=URL.createObjectURL(r),n=document.createElement("a");n.href=e,n.download=t,n.style.display="none",document.body.append(n),n.click(),n.remove(),setTimeout(()=>URL.revokeObjectURL(e),6e4)}async function No(r,t){if(t==="json")return new Blob([JSON.stringify(To(r.view,r.data()))],{type:"application/json"});let e=r.figure();return t==="svg"?new Blob([e.toSvg()],{type:"image/svg+xml"}):t==="png"?e.toPng():new Blob([Po(r.title,e,r.standalone())],{type:"text/html"})}async function Ho(r,t){let e=Lo(r.name,t);return Fo(await No(r,t),e),e}function nr(r,t){let e=n=>async()=>{let o=r();if(o!=null)try{await Ho(o,n)}catch(s){t(`Export as ${n.toUpperCase()} failed: ${s.message??s}`)}};return m`
    <span class="export-menu" role="group" aria-label="Export">
      <span class="hint">Export</span>
      ${Mo.map(n=>m`
        <button class="hairline-button export" data-format=${n} @click=${e(n)}
            title=${Ro[n]}>${n.toUpperCase()}</button>`)}
    </span>`}var Ro={svg:"A vector figure of what this view shows (tokens as text)",png:"The same figure as a PNG, 2 pixels per screen pixel",html:"A self-contained page: opens offline, with no server",json:"The data this view shows"};var tt="classification-module";function Do(r){let t=r.prototype;return Object.prototype.hasOwnProperty.call(t,"renderImpl")&&Object.prototype.hasOwnProperty.call(t,"loadLatest")&&Object.prototype.hasOwnProperty.call(r,"shouldDisplayModule")}function Oo(){let r=customElements.get(tt);if(r==null)throw new Error(`lit-ext: LIT's <${tt}> is not defined; load lit-ext's bundle right after LIT's main.js.`);let t=r;for(;t!=null&&t!==HTMLElement;){if(Do(t))return t;t=Object.getPrototypeOf(t)}throw new Error(`lit-ext: could not find LIT's LitModule class above <${tt}>; this LIT version is not supported.`)}var nt=Oo(),rr=(()=>{let t=customElements.get(tt)?.styles;return Array.isArray(t)&&t.length>0?[t[0]]:[]})();function X(r,t){return Object.values(r).some(e=>e.interpreters?.includes(t))}function or(r){let e=(r instanceof Error?r.message:String(r)).split(`

Details:`)[0].replace(/^Uncaught error:\s*/,"").trim();return e.length>500?`${e.slice(0,500)}…`:e||"Unknown error"}function P(r){return[rr,He`${we(tr)}`,He`${we(r)}`]}var fe="main",Rt="export",T=class extends nt{constructor(){super();this.requestSeqs=new Map;this.requestsInFlight=new Set;this.requestErrors=new Map;this.data=null}static{this.duplicateForExampleComparison=!0}static{this.duplicateForModelComparison=!0}static{this.properties={data:{state:!0}}}get inputs(){let e=this.selectedInput;return e==null?[]:[e]}accept(e){this.data=e}inputsChanged(){}renderControls(){return y}exportSource(e){return null}exportName(e,...n){let o=this.inputs.length===1?[this.inputs[0].id.slice(0,8)]:[`${this.inputs.length}_examples`];return[e,this.model,...o,...n].join("_")}get loadingMessage(){return"Loading…"}hasInterpreter(e){return this.appState.currentModelInfos[this.model]?.interpreters?.includes(e)??!1}get selectedInput(){return this.selectionService.primarySelectedInputData}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.inputs,this.model],()=>{this.inputsChanged(),this.reload()})}async reload(){let e=this.inputs;if(e.length===0){this.cancel(fe),this.data=null;return}let n=await this.request(fe,this.load(e));n!=null&&this.accept(n)}async request(e,n){let o=(this.requestSeqs.get(e)??0)+1;this.requestSeqs.set(e,o),this.requestsInFlight.add(e),this.requestErrors.delete(e),this.requestUpdate();let s=()=>this.requestSeqs.get(e)===o;try{let i=await this.loadLatest(e,n);return s()?(this.requestsInFlight.delete(e),this.requestUpdate(),i):null}catch(i){return s()&&(this.requestsInFlight.delete(e),this.requestErrors.set(e,or(i)),this.setIsLoading(!1),this.requestUpdate()),null}}cancel(e){this.requestSeqs.set(e,(this.requestSeqs.get(e)??0)+1),this.requestsInFlight.delete(e),this.requestErrors.delete(e),this.requestUpdate()}isLoading(e=fe){return this.requestsInFlight.has(e)}errorOf(e=fe){return this.requestErrors.get(e)??null}stateOf(e,n){return this.requestErrors.has(e)?"error":this.requestsInFlight.has(e)?"loading":n?"ready":"empty"}renderStatus(e,n=null,o="Loading…"){let s=this.errorOf(e);return s?m`<div class="status error" role="alert">${s}</div>`:this.isLoading(e)?m`<div class="status" role="status"><div class="spinner"></div>${o}</div>`:n?m`<div class="status hint">${n}</div>`:y}renderExport(){let e=this.data;return e==null||this.errorOf()!=null||this.exportSource(e)==null?y:m`
      <div class="export-bar">${nr(()=>(this.requestErrors.delete(Rt),this.requestUpdate(),this.data==null?null:this.exportSource(this.data)),s=>{this.requestErrors.set(Rt,s),this.requestUpdate()})}${this.renderStatus(Rt)}</div>`}renderImpl(){let e=this.data==null&&this.inputs.length===0?this.emptyMessage:null;return m`
      <div class="module-container">
        ${this.renderExport()}
        ${this.renderControls()}
        <div class="body">
          ${this.renderStatus(fe,e,this.loadingMessage)}
          ${this.data!=null&&!this.errorOf()?this.renderData(this.data):y}
        </div>
      </div>`}updated(e){super.updated(e),this.dataset.state=this.stateOf(fe,this.data!=null)}};function L(r,t){let e=Yn(r);t.template=(n,o,s)=>er`<${e} model=${n} .shouldReact=${s}
          selectionServiceIndex=${o}></${e}>`,customElements.define(r,t)}var ge=class{constructor(t){this.onChange=t;this.progress=null;this.controller=null}get running(){return this.controller!=null}async track(t){this.stop();let e=new AbortController;this.controller=e,this.onChange();let n=(o,s)=>{e.signal.aborted||(this.progress=[o,s],this.onChange())};try{return await t({signal:e.signal,onProgress:n})}finally{this.controller===e&&(this.controller=null,this.progress=null,this.onChange())}}stop(){this.controller!=null&&(this.controller.abort(),this.controller=null,this.progress=null,this.onChange())}};function qo(r,t){if(!(t>=1))throw new Error(`batch size must be at least 1, got ${t}`);let e=[];for(let n=0;n<r.length;n+=t)e.push(r.slice(n,n+t));return e}async function oe(r,t,e,n,o,s,i={}){let a=Math.min(i.batchSize??32,32),l=[];i.onProgress?.(0,t.length);for(let c of qo(t,a)){i.signal?.throwIfAborted();let d=await r.getInterpretations(c,e,n,o,s,i.message,!0);if(!Array.isArray(d)||d.length!==c.length)throw new Error(`'${o}' returned ${Array.isArray(d)?d.length:"no"} results for ${c.length} examples.`);l.push(...d),i.onBatch?.(c,d),i.onProgress?.(l.length,t.length)}return l}var sr=`.scope {
  display: inline-flex;
  gap: 4px;
}

.scope .on {
  background: var(--lit-cyea-100, #d5e8ee);
  border-color: var(--lit-cyea-500, #348199);
}

.methods {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px 12px;
  padding: 4px 8px;
  border-bottom: 1px solid var(--lit-neutral-200, #e8eaed);
}

.methods label {
  display: inline-flex;
  align-items: center;
  gap: 2px;
}

.summary {
  margin-bottom: 6px;
}

table.faithfulness {
  border-collapse: collapse;
}

table.faithfulness th,
table.faithfulness td {
  padding: 3px 12px 3px 4px;
  text-align: left;
  border-bottom: 1px solid var(--lit-neutral-200, #e8eaed);
}

table.faithfulness .num {
  text-align: right;
  font-family: 'Roboto Mono', monospace;
}

table.faithfulness th.sortable {
  cursor: pointer;
  font-family: 'Roboto', sans-serif;
  white-space: nowrap;
}

table.faithfulness th.sorted {
  text-decoration: underline;
}

table.faithfulness tr.baseline td {
  color: var(--lit-neutral-600, #80868b);
  font-style: italic;
}

.refused {
  margin-left: 6px;
  color: var(--google-red-700, #c5221f);
  font-size: 11px;
  cursor: help;
}

progress {
  width: 120px;
}
`;function se(r){let t=0;for(let e=1;e<r.length;e++)r[e]>r[t]&&(t=e);return t}function rt(r){return r.reduce((t,e)=>t+e,0)/r.length}var ie=[{key:"comprehensiveness",label:"Comprehensiveness",higherIsBetter:!0,definition:"how much the predicted class's probability drops when the method's top words are deleted, averaged over the fractions of words removed (AOPC)"},{key:"sufficiency",label:"Sufficiency",higherIsBetter:!1,definition:"how much it drops when only the top words are kept (AOPC)"},{key:"kendallTau",label:"Kendall τ",higherIsBetter:!0,definition:"rank correlation of the method's word scores with leave-one-out importance (the drop when that word alone is deleted)"}];function Dt(r){let t=new Map;for(let e of r)for(let n of e.methods)t.set(n.name,[...t.get(n.name)??[],n]);return[...t].map(([e,n])=>{let o={name:e,comprehensiveness:null,sufficiency:null,kendallTau:null,counts:{comprehensiveness:0,sufficiency:0,kendallTau:0},refused:n.filter(s=>s.error!=null).length,errors:[...new Set(n.flatMap(s=>s.error==null?[]:[s.error]))]};for(let{key:s}of ie){let i=n.map(a=>a[s]).filter(a=>a!=null);o.counts[s]=i.length,o[s]=i.length?rt(i):null}return o})}function Ot(r,t){let n=ie.find(o=>o.key===t).higherIsBetter?-1:1;return[...r].sort((o,s)=>{let i=o[t],a=s[t];return i==null||a==null?(i==null?1:0)-(a==null?1:0):n*(i-a)})}var ir=["#d62728","#1f5fd6","#2ca02c","#ff7f0e","#8e44ad","#17a2b8","#e6399b","#8c564b","#556b2f","#000080","#b8860b","#7f7f7f","#00a087","#b22d5b","#5b3fd6","#6b8e23"];function S(r){return r<ir.length?ir[r]:`hsl(${(r*137.508%360).toFixed(1)}, 65%, 42%)`}function _e(r){if(r.startsWith("#")){let i=parseInt(r.slice(1),16);return[i>>16&255,i>>8&255,i&255]}let[t,e,n]=(r.match(/[\d.]+/g)??["0","0","0"]).map(Number),o=e/100*Math.min(n/100,1-n/100),s=i=>{let a=(i+t/30)%12;return Math.round(255*(n/100-o*Math.max(-1,Math.min(a-3,9-a,1))))};return[s(0),s(8),s(4)]}function ye(r,t){let[e,n,o]=_e(r);return`rgba(${e}, ${n}, ${o}, ${t.toFixed(3)})`}var qt=[33,102,172],Bt=[202,72,34];function F(r,t){let e=t>0?Math.min(1,Math.abs(r)/t):0,[n,o,s]=r>=0?qt:Bt;return[Math.round(255+(n-255)*e),Math.round(255+(o-255)*e),Math.round(255+(s-255)*e)]}function ot(r){let[t,e,n]=r>=0?qt:Bt;return`#${(t<<16|e<<8|n).toString(16).padStart(6,"0")}`}function ae([r,t,e]){return`rgb(${r}, ${t}, ${e})`}var ar=[128,134,139];function Ut(r,t){let e=t>0?Math.min(1,Math.abs(r)/t):0,n=r>=0?qt:Bt;return[0,1,2].map(o=>Math.round(ar[o]+(n[o]-ar[o])*e))}var H=64,Uo=12e3,N=8,jo=150,cr=r=>`${r}px Roboto, sans-serif`;function zo(r){return r<=40?[20,13]:r<=128?[16,12]:[13,10]}function dr(r,t,e){let[n,o]=zo(t.visible.length);r.font=cr(o);let s=20;for(let u of t.visible)s=Math.max(s,r.measureText(t.labels[u]).width);s=Math.min(jo,Math.ceil(s));let i=Math.min(8,n-6),l=t.numHeads*(i+1)+N+s+N,c=Math.max(80,Math.min(360,e-2*l)),d=Math.max(0,Math.floor((e-c-2*l)/2)),h=new Int32Array(t.tokens.length).fill(-1);t.visible.forEach((u,f)=>h[u]=f);let p=6;return{width:Math.max(e,c+2*l),height:p*2+t.visible.length*n,rowHeight:n,fontSize:o,top:p,leftTextRight:d+l-N,rightTextLeft:d+l+c+N,textWidth:s,squareSize:i,rowOf:h}}function jt(r){return r==="all"?null:[r[0]==="A"?0:1,r[1]==="A"?0:1]}function zt(r,t,e){let n=jt(r.filter);return n==null||r.segmentIds[t]===n[0]&&r.segmentIds[e]===n[1]}function st(r,t){return r.top+r.rowOf[t]*r.rowHeight+r.rowHeight/2}function Vo(r){return r.diverging?[ot(1),ot(-1)]:r.headColors}function lr(r,t){let e=r.tokens.length,{weights:n,visible:o,active:s,threshold:i}=r,a=r.diverging?1/r.diverging.extent:1,l=jt(r.filter),c=r.segmentIds,d=s?.side==="left"?[s.index]:o,h=s?.side==="right"?[s.index]:o;for(let p of r.heads){let u=p*e*e;for(let f of d){if(l&&c[f]!==l[0])continue;let v=u+f*e;for(let g of h){if(l&&c[g]!==l[1])continue;let $=n[v+g],b=r.diverging?Math.abs($):$;if(b>=i&&b>0){let A=r.diverging?$<0?1:0:p,x=Math.round(b*a*H);t(A,f,g,Math.min(H,Math.max(1,x)))}}}}}function hr(r,t,e){r.clearRect(0,0,e.width,e.height);let n=new Int32Array(H+1);lr(t,(g,$,b,A)=>n[A]++);let o=1,s=0;for(let g=H;g>=1;g--){if(s>0&&s+n[g]>Uo){o=g+1;break}s+=n[g]}let i=0;for(let g=1;g<=H;g++)i+=n[g];let a=e.leftTextRight+N/2,l=e.rightTextLeft-N/2,c=new Float64Array(t.tokens.length);for(let g of t.visible)c[g]=st(e,g);let d=new Map;lr(t,(g,$,b,A)=>{if(A<o)return;let x=g*(H+1)+A,w=d.get(x);w==null&&d.set(x,w=new Path2D),w.moveTo(a,c[$]),w.lineTo(l,c[b])}),r.lineWidth=1;let h=Vo(t),p=g=>g%(H+1),u=t.diverging?[...d].sort((g,$)=>p(g[0])-p($[0])):d;for(let[g,$]of u)r.strokeStyle=ye(h[Math.floor(g/(H+1))],p(g)/H),r.stroke($);let f=(o-.5)/H*(t.diverging?t.diverging.extent:1),v=o>1?f:t.threshold;return{lines:s,overBudget:i-s,cutoff:v}}function Wo(r,t,e){if(r.measureText(t).width<=e)return t;let n=t.length;for(;n>1&&r.measureText(`${t.slice(0,n)}…`).width>e;)n--;return`${t.slice(0,n)}…`}function Ko(r,t,e){let n=[];r.font=cr(e.fontSize),r.textBaseline="middle";let o=jt(t.filter);for(let s of["left","right"]){r.textAlign=s==="left"?"right":"left";let i=s==="left"?e.leftTextRight:e.rightTextLeft;for(let a of t.visible){let l=st(e,a),c=t.active?.side===s&&t.active.index===a;if(c){let u=s==="left"?i-e.textWidth-2:i-2;r.fillStyle=t.pinned?"#c0e7e3":"#e8eaed",r.fillRect(u,l-e.rowHeight/2+1,e.textWidth+4,e.rowHeight-2)}let d=o?o[s==="left"?0:1]:null,h=d!=null&&t.segmentIds[a]!==d;r.fillStyle=h?"#bdc1c6":c?"#202124":"#3c4043";let p=Wo(r,t.labels[a],e.textWidth);r.fillText(p,i,l),s==="left"&&n.push(p)}}return n}function Go(r,t,e){let n=t.active;if(n==null)return;let o=t.tokens.length,s=e.squareSize,i=n.side==="right";for(let a of t.visible){let[l,c]=i?[a,n.index]:[n.index,a];if(!zt(t,l,c))continue;let d=st(e,a);t.heads.forEach((h,p)=>{let u=t.weights[h*o*o+l*o+c],[f,v]=t.diverging?[ot(u),Math.abs(u)/t.diverging.extent]:[t.headColors[h],u],g=i?e.leftTextRight-e.textWidth-N-(p+1)*(s+1):e.rightTextLeft+e.textWidth+N+p*(s+1);r.fillStyle=ye(f,Math.min(1,v)),r.fillRect(g,d-s/2,s,s)})}}function ur(r,t,e){r.clearRect(0,0,e.width,e.height);let n=Ko(r,t,e);return Go(r,t,e),n}function pr(r,t,e,n){for(let o of[r,t])o.style.width=`${e.width}px`,o.style.height=`${e.height}px`;r.width=e.width,r.height=e.height,t.width=Math.round(e.width*n),t.height=Math.round(e.height*n),t.getContext("2d").setTransform(n,0,0,n,0,0)}function mr(r,t,e,n){let o=Math.floor((n-t.top)/t.rowHeight);if(o<0||o>=r.visible.length)return null;let s=(t.leftTextRight+t.rightTextLeft)/2,i=e<s?"left":"right",a=r.numHeads*(t.squareSize+1)+N;return(i==="left"?e>=t.leftTextRight-t.textWidth-a&&e<=t.leftTextRight+N:e>=t.rightTextLeft-N&&e<=t.rightTextLeft+t.textWidth+a)?{side:i,index:r.visible[o]}:null}function fr(r,t,e){return e<0||e>=r.rowOf.length||r.rowOf[e]<0?null:{x:t==="left"?r.leftTextRight-10:r.rightTextLeft+10,y:st(r,e)}}function Vt(r,t){let e=r.tokens.length,n=r.headDim,o=t*e,s=r.query.subarray(t*n,(t+1)*n),i=[],a=new Float64Array(e);for(let u=0;u<e;u++){let f=new Float32Array(n),v=0;for(let g=0;g<n;g++)f[g]=s[g]*r.key[u*n+g],v+=f[g];i.push(f),a[u]=r.scale*v}let l=r.terms.map(u=>Float64Array.from(u.values.subarray(o,o+e))),c=a.map((u,f)=>l.reduce((v,g)=>v+g[f],u)),d=Array.from({length:e},(u,f)=>r.keyAllowed?.[o+f]!==0),h=Xo(c,d),p=0;for(let u=0;u<e;u++)p=Math.max(p,Math.abs(h[u]-r.attention[o+u]));return{query:s,products:i,scaled:a,terms:l,sums:c,allowed:d,softmax:h,maxDiff:p}}function Xo(r,t){let e=-1/0;r.forEach((s,i)=>{t[i]&&(e=Math.max(e,s))});let n=r.map((s,i)=>t[i]?Math.exp(s-e):0),o=n.reduce((s,i)=>s+i,0);return n.map(s=>o>0?s/o:0)}function Wt(r){return r.startsWith("1/")?`q·k/${r.slice(2)}`:`q·k·${r}`}function be(r){return[Wt(r.scaleLabel),...r.terms.map(t=>t.name)].join(" + ")}var yr="DejaVu Sans, Verdana, Arial, sans-serif",Qo=1.05,Jo=2,Kt=null;function Q(r,t=12){return Kt??=document.createElement("canvas").getContext("2d"),Kt.font=`${t}px ${yr}`,Kt.measureText(r).width*Qo}function it(r){return r.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;")}function C(r){return String(Math.round(r*100)/100)}function R(r){return"#"+(typeof r=="string"?_e(r):r).map(e=>e.toString(16).padStart(2,"0")).join("")}function Gt({className:r,data:t}){let e=r?` class="${it(r)}"`:"",n=Object.entries(t).map(([o,s])=>` data-${o}="${it(String(s))}"`).join("");return e+n}function gr(r){return r?`<title>${it(r)}</title>`:""}var j=class{constructor(t,e){this.width=t;this.height=e;this.shapes=[]}text(t,e,n,{anchor:o="start",size:s=12,color:i="#3c4043",...a}={}){this.shapes.push({type:"text",x:t,y:e,text:n,anchor:o,size:s,color:i,className:a.className??"",title:a.title??"",data:a.data??{}}),o==="start"&&(this.width=Math.max(this.width,t+Q(n,s)+8))}line(t,e,n,o,s,i,{width:a=1,...l}={}){this.shapes.push({type:"line",x1:t,y1:e,x2:n,y2:o,color:s,opacity:i,width:a,className:l.className??"",data:l.data??{}})}rect(t,e,n,o,s,i=1,{stroke:a=null,...l}={}){this.shapes.push({type:"rect",x:t,y:e,width:n,height:o,color:s,opacity:i,stroke:a,className:l.className??"",title:l.title??"",data:l.data??{}})}toSvg(){let t=C(Math.ceil(this.width)),e=C(Math.ceil(this.height)),n=[`<svg xmlns="http://www.w3.org/2000/svg" width="${t}" height="${e}" viewBox="0 0 ${t} ${e}" font-family="${yr}">`,'<rect width="100%" height="100%" fill="#ffffff"/>'];for(let o of this.shapes)if(o.type==="line")n.push(`<line${Gt(o)} x1="${C(o.x1)}" y1="${C(o.y1)}" x2="${C(o.x2)}" y2="${C(o.y2)}" stroke="${R(o.color)}" stroke-opacity="${o.opacity.toFixed(4)}" stroke-width="${o.width}"/>`);else if(o.type==="rect"){let s=o.stroke?` stroke="${R(o.stroke)}" stroke-width="2"`:"";n.push(`<rect${Gt(o)} x="${C(o.x)}" y="${C(o.y)}" width="${C(o.width)}" height="${C(o.height)}" fill="${R(o.color)}" fill-opacity="${o.opacity.toFixed(4)}"${s}>${gr(o.title)}</rect>`)}else n.push(`<text${Gt(o)} x="${C(o.x)}" y="${C(o.y)}" font-size="${C(o.size)}" fill="${R(o.color)}" text-anchor="${o.anchor}" dominant-baseline="central">${gr(o.title)}${it(o.text)}</text>`);return n.push("</svg>"),n.join(`
`)}async toPng(t=Jo){let e=this.toSvg(),n=URL.createObjectURL(new Blob([e],{type:"image/svg+xml"}));try{let o=new Image;o.src=n,await o.decode();let s=document.createElement("canvas");s.width=Math.ceil(this.width)*t,s.height=Math.ceil(this.height)*t;let i=s.getContext("2d");return i.fillStyle="#ffffff",i.fillRect(0,0,s.width,s.height),i.drawImage(o,0,0,s.width,s.height),await new Promise((a,l)=>s.toBlob(c=>c?a(c):l(new Error("PNG encoding failed.")),"image/png"))}finally{URL.revokeObjectURL(n)}}};var M=16,vr=12,Yo=150;function ct(r,t=vr){return Math.min(Yo,Math.max(20,...r.map(e=>Q(e,t))))}function dt(r,t){return{tokens:t.map(e=>r.tokens[e]),display_tokens:t.map(e=>r.displayTokens[e]),special_tokens:t.map(e=>r.specialTokens[e]),segment_ids:t.map(e=>r.segmentIds[e]),token_indices:t}}function Qt(r){return{tokens:r.tokens,display_tokens:r.displayTokens,special_tokens:r.specialTokens,segment_ids:r.segmentIds}}function xr(r,t,e,n,o){return n.map(s=>o.map(i=>r[t+s*e+i]))}function ht(r,t){let e=[...r.layers.keys()].sort((i,a)=>i-a),n=r.tokens.length,o=r.numHeads*n*n,s=new Float32Array(e.length*o);return e.forEach((i,a)=>s.set(r.layers.get(i),a*o)),{format_version:1,view:"attention",payload:{...Qt(r),layers:e,num_heads:r.numHeads,num_layers:r.allLayers?.length??null,attention:G(s,[e.length,r.numHeads,n,n])},colors:Array.from({length:r.numHeads},(i,a)=>S(a)),options:t}}function $r(r,t){let e=r.tokens.length,{visible:n,weights:o,threshold:s,active:i}=r,a=ct(n.map(x=>r.labels[x])),l=8+a,c=l+8,d=c+240,h=d+8,p=44,u=new j(h+a+8,p+n.length*M+8),f=r.heads.length===r.numHeads?"all heads":r.heads.length?`heads ${r.heads.join(", ")}`:"no heads",v=[r.filter==="all"?"":`sentences ${r.filter[0]} → ${r.filter[1]}`,n.length<e?`${e-n.length} special tokens hidden`:"",i?`lines of ${i.side==="left"?"query":"key"} '${r.labels[i.index]}' only`:""].filter(Boolean);u.text(8,12,`Layer ${t}, ${f}: query (left) → key (right), opacity = attention weight (≥ ${s})${v.length?`; ${v.join("; ")}`:""}`,{size:11,className:"caption"});let g=8;for(let x of r.heads)u.rect(g,26,10,10,r.headColors[x],1,{className:"head-key",data:{head:x}}),u.text(g+13,31,`H${x}`,{size:10}),g+=13+Q(`H${x}`,10)+10;let $=new Map(n.map((x,w)=>[x,p+w*M+M/2]));if(i){let x=i.side==="left"?l-a-2:h-2;u.rect(x,$.get(i.index)-M/2+1,a+4,M-2,"#c0e7e3",1,{className:"active-token"})}let b=i?.side==="left"?[i.index]:n,A=i?.side==="right"?[i.index]:n;for(let x of r.heads)for(let w of b)for(let E of A){let he=o[x*e*e+w*e+E];!(he>=s&&he>0)||!zt(r,w,E)||u.line(c,$.get(w),d,$.get(E),r.headColors[x],he,{className:"attention",data:{head:x,query:w,key:E}})}for(let x of n){let w=r.tokens[x];u.text(l,$.get(x),r.labels[x],{anchor:"end",className:"query",title:w,data:{index:x}}),u.text(h,$.get(x),r.labels[x],{anchor:"start",className:"key",title:w,data:{index:x}})}return u}function wr(r,t,e){let n=r.tokens.length;return{...dt(r,t.visible),layer:e,heads:t.heads,threshold:t.threshold,filter:t.filter,active:t.active?{...t.active,pinned:t.pinned}:null,weights:t.heads.map(o=>xr(t.weights,o*n*n,n,t.visible,t.visible))}}var Zo=48,D=72;function kr(r,t){let e=[...r.layers.keys()].sort((h,p)=>h-p),n=r.tokens.length,o=Math.min(n,Zo),s=D/o,i=36,a=56,l=D+8,c=new j(i+r.numHeads*l+8,a+e.length*l+8),d=o<n?`, max-pooled to ${o} × ${o}`:"";c.text(8,12,`Attention of every layer (rows) and head (columns): cell (i, j) = weight of query i → key j as opacity${d}. ${t.colorNote}`,{size:11,className:"caption"}),c.text(8,28,`Tokens: ${r.displayTokens.join(" ")}`,{size:10});for(let h=0;h<r.numHeads;h++)c.text(i+h*l+D/2,a-8,`H${h}`,{anchor:"middle",size:10});return e.forEach((h,p)=>{let u=r.layers.get(h),f=a+p*l;c.text(i-6,f+D/2,`L${h}`,{anchor:"end",size:10});for(let v=0;v<r.numHeads;v++){let g=i+v*l,$=t.color(h,v),b=new Float32Array(o*o);for(let x=0;x<n;x++)for(let w=0;w<n;w++){let E=Math.floor(x*o/n)*o+Math.floor(w*o/n);b[E]=Math.max(b[E],u[v*n*n+x*n+w])}let A=t.selected?.[0]===h&&t.selected?.[1]===v;c.rect(g,f,D,D,"#ffffff",1,{stroke:A?"#202124":"#dadce0",className:"thumb",data:{layer:h,head:v,selected:A?1:0}});for(let x=0;x<o;x++)for(let w=0;w<o;w++){let E=b[x*o+w];E<=0||c.rect(g+w*s,f+x*s,s,s,$,E,{className:"cell",data:{layer:h,head:v,query:x,key:w}})}t.switchedOff.has(`${h}:${v}`)&&(c.line(g,f,g+D,f+D,"#202124",1,{width:2,className:"off",data:{layer:h,head:v}}),c.line(g+D,f,g,f+D,"#202124",1,{width:2,className:"off"}))}}),c}function Ar(r,t){let e=[...r.layers.keys()].sort((s,i)=>s-i),n=r.tokens.length,o=r.tokens.map((s,i)=>i);return{...dt(r,o),layers:e,num_heads:r.numHeads,weights:e.map(s=>Array.from({length:r.numHeads},(i,a)=>xr(r.layers.get(s),a*n*n,n,o,o))),...t}}function Sr(r,t){let e=r.tokens.length;return{format_version:1,view:"neuron",payload:{...Qt(r),layer:r.layer,head:r.head,query:G(r.query,[e,r.headDim]),key:G(r.key,[e,r.headDim]),attention:G(r.attention,[e,e]),scale:r.scale,scale_label:r.scaleLabel,position_transform:r.positionTransform,terms:r.terms.map(n=>({name:n.name,label:n.label,description:n.description,values:G(n.values,[e,e])})),key_allowed:r.keyAllowed?G(r.keyAllowed,[e,e]):null},colors:Array.from({length:r.head+1},(n,o)=>S(o)),options:{query:t}}}function at(r){let t=0;for(let e=0;e<r.length;e++)t=Math.max(t,Math.abs(r[e]));return t}function Er(r,t,e){let n=r.tokens.length,o=r.headDim,s=Math.max(2,Math.min(6,Math.floor(192/o))),i=ct(r.displayTokens),a=16+i,l=a+o*s+12,c=["scaled",...r.terms.map($=>$.name),...r.terms.length?["sum"]:[]],d=l+o*s+12,h=d+c.length*64+10,p=64,u=new j(h+100+60,p+n*M+8);u.text(8,12,`Layer ${r.layer}, head ${r.head}, query '${r.displayTokens[t]}' (#${t}): softmax(${be(r)}) per key; max |softmax − model attention| ${e.maxDiff.toExponential(1)}`,{size:11,className:"caption"}),u.text(8+i,32,"q",{anchor:"end",className:"header"}),u.text(a,50,"k",{className:"header"}),u.text(l,50,"q∘k",{className:"header"}),c.forEach(($,b)=>u.text(d+(b+1)*64-6,50,$,{anchor:"end",size:10,className:"header"})),u.text(h,50,"softmax",{className:"header"});let f=Math.max(at(r.key),at(e.query)),v=Math.max(...e.products.map(at))||1;e.query.forEach(($,b)=>u.rect(a+b*s,26,s,12,R(F($,f)),1,{className:"q",title:`q[${b}] = ${$.toFixed(4)}`}));let g=S(r.head);for(let $=0;$<n;$++){let b=p+$*M;u.text(8+i,b+M/2,r.displayTokens[$],{anchor:"end",className:"key-token",title:r.tokens[$],data:{index:$}});for(let w=0;w<o;w++)u.rect(a+w*s,b+2,s,12,R(F(r.key[$*o+w],f)),1,{className:"k"}),u.rect(l+w*s,b+2,s,12,R(F(e.products[$][w],v)),1,{className:"product"});[e.scaled[$],...e.terms.map(w=>w[$]),...r.terms.length?[e.sums[$]]:[]].forEach((w,E)=>u.text(d+(E+1)*64-6,b+M/2,w.toFixed(3),{anchor:"end",size:10,className:"score",data:{column:c[E],key:$}}));let x=e.softmax[$];u.rect(h,b+2,100,12,g,x,{className:"softmax",title:x.toFixed(4),data:{key:$}}),u.text(h+104,b+M/2,e.allowed[$]?x.toFixed(3):"masked",{size:10})}return u}function Mr(r,t,e){let n=r.tokens.length,o=r.headDim,s=r.tokens.map((i,a)=>a);return{...dt(r,s),layer:r.layer,head:r.head,query_index:t,scale:r.scale,scale_label:r.scaleLabel,position_transform:r.positionTransform,query:[...e.query],key:s.map(i=>[...r.key.subarray(i*o,(i+1)*o)]),scaled:[...e.scaled],terms:Object.fromEntries(r.terms.map((i,a)=>[i.name,[...e.terms[a]]])),sum:[...e.sums],allowed:e.allowed,softmax:[...e.softmax],attention:[...r.attention.subarray(t*n,(t+1)*n)]}}function _r(r){return{format_version:1,view:"nmf",payload:{...Qt(r),token_mask:r.tokenMask,layers:r.layers,n_components:r.k,factors:G(r.factors,[r.k,r.tokens.length]),top_neurons:r.topNeurons,layer_share:r.layerShare,reconstruction_error:r.reconstructionError},colors:Array.from({length:r.k},(t,e)=>S(e)),options:{}}}function es(r){let t=r.tokens.length;return Array.from({length:r.k},(e,n)=>at(r.factors.subarray(n*t,(n+1)*t)))}function Tr(r,t){let e=r.tokens.length,n=es(r),o=ct(r.displayTokens),s=16+o,i=44,a=26,l=new j(s+r.k*(a+2)+8,i+e*M+16+r.k*M),c=t==null?"":`; factor ${t} picked`;l.text(8,12,`NMF: ${r.k} factors of the FFN neurons of layers ${r.layers[0]}–${r.layers[r.layers.length-1]} (relative error ${r.reconstructionError.toFixed(3)}); opacity = activation / the factor's largest${c}`,{size:11,className:"caption"});for(let h=0;h<r.k;h++){let p=s+h*(a+2);h===t&&l.rect(p-1,24,a+2,20+e*M,"#ffffff",0,{stroke:"#202124",className:"picked",data:{factor:h}}),l.text(p+a/2,34,`F${h}`,{anchor:"middle",color:S(h),className:"factor"})}for(let h=0;h<e;h++){let p=i+h*M;l.text(8+o,p+M/2,r.displayTokens[h],{anchor:"end",color:r.tokenMask[h]?"#3c4043":"#bdc1c6",className:"token",title:r.tokens[h],data:{index:h}});for(let u=0;u<r.k;u++){let f=r.factors[u*e+h];l.rect(s+u*(a+2),p+1,a,M-2,S(u),n[u]>0?f/n[u]:0,{className:"cell",title:`F${u}: ${f.toFixed(4)}`,data:{factor:u,token:h}})}}let d=i+e*M+16;return r.topNeurons.forEach((h,p)=>l.text(8,d+p*M,`F${p} top neurons (layer·unit): ${h.slice(0,5).map(u=>`L${u.layer}·${u.index}`).join(", ")}`,{size:10,color:S(p),className:"neurons"})),l}function Cr(r,t){let e=r.tokens.length;return{...dt(r,r.tokens.map((n,o)=>o)),token_mask:r.tokenMask,layers:r.layers,picked_factor:t,factors:Array.from({length:r.k},(n,o)=>[...r.factors.subarray(o*e,(o+1)*e)]),top_neurons:r.topNeurons,layer_share:r.layerShare,reconstruction_error:r.reconstructionError}}var lt=260;function ts(r,t,e){if(Q(r,e)<=t)return r;let n=r.length;for(;n>1&&Q(`${r.slice(0,n)}…`,e)>t;)n--;return`${r.slice(0,n)}…`}var Xt=120;function br(r,t,e,n,o,s,i){let a=t+30,l=t+lt-8,c=e+22,d=e+Xt-18,h=u=>a+(u+.5)*(l-a)/o.length,p=u=>d-Math.min(1,Math.max(0,u))*(d-c);r.text(t,e+8,ts(n,lt-8,11),{size:11,title:n});for(let u of[0,.5,1])r.line(a,p(u),l,p(u),"#dadce0",1),r.text(a-4,p(u),String(u),{anchor:"end",size:9});o.forEach((u,f)=>r.text(h(f),d+9,u==="embeddings"?"emb":u,{anchor:"middle",size:9}));for(let u of s)u.values.forEach((f,v)=>{if(i){let g=.7*(l-a)/o.length;r.rect(h(v)-g/2,p(f),g,d-p(f),u.color,1,{className:"bar",title:f.toFixed(3),data:{layer:o[v],value:f}})}else v>0&&r.line(h(v-1),p(u.values[v-1]),h(v),p(f),u.color,1,{width:1.5}),r.rect(h(v)-2.5,p(f)-2.5,5,5,u.color,1,{className:"point",title:`${u.name} at ${o[v]}: ${f.toFixed(3)}`,data:{series:u.name,layer:o[v],value:f}})});return e+Xt}function Ir(r,t){let e=r[0]?.layers.labels??[],n=2,o=new j(8+n*(lt+12),0);o.text(8,12,"Probability of each class read off every layer (the model's own classification head); the last layer is the prediction.",{size:11,className:"caption"});let s=8;e.forEach((a,l)=>{o.rect(s,24,10,10,S(l),1),o.text(s+13,29,a,{size:10}),s+=13+Q(a,10)+12});let i=40;return r.forEach((a,l)=>{let c=8+l%n*(lt+12),d=40+Math.floor(l/n)*(Xt+8),h=e.map((p,u)=>({name:p,color:S(u),values:a.layers.probas.map(f=>f[u])}));i=Math.max(i,br(o,c,d,a.text,a.layers.layers,h,!1))}),t&&(i=br(o,8,i+8,`Accuracy by layer over ${t.scored} examples (chance ${t.majority.toFixed(3)})`,t.layers,[{name:"accuracy",color:"#1f5fd6",values:t.accuracy}],!0)),o.height=i+8,o}function Pr(r,t,e){let n=ct(e.map(i=>i.name))+16,o=Math.max(...t.map(i=>Q(i.label,vr)))+20,s=new j(8+n+t.length*o+8,44+(e.length+1)*20);return s.text(8,12,r,{size:11,className:"caption"}),t.forEach((i,a)=>s.text(8+n+(a+1)*o-6,40,i.label,{anchor:"end",className:"header"})),s.line(8,50,s.width-8,50,"#3c4043",1),e.forEach((i,a)=>{let l=62+a*20;s.text(8,l,i.name,{className:"row",data:{row:i.name}}),t.forEach((c,d)=>{let h=i.values[c.key];s.text(8+n+(d+1)*o-6,l,h==null?"–":h.toFixed(3),{anchor:"end",className:"value",data:{row:i.name,column:c.key,value:h??"null"}})})}),s}var ns=4,Jt="random",rs=["LIME"];function Lr(r){return`${Math.round(r*100)}%`}var Yt=class extends T{constructor(){super();this.scores=new Map;this.run=new ge(()=>this.requestUpdate());this.emptyMessage="Select examples to score the salience methods on them, or score the whole dataset.";this.scope="selection",this.excluded=new Set(rs),this.sortKey="comprehensiveness"}static{this.title="Faithfulness of Salience Maps"}static{this.infoMarkdown=`Which salience map to trust (ERASER, DeYoung et al. 2020), for each salience method averaged over the examples; words are deleted from the text, top-scored first.

* **Comprehensiveness** (higher is better): p(predicted class | text) − p(predicted class | text without the method's top words), averaged over removing the top 10, 20 and 50% of the words (AOPC). Deleting truly important words should hurt.
* **Sufficiency** (lower is better): p(predicted class | text) − p(predicted class | only the top words), averaged the same way. The top words alone should be enough.
* **Kendall τ** (higher is better): rank correlation between the method's word scores and leave-one-out importance (the drop when that word alone is deleted).

The **random** row scores words at random: a method that does not beat it explains nothing about this model. Subword scores are summed into words. LIME, by far the slowest, is scored once you tick it.`}static{this.numCols=6}static{this.duplicateForExampleComparison=!1}static shouldDisplayModule(e){return X(e,et)}static{this.styles=P(sr)}static{this.properties={scope:{state:!0},excluded:{state:!0},sortKey:{state:!0}}}get inputs(){return this.scope==="dataset"?this.appState.currentInputData:this.selectionService.selectedInputData}disconnectedCallback(){super.disconnectedCallback(),this.run.stop()}get methods(){let e=this.appState.metadata?.interpreters??{};return(this.appState.currentModelInfos[this.model]?.interpreters??[]).filter(o=>Object.values(e[o]?.metaSpec??{}).some(s=>s?.name==="TokenSalience"))}get methodsConfig(){let e=this.methods.filter(n=>!this.excluded.has(n));return e.length===this.methods.length?"":e.join(",")}async load(e){let n=this.methodsConfig,o=[this.model,this.appState.currentDataset,n].join("\0"),s=a=>`${o}\0${a.id}`,i=e.filter(a=>!this.scores.has(s(a)));return await this.run.track(a=>oe(this.apiService,i,this.model,this.appState.currentDataset,et,{methods:n},{...a,batchSize:ns,message:"Scoring the faithfulness of salience maps",onBatch:(l,c)=>c.forEach((d,h)=>this.scores.set(s(l[h]),Xn(d)))})),e.map(a=>this.scores.get(s(a)))}get loadingMessage(){let[e,n]=this.run.progress??[0,0];return n?`Scoring examples: ${e} / ${n}…`:"Scoring…"}inputsChanged(){this.run.stop()}setScope(e){this.scope=e,this.run.stop(),this.reload()}toggleMethod(e){let n=new Set(this.excluded);if(n.delete(e)||n.add(e),this.methods.every(o=>n.has(o))){this.requestUpdate();return}this.excluded=n,this.reload()}renderControls(){let e=this.selectionService.selectedInputData.length,n=this.appState.currentInputData.length,o=this.run.progress;return m`
      <div class="toolbar">
        <span class="scope" role="group" aria-label="Examples">
          <button class="hairline-button scope-selection ${this.scope==="selection"?"on":""}"
              @click=${()=>this.setScope("selection")}>Selected (${e})</button>
          <button class="hairline-button scope-dataset ${this.scope==="dataset"?"on":""}"
              @click=${()=>this.setScope("dataset")}>All ${n} examples</button>
        </span>
        ${o?m`
          <progress max=${o[1]} value=${o[0]}></progress>
          <button class="hairline-button stop" @click=${()=>this.setScope("selection")}
              ?hidden=${this.scope!=="dataset"}>Stop</button>`:y}
      </div>
      <div class="methods" role="group" aria-label="Salience methods">
        <span class="hint">Methods</span>
        ${this.methods.map(s=>m`
          <label><input type="checkbox" class="method" data-method=${s}
              .checked=${Bn(!this.excluded.has(s))} @change=${()=>this.toggleMethod(s)}
              >${s}</label>`)}
      </div>`}renderData(e){if(e.length===0)return y;let n=Ot(Dt(e),this.sortKey),o=e[0].fractions.map(Lr).join(", "),s=`${e.length} example${e.length===1?"":"s"}`;return m`
      <div class="hint summary">Mean over ${s}; top ${o} of the words removed.
        Click a column to rank by it.</div>
      <table class="faithfulness">
        <thead>
          <tr>
            <th>Method</th>
            ${ie.map(i=>m`
              <th class="num sortable ${i.key===this.sortKey?"sorted":""}"
                  data-col=${i.key} title=${`${i.label}: ${i.definition}; ${i.higherIsBetter?"higher":"lower"} is better`}
                  @click=${()=>this.sortKey=i.key}>
                ${i.label} ${i.higherIsBetter?"↑":"↓"}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${n.map(i=>m`
            <tr data-method=${i.name} class=${i.name===Jt?"baseline":""}>
              <td>${i.name===Jt?"random (baseline)":i.name}${i.refused?m`
                <span class="refused" title=${i.errors.join(`
`)}>refused ${i.refused} of ${e.length}</span>`:y}</td>
              ${ie.map(({key:a})=>{let l=i[a],c=`over ${i.counts[a]} of ${e.length} examples`;return m`<td class="num" data-col=${a}
                    title=${l==null?"undefined on every example":`${l.toPrecision(6)} ${c}`}>${l==null?"–":l.toFixed(3)}</td>`})}
            </tr>`)}
        </tbody>
      </table>`}exportSource(e){if(e.length===0)return null;let n=Ot(Dt(e),this.sortKey),o=e[0].fractions,i=`Faithfulness of salience maps, mean over ${`${e.length} example${e.length===1?"":"s"}`} (top ${o.map(Lr).join(", ")} of the words removed), best first by ${ie.find(l=>l.key===this.sortKey).label}.`,a=ie.map(l=>({key:l.key,label:`${l.label} ${l.higherIsBetter?"↑":"↓"}`}));return{view:"faithfulness",name:this.exportName("faithfulness",this.sortKey),title:"Faithfulness of salience maps",figure:()=>Pr(i,a,n.map(l=>({name:l.name===Jt?"random (baseline)":l.name,values:{comprehensiveness:l.comprehensiveness,sufficiency:l.sufficiency,kendallTau:l.kendallTau}}))),data:()=>({model:this.model,examples:this.inputs.map(l=>l.id),fractions:o,sort_key:this.sortKey,rows:n}),standalone:()=>null}}updated(e){super.updated(e),Object.assign(this.dataset,{scope:this.scope,sortKey:this.sortKey,methods:this.methodsConfig,examples:String(this.data?.length??0)})}};L("faithfulness-module",Yt);function Zt(r,t){if(r.length!==t.length)throw new Error(`Cannot subtract attention of ${t.length} values from ${r.length} values.`);let e=new Float32Array(r.length);for(let n=0;n<r.length;n++)e[n]=r[n]-t[n];return e}function ut(r,t,e,n){if(t.length!==e*n*n)throw new Error(`Layer ${r} has ${t.length} values; expected ${e} heads × ${n} × ${n}.`);return Array.from({length:e},(o,s)=>{let i=0,a=0,l=s*n*n;for(let c=0;c<n*n;c++){let d=Math.abs(t[l+c]);a+=d,d>i&&(i=d)}return{layer:r,head:s,maxAbs:i,meanAbs:n>0?a/(n*n):0}})}function pt(r){return[...r].sort((t,e)=>e.maxAbs-t.maxAbs||e.meanAbs-t.meanAbs||t.layer-e.layer||t.head-e.head)}function Nr(r,t,e){let n=0;for(let o of t){let s=o*e*e;for(let i=0;i<e*e;i++)n=Math.max(n,Math.abs(r[s+i]))}return n}function Fr(r){return(r.length<=8?r:[...r.slice(0,4),"…",...r.slice(-3)]).join(" ")}function Hr(r,t,e,n){if(!(r.tokens.length===t.tokens.length&&r.tokens.every((a,l)=>a===t.tokens[l])))throw new Error(`No difference: '${e}' and '${n}' split this example into different tokens (${r.tokens.length}: ${Fr(r.tokens)}; ${t.tokens.length}: ${Fr(t.tokens)}), so their attention cells do not correspond. A difference needs two models with the same tokenizer; compare these side by side (Show: attention).`);if(r.numHeads!==t.numHeads)throw new Error(`No difference: '${e}' has ${r.numHeads} heads per layer and '${n}' ${t.numHeads}; a difference needs the same heads.`);let s=r.allLayers?.join(","),i=t.allLayers?.join(",");if(s!=null&&i!=null&&s!==i)throw new Error(`No difference: '${e}' has layers [${s}] and '${n}' [${i}]; a difference needs the same layers.`)}function mt(r){if(r.kind==="models")return`Difference A − B, A = ${r.minuend} (this view's model), B = ${r.subtrahend}.`;let t=r.alignment,e=t.added+t.removed>0?` (${t.added} token${t.added===1?"":"s"} only in the selected and ${t.removed} only in the pinned example left out)`:"";return`Difference A − B, A = the selected (edited) example, B = the pinned (original) one, over the ${t.edited.length} tokens they share, aligned by their position in the edit${e}.`}function Rr(r,t,e,n){let o=t>=0?"+":"−";return`  head ${String(r).padStart(2)}: ${o}${Math.abs(t).toFixed(4)} (A ${e.toFixed(4)}, B ${n.toFixed(4)})`}var os=/^(\[(CLS|SEP|PAD|MASK)\]|<\/?s>|<pad>|<mask>|<cls>|<sep>)$/;function en(r){return os.test(r)}function Dr(r){return en(r)?r:r.replace(/^##(?=.)/,"").replace(/<\/w>$/,"").replace(/^[Ġ▁]+/,"")||"␣"}function Or(r){let t=r.findIndex(e=>e==="[SEP]"||e==="</s>");return r.map((e,n)=>t>=0&&n>t?1:0)}function ss(r){let t=r.spec?.output??{},e=new Map;for(let[l,c]of Object.entries(t))c?.name!=="AttentionHeads"||!c.align_in||!(c.align_in in t)||e.set(c.align_in,[...e.get(c.align_in)??[],l]);let n=null;for(let l of e)(n==null||l[1].length>n[1].length)&&(n=l);if(n==null)return null;let[o,s]=n,i=is(s),a=s.map((l,c)=>[i[c],l]).sort((l,c)=>l[0]-c[0]);return{tokensField:o,layers:a}}function is(r){let t=r.map(o=>{let s=/(\d+)/.exec(o);return s?Number(s[1]):NaN});if(!(t.every(o=>Number.isFinite(o))&&new Set(t).size===t.length))return r.map((o,s)=>s);let n=t.includes(0)?0:1;return t.map(o=>o-n)}function z(r){if(r==null)return null;if(r.interpreters?.includes(Ke))return{kind:"interpreter"};let t=ss(r);return t?{kind:"predictions",...t}:null}function gt(r){return Object.values(r).some(t=>z(t)!=null)}var as=8,le=new Map,ft=new Map,tn=new Map;function ls(r,t){for(le.delete(r),le.set(r,t);le.size>as;)le.delete(le.keys().next().value)}function cs(r,t){if(r==null)return!1;let e=t??r.allLayers;return e!=null&&e.every(n=>r.layers.has(n))}function ds(r,t,e){let n=r;if(!Array.isArray(n)||n.some(s=>!Array.isArray(s)||s.length!==t)){let s=Array.isArray(n)&&Array.isArray(n[0])?n[0].length:"?";throw new Error(`${e} has ${s} positions but the tokens have ${t}.`)}let o=new Float32Array(n.length*t*t);return n.forEach((s,i)=>s.forEach((a,l)=>{if(!Array.isArray(a)||a.length!==t)throw new Error(`${e} row ${l} has ${a?.length} values, not ${t}.`);a.forEach((c,d)=>{o[(i*t+d)*t+l]=c})})),[n.length,o]}async function hs(r,t,e,n,o){let s=o.layers.map(([,d])=>d),[i]=await r.getPreds([n],e,t,[],[o.tokensField,...s],"Fetching attention"),a=i[o.tokensField],l=new Map,c=0;for(let[d,h]of o.layers){let[p,u]=ds(i[h],a.length,h);c=p,l.set(d,u)}return{tokens:a,displayTokens:a.map(Dr),specialTokens:a.map(en),segmentIds:Or(a),numHeads:c,allLayers:o.layers.map(([d])=>d),layers:l,source:"predictions"}}async function us(r,t,e,n,o){let s=o?{layers:o}:{},[i]=await r.getInterpretations([n],e,t,Ke,s,"Fetching attention",!0),a=Un(i),l=a.numLayers!=null?Array.from({length:a.numLayers},(c,d)=>d):o==null?a.layers:tn.get(e)??null;return l&&tn.set(e,l),{tokens:a.tokens,displayTokens:a.displayTokens,specialTokens:a.specialTokens,segmentIds:a.segmentIds,numHeads:a.numHeads,allLayers:l,layers:new Map(a.layers.map((c,d)=>[c,a.weights[d]])),source:"interpreter"}}function ps(){return new Promise(r=>setTimeout(r,0))}async function V(r,t,e,n,o,s){let i=`${e}\0${t}\0${o.id}`,a=le.get(i);if(cs(a,s))return a;let l=n.kind==="interpreter"&&s!=null&&tn.has(e)?s:null,c=`${i}\0${l?.join(",")??"all"}`,d=ft.get(c);return d==null&&(d=(l==null?ps().then(()=>Promise.allSettled([...ft].filter(([p])=>p.startsWith(`${i}\0`)&&p!==c).map(([,p])=>p))):Promise.resolve()).then(()=>n.kind==="interpreter"?us(r,t,e,o,l):hs(r,t,e,o,n)).then(p=>{let u=le.get(i);return u&&(p.layers.forEach((f,v)=>u.layers.set(v,f)),u.allLayers??=p.allLayers,p=u),ls(i,p),p}).finally(()=>ft.delete(c)),ft.set(c,d)),d}var qr=Object.getOwnPropertyDescriptor(nt.prototype,"selectionService")?.get;function Br(r){return qr?qr.call({selectionServiceIndex:r}):null}function nn(r){let t=Br(0)?.primarySelectedInputData??null,e=Br(1)?.primarySelectedInputData??null;return!r.compareExamplesEnabled||t==null||e==null||t.id===e.id?null:[t,e]}function ce(r,t){return r.currentModels.filter(e=>e!==t)}function ve(r,t,e){let n=["attention"];return ce(r,t).length>0&&n.push("models"),e&&nn(r)!=null&&n.push("examples"),n}function ms(r,t,e){return r==="models"?`difference ${t} − ${e??"other model"}`:r==="examples"?"difference selected − pinned example":"attention"}function yt(r,t,e,n,o,s,i){if(r.length<2)return y;let a=l=>l.target.value;return m`
    <label title="A difference subtracts, cell by cell, the second's attention from the first's.">
      Show
      <select class="dropdown show-mode" @change=${l=>s(a(l))}>
        ${r.map(l=>m`<option value=${l} ?selected=${l===t}>${ms(l,e,o)}</option>`)}
      </select>
    </label>
    ${t==="models"&&n.length>1?m`
      <label>B
        <select class="dropdown other-model" @change=${l=>i(a(l))}>
          ${n.map(l=>m`<option value=${l} ?selected=${l===o}>${l}</option>`)}
        </select>
      </label>`:y}`}var Te=class{diff(t,e,n={}){let o;typeof n=="function"?(o=n,n={}):"callback"in n&&(o=n.callback);let s=this.castInput(t,n),i=this.castInput(e,n),a=this.removeEmpty(this.tokenize(s,n)),l=this.removeEmpty(this.tokenize(i,n));return this.diffWithOptionsObj(a,l,n,o)}diffWithOptionsObj(t,e,n,o){var s;let i=b=>{if(b=this.postProcess(b,n),o){setTimeout(function(){o(b)},0);return}else return b},a=e.length,l=t.length,c=1,d=a+l;n.maxEditLength!=null&&(d=Math.min(d,n.maxEditLength));let h=(s=n.timeout)!==null&&s!==void 0?s:1/0,p=Date.now()+h,u=[{oldPos:-1,lastComponent:void 0}],f=this.extractCommon(u[0],e,t,0,n);if(u[0].oldPos+1>=l&&f+1>=a)return i(this.buildValues(u[0].lastComponent,e,t));let v=-1/0,g=1/0,$=()=>{for(let b=Math.max(v,-c);b<=Math.min(g,c);b+=2){let A,x=u[b-1],w=u[b+1];x&&(u[b-1]=void 0);let E=!1;if(w){let yn=w.oldPos-b;E=w&&0<=yn&&yn<a}let he=x&&x.oldPos+1<l;if(!E&&!he){u[b]=void 0;continue}if(!he||E&&x.oldPos<w.oldPos?A=this.addToPath(w,!0,!1,0,n):A=this.addToPath(x,!1,!0,1,n),f=this.extractCommon(A,e,t,b,n),A.oldPos+1>=l&&f+1>=a)return i(this.buildValues(A.lastComponent,e,t))||!0;u[b]=A,A.oldPos+1>=l&&(g=Math.min(g,b-1)),f+1>=a&&(v=Math.max(v,b+1))}c++};if(o)(function b(){setTimeout(function(){if(c>d||Date.now()>p)return o(void 0);$()||b()},0)})();else for(;c<=d&&Date.now()<=p;){let b=$();if(b)return b}}addToPath(t,e,n,o,s){let i=t.lastComponent;return i&&!s.oneChangePerToken&&i.added===e&&i.removed===n?{oldPos:t.oldPos+o,lastComponent:{count:i.count+1,added:e,removed:n,previousComponent:i.previousComponent}}:{oldPos:t.oldPos+o,lastComponent:{count:1,added:e,removed:n,previousComponent:i}}}extractCommon(t,e,n,o,s){let i=e.length,a=n.length,l=t.oldPos,c=l-o,d=0;for(;c+1<i&&l+1<a&&this.equals(n[l+1],e[c+1],s);)c++,l++,d++,s.oneChangePerToken&&(t.lastComponent={count:1,previousComponent:t.lastComponent,added:!1,removed:!1});return d&&!s.oneChangePerToken&&(t.lastComponent={count:d,previousComponent:t.lastComponent,added:!1,removed:!1}),t.oldPos=l,c}equals(t,e,n){return n.comparator?n.comparator(t,e):t===e||!!n.ignoreCase&&t.toLowerCase()===e.toLowerCase()}removeEmpty(t){let e=[];for(let n=0;n<t.length;n++)t[n]&&e.push(t[n]);return e}castInput(t,e){return t}tokenize(t,e){return Array.from(t)}join(t){return t.join("")}postProcess(t,e){return t}get useLongestToken(){return!1}buildValues(t,e,n){let o=[],s;for(;t;)o.push(t),s=t.previousComponent,delete t.previousComponent,t=s;o.reverse();let i=o.length,a=0,l=0,c=0;for(;a<i;a++){let d=o[a];if(d.removed)d.value=this.join(n.slice(c,c+d.count)),c+=d.count;else{if(!d.added&&this.useLongestToken){let h=e.slice(l,l+d.count);h=h.map(function(p,u){let f=n[c+u];return f.length>p.length?f:p}),d.value=this.join(h)}else d.value=this.join(e.slice(l,l+d.count));l+=d.count,d.added||(c+=d.count)}}return o}};var rn=class extends Te{tokenize(t){return t.slice()}join(t){return t}removeEmpty(t){return t}},Ur=new rn;function on(r,t,e){return Ur.diff(r,t,e)}function jr(r,t){let e={original:[],edited:[],removed:0,added:0},n=0,o=0;for(let s of on(r,t)){let i=s.value.length;if(s.removed)n+=i,e.removed+=i;else if(s.added)o+=i,e.added+=i;else{for(let a=0;a<i;a++)e.original.push(n+a),e.edited.push(o+a);n+=i,o+=i}}return e}function sn(r,t,e,n){if(r.length!==t*e*e)throw new Error(`Attention has ${r.length} values; expected ${t} heads × ${e} × ${e}.`);let o=n.length,s=new Float32Array(t*o*o);for(let i=0;i<t;i++)for(let a=0;a<o;a++){let l=(i*e+n[a])*e;for(let c=0;c<o;c++)s[(i*o+a)*o+c]=r[l+n[c]]}return s}function zr(r,t){let e=z(r[t]);if(e==null)throw new Error(`Model '${t}' returns no attention.`);return e}async function bt(r,t,e,n,o,s,i){let[a,l]=await Promise.all([n,o].map(p=>V(r,t,p,zr(e,p),s,i)));Hr(a,l,n,o);let c=new Map,d=new Map,h=new Map;for(let p of i??a.allLayers??[...a.layers.keys()]){let[u,f]=[a.layers.get(p),l.layers.get(p)];u==null||f==null||(c.set(p,Zt(u,f)),d.set(p,u),h.set(p,f))}return{...a,layers:c,allLayers:a.allLayers??l.allLayers,difference:{kind:"models",minuend:n,subtrahend:o,a:d,b:h,alignment:null}}}async function Vr(r,t,e,n,o,s,i){let a=zr(e,n),[l,c]=await Promise.all([o,s].map(b=>V(r,t,n,a,b,i))),d=jr(c.tokens,l.tokens);if(d.edited.length===0)throw new Error("No difference: the selected and the pinned example share no tokens.");let h=l.numHeads,[p,u]=[l.tokens.length,c.tokens.length],f=new Map,v=new Map,g=new Map;for(let b of i??l.allLayers??[...l.layers.keys()]){let[A,x]=[l.layers.get(b),c.layers.get(b)];if(A==null||x==null)continue;let w=sn(A,h,p,d.edited),E=sn(x,h,u,d.original);f.set(b,Zt(w,E)),v.set(b,w),g.set(b,E)}let $=b=>d.edited.map(A=>b[A]);return{...l,tokens:$(l.tokens),displayTokens:$(l.displayTokens),specialTokens:$(l.specialTokens),segmentIds:$(l.segmentIds),layers:f,difference:{kind:"examples",minuend:"selected",subtrahend:"pinned",a:v,b:g,alignment:d}}}var de="head-focus",an=class extends EventTarget{constructor(){super(...arguments);this.current=null}get focus(){return this.current}focusHead(e){this.current={...e},this.dispatchEvent(new CustomEvent(de,{detail:{...e}}))}},O=new an;var Wr=`.heads {
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

.legend {
  margin-bottom: 4px;
}

.canvas-stack {
  position: relative;
  width: max-content;
}

.canvas-stack canvas {
  display: block;
}

.canvas-stack canvas.labels {
  position: absolute;
  top: 0;
  left: 0;
  cursor: pointer;
}

.line-stats {
  color: var(--lit-neutral-700, #5f6368);
}

/* A difference: what A and B are, and the diverging colour key (colors.ts divergingColor). */
.difference-legend {
  margin-bottom: 4px;
  color: var(--lit-neutral-800, #3c4043);
}

.swatch.positive {
  background: #2166ac;
}

.swatch.negative {
  background: #ca4822;
}
`;var gs=[["all","All"],["AA","A → A"],["AB","A → B"],["BA","B → A"],["BB","B → B"]],Kr=[.01,.02,.05,.1,.2],ln=class extends T{constructor(){super();this.hovered=null;this.scene=null;this.geometry=null;this.canvasWidth=0;this.sceneKey="";this.drawnWeights=null;this.labelsDrawn=[];this.fullLines=null;this.fullResult=null;this.resizeObserver=null;this.laidOut=null;this.emptyMessage="Select an example to see its attention.";this.onFocus=e=>{this.applyFocus(e.detail,!0)};this.onMouseMove=e=>{let n=this.tokenAt(e),o=(s,i)=>s?.side===i?.side&&s?.index===i?.index;this.pinned==null&&!o(n,this.hovered)&&(this.hovered=n,this.repaintActive()),this.showTooltip(e,n)};this.onMouseLeave=()=>{this.showTooltip(null,null),this.hovered!=null&&(this.hovered=null,this.pinned==null&&this.repaintActive())};this.onCanvasClick=e=>{let n=this.tokenAt(e),o=n&&this.pinned&&n.side===this.pinned.side&&n.index===this.pinned.index;this.pinned=n==null||o?null:n,this.hovered=n};this.layer=0,this.selectedHeads=[],this.filter="all",this.hideSpecial=!1,this.threshold=Kr[0],this.pinned=null,this.show="attention",this.otherModel=null}static{this.title="Attention: Head View"}static{this.infoMarkdown="Attention of one layer: lines from each token (left) to the tokens it attends to (right), one colour per head, opacity = weight. Hover or click a token to isolate it."}static{this.numCols=6}static shouldDisplayModule(e){return gt(e)}static{this.styles=P(Wr)}static{this.properties={layer:{state:!0},selectedHeads:{state:!0},filter:{state:!0},hideSpecial:{state:!0},threshold:{state:!0},pinned:{state:!0},show:{state:!0},otherModel:{state:!0}}}connectedCallback(){super.connectedCallback(),O.addEventListener(de,this.onFocus),O.focus?.model===this.model&&this.applyFocus(O.focus,!1)}disconnectedCallback(){super.disconnectedCallback(),O.removeEventListener(de,this.onFocus),this.resizeObserver?.disconnect(),this.resizeObserver=null}applyFocus(e,n){e.model===this.model&&(this.selectedHeads=[e.head],e.layer!==this.layer&&(this.layer=e.layer,this.reload()),n&&this.scrollIntoView({block:"nearest"}))}inputsChanged(){this.pinned=null}get mode(){return ve(this.appState,this.model,!0).includes(this.show)?this.show:"attention"}get subtrahend(){let e=ce(this.appState,this.model);return this.otherModel!=null&&e.includes(this.otherModel)?this.otherModel:e[0]}get inputs(){let e=nn(this.appState);return this.mode==="examples"&&e!=null?e:super.inputs}setShow(e){this.show=e,this.pinned=null,this.reload()}setOtherModel(e){this.otherModel=e,this.reload()}async load(e){let[n]=e,o=this.appState.currentDataset,s=this.appState.currentModelInfos;if(this.mode==="models")return bt(this.apiService,o,s,this.model,this.subtrahend,n,[this.layer]);if(this.mode==="examples")return Vr(this.apiService,o,s,this.model,e[0],e[1],[this.layer]);let i=z(this.appState.currentModelInfos[this.model]);if(i==null)throw new Error(`Model '${this.model}' returns no attention.`);return performance.mark("lit-ext:head-view:request"),V(this.apiService,this.appState.currentDataset,this.model,i,n,[this.layer])}accept(e){if(performance.mark("lit-ext:head-view:data",{detail:{tokens:e.tokens.length}}),e.allLayers&&!e.allLayers.includes(this.layer)&&(this.layer=e.allLayers[0],!e.layers.has(this.layer))){this.reload();return}let n=this.data!=null&&this.data.numHeads!==e.numHeads,o=this.data==null&&this.selectedHeads.length===0;(n||o||this.selectedHeads.some(s=>s>=e.numHeads))&&(this.selectedHeads=Array.from({length:e.numHeads},(s,i)=>i)),this.data=e,this.requestUpdate()}setLayer(e){this.layer=e,this.pinned=null,!this.data?.layers.has(e)&&this.reload()}toggleHead(e){this.selectedHeads=this.selectedHeads.includes(e)?this.selectedHeads.filter(n=>n!==e):[...this.selectedHeads,e].sort((n,o)=>n-o)}soloHead(e){let n=this.data?.numHeads??0,o=this.selectedHeads.length===1&&this.selectedHeads[0]===e;this.selectedHeads=o?Array.from({length:n},(s,i)=>i):[e]}get isPair(){return this.data!=null&&this.data.segmentIds.some(e=>e===1)}renderControls(){let e=this.data,n=e?.allLayers??[...e?.layers.keys()??[]],o=d=>this.setLayer(Number(d.target.value)),s=d=>{this.filter=d.target.value},i=d=>{this.threshold=Number(d.target.value)},a=d=>{this.hideSpecial=d.target.checked,this.pinned=null},l=ce(this.appState,this.model),c=ve(this.appState,this.model,!0);return m`
      <div class="toolbar">
        ${yt(c,this.mode,this.model,l,this.subtrahend,d=>this.setShow(d),d=>this.setOtherModel(d))}
        <label>Layer
          <select class="dropdown layer-select" @change=${o} ?disabled=${!n.length}>
            ${n.map(d=>m`<option value=${d} ?selected=${d===this.layer}>${d}</option>`)}
          </select>
        </label>
        ${this.isPair?m`
          <label>Sentences
            <select class="dropdown pair-filter" @change=${s}>
              ${gs.map(([d,h])=>m`
                <option value=${d} ?selected=${d===this.filter}>${h}</option>`)}
            </select>
          </label>`:y}
        <label title="Lines for smaller weights are not drawn (they would be nearly invisible).">
          Hide weights below
          <select class="dropdown threshold" @change=${i}>
            ${Kr.map(d=>m`
              <option value=${d} ?selected=${d===this.threshold}>${d}</option>`)}
          </select>
        </label>
        <label title=${Qe}><input type="checkbox" class="hide-special"
            .checked=${this.hideSpecial} @change=${a}>Hide special tokens</label>
      </div>
      ${e?this.renderHeads(e.numHeads):y}`}renderHeads(e){let n=()=>{this.selectedHeads=Array.from({length:e},(o,s)=>s)};return m`
      <div class="heads" role="group" aria-label="Heads">
        <span class="hint">Heads</span>
        ${Array.from({length:e},(o,s)=>{let i=this.selectedHeads.includes(s),a=S(s);return m`
            <button class="head-chip ${i?"on":""}" data-head=${s}
                style="--head-color: ${a}" aria-pressed=${i}
                title="Head ${s}: click to toggle, double-click to show it alone"
                @click=${()=>this.toggleHead(s)} @dblclick=${()=>this.soloHead(s)}>
              ${s}
            </button>`})}
        <button class="hairline-button" @click=${n}>All</button>
        <button class="hairline-button" @click=${()=>this.selectedHeads=[]}>None</button>
      </div>`}renderData(){return m`
      <div class="hint legend">${this.legendText()}<span class="line-stats"></span></div>
      <div class="canvas-stack">
        <canvas class="lines"></canvas>
        <canvas class="labels" @mousemove=${this.onMouseMove}
            @mouseleave=${this.onMouseLeave} @click=${this.onCanvasClick}></canvas>
      </div>
      <div class="tooltip" hidden></div>`}legendText(){let e=this.pinned?"Click the pinned token again (or empty space) to unpin.":"Hover a token to isolate its lines; click to pin it.";return m`${this.renderDifferenceLegend()}Left: attending tokens; right: attended tokens. ${e}`}renderDifferenceLegend(){let e=this.data,n=e?.difference,o=e?.layers.get(this.layer);if(e==null||n==null||o==null)return y;let s=e.tokens.length,i=pt(ut(this.layer,o,e.numHeads,s)).slice(0,4),a=this.differenceExtent(o);return m`
      <div class="difference-legend">
        <div>${mt(n)}</div>
        <div>
          <span class="swatch positive"></span>A attends more
          <span class="swatch negative"></span>B attends more;
          opacity = |Δ| / ${a.toFixed(3)} (this layer's largest change), largest on top.
          Most changed heads: ${i.map(l=>`H${l.head} (max |Δ| ${l.maxAbs.toFixed(3)}, mean ${l.meanAbs.toFixed(4)})`).join(", ")}.
        </div>
      </div>`}differenceExtent(e){let n=this.data,o=Array.from({length:n.numHeads},(s,i)=>i);return Nr(e,o,n.tokens.length)||1}observeWidth(){let e=this.renderRoot.querySelector(".body");e==null||this.resizeObserver!=null||(this.resizeObserver=new ResizeObserver(()=>{let n=Math.floor(e.clientWidth-16);n>0&&n!==this.canvasWidth&&(this.canvasWidth=n,this.redraw())}),this.resizeObserver.observe(e))}updated(e){super.updated(e),this.observeWidth(),this.redraw()}buildScene(){let e=this.data,n=e?.layers.get(this.layer);if(e==null||n==null)return null;let o=e.tokens.map((s,i)=>i).filter(s=>!this.hideSpecial||!e.specialTokens[s]);return{tokens:e.tokens,labels:e.displayTokens,segmentIds:e.segmentIds,numHeads:e.numHeads,weights:n,heads:this.selectedHeads,headColors:Array.from({length:e.numHeads},(s,i)=>S(i)),visible:o,filter:this.isPair?this.filter:"all",threshold:this.threshold,active:this.pinned??this.hovered,pinned:this.pinned!=null,diverging:e.difference?{extent:this.differenceExtent(n)}:null}}canvases(){let e=this.renderRoot.querySelector("canvas.lines"),n=this.renderRoot.querySelector("canvas.labels");return e&&n?[e,n]:null}redraw(){let e=this.buildScene();this.scene=e;let n=this.canvases();if(e==null||n==null||this.canvasWidth<=0)return;let[o,s]=n,i=[this.mode,this.layer,e.heads.join(","),e.filter,e.threshold,e.visible.length,this.canvasWidth].join("|");if(i!==this.sceneKey||e.weights!==this.drawnWeights||o!==this.laidOut||this.geometry==null){this.sceneKey=i,this.laidOut=o,this.drawnWeights=e.weights,this.fullLines=null,this.fullResult=null;let a=dr(s.getContext("2d"),e,this.canvasWidth);this.geometry=a,pr(o,s,a,window.devicePixelRatio||1)}this.paint()}paint(){let e=this.canvases(),n=this.scene,o=this.geometry;if(e==null||n==null||o==null)return;let[s,i]=e,a=s.getContext("2d"),l;if(n.active==null&&this.fullLines&&this.fullResult)a.clearRect(0,0,o.width,o.height),a.drawImage(this.fullLines,0,0),l=this.fullResult;else{if(n.active!=null&&this.fullLines==null&&this.fullResult!=null){let d=document.createElement("canvas");d.width=s.width,d.height=s.height,d.getContext("2d").drawImage(s,0,0),this.fullLines=d}l=hr(a,n,o),n.active==null&&(this.fullResult=l)}this.labelsDrawn=ur(i.getContext("2d"),n,o),this.describeLines(l);let c=n.tokens.length;requestAnimationFrame(()=>{performance.mark("lit-ext:head-view:painted",{detail:{tokens:c,lines:l.lines}})})}describeLines(e){Object.assign(this.dataset,{source:this.data?.source??"",layer:String(this.layer),filter:this.scene?.filter??"",show:this.data?.difference?this.mode:"attention",extent:this.scene?.diverging?String(this.scene.diverging.extent):"",heads:this.scene?.heads.join(",")??"",tokens:String(this.scene?.tokens.length??0),lines:String(e.lines),hiddenLines:String(e.overBudget),active:this.scene?.active?`${this.scene.active.side}:${this.scene.active.index}`:""});let n=this.renderRoot.querySelector(".line-stats");if(n==null)return;let o=e.lines.toLocaleString("en-US"),s=this.scene?.diverging?"|Δ|":"weights";n.textContent=e.overBudget>0?`${o} strongest lines drawn (${s} ≥ ${e.cutoff.toFixed(3)}); ${e.overBudget.toLocaleString("en-US")} weaker ones hidden to stay fast.`:`${o} lines (${s} ≥ ${e.cutoff}).`}repaintActive(){this.scene!=null&&(this.scene.active=this.pinned??this.hovered,this.scene.pinned=this.pinned!=null,this.paint())}exportSource(e){if(e.difference!=null)return null;let n=this.buildScene();if(n==null)return null;let o=this.layer,s=n.heads.length===e.numHeads?"all":n.heads.join("-");return{view:"head_view",name:this.exportName("head_view",`layer${o}`,`heads_${s}`),title:`Head view, layer ${o}: ${e.displayTokens.join(" ")}`,figure:()=>$r(n,o),data:()=>({model:this.model,example:this.inputs[0]?.id,...wr(e,n,o),hide_special:this.hideSpecial}),standalone:()=>ht(e,{layer:o,heads:n.heads,threshold:n.threshold,hideSpecial:this.hideSpecial,pinned:this.pinned})}}drawnLabels(){return[...this.labelsDrawn]}tokenPosition(e,n){return this.geometry?fr(this.geometry,e,n):null}tokenAt(e){if(this.scene==null||this.geometry==null)return null;let n=e.target.getBoundingClientRect();return mr(this.scene,this.geometry,e.clientX-n.left,e.clientY-n.top)}showTooltip(e,n){let o=this.renderRoot.querySelector(".tooltip");if(o==null)return;let s=e&&n?this.tooltipText(n):"";o.hidden=!s,!(!s||!e)&&(o.textContent=s,o.style.left=`${e.clientX+14}px`,o.style.top=`${e.clientY+10}px`)}tooltipText(e){let n=this.scene,o=this.data;if(n==null||o==null)return"";let s=p=>_(o,p),i=this.pinned??this.hovered,a=n.tokens.length;if(i==null||i.side===e.side){let p=e.side==="left"?"attends from":"is attended by";return`${s(e.index)}
layer ${this.layer}: ${p} the lines shown`+(this.pinned?"":`
click to pin`)}let[l,c]=i.side==="left"?[i.index,e.index]:[e.index,i.index],d=o.difference,h=n.heads.map(p=>{let u=p*a*a+l*a+c,f=n.weights[u];return d?Rr(p,f,d.a.get(this.layer)[u],d.b.get(this.layer)[u]):`  head ${String(p).padStart(2)}: ${f.toFixed(4)}`});return`${s(l)} → ${s(c)}, layer ${this.layer}
${h.join(`
`)}`}};L("head-view-module",ln);function cn(r,t,e={left:28,right:8,top:8,bottom:18}){return{width:r,height:t,left:e.left,right:r-e.right,top:e.top,bottom:t-e.bottom}}function Ce(r,t,e){return r.left+(t+.5)*(r.right-r.left)/e}function q(r,t){let e=Math.min(1,Math.max(0,t));return r.bottom-e*(r.bottom-r.top)}function Gr(r,t,e=.7){return e*(r.right-r.left)/t}function Xr(r,t){if(r.length!==t.length)throw new Error(`${r.length} layer predictions for ${t.length} labels.`);if(r.length===0)throw new Error("No examples to score.");let e=r[0].layers,n=e.map(()=>0),o=new Map,s=0;return r.forEach((i,a)=>{if(i.layers.length!==e.length)throw new Error(`Example ${a} has ${i.layers.length} layers, not ${e.length}.`);let l=t[a]?i.labels.indexOf(t[a]):-1;l<0||(s++,o.set(l,(o.get(l)??0)+1),i.probas.forEach((c,d)=>{se(c)===l&&n[d]++}))}),{layers:e,correct:n,scored:s,skipped:r.length-s,accuracy:n.map(i=>s?i/s:NaN),majority:s?Math.max(...o.values())/s:NaN}}var Qr=`.panel {
  padding: 6px 8px;
  border-bottom: 1px solid var(--lit-neutral-200, #e8eaed);
}

.legend {
  display: flex;
  gap: 12px;
  margin-bottom: 4px;
  font-size: 12px;
}

.charts {
  display: flex;
  flex-wrap: wrap;
  gap: 8px 16px;
}

figure.example {
  margin: 0;
}

figcaption {
  max-width: 260px;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
  font-size: 12px;
}

svg .grid {
  stroke: var(--lit-neutral-200, #e8eaed);
}

svg .tick,
svg .value {
  fill: var(--lit-neutral-600, #80868b);
  font-size: 10px;
}

svg .line {
  fill: none;
  stroke-width: 1.5;
}

svg .majority {
  stroke: var(--lit-neutral-700, #5f6368);
  stroke-dasharray: 4 3;
}

svg .bar {
  fill: var(--lit-cyea-400, #5fa1b5);
}

progress {
  width: 120px;
}
`;var bs=8,vt="dataset";function dn(r){return r==="embeddings"?"emb":r}function Jr(r){return[0,.5,1].map(t=>W`
    <line class="grid" x1=${r.left} x2=${r.right} y1=${q(r,t)} y2=${q(r,t)}></line>
    <text class="tick" x=${r.left-4} y=${q(r,t)+3} text-anchor="end">${t}</text>`)}function Yr(r,t){return t.map((e,n)=>W`
    <text class="tick" x=${Ce(r,n,t.length)} y=${r.bottom+12}
        text-anchor="middle">${dn(e)}</text>`)}function Zr(r){return[r.left,r.right,r.top,r.bottom].join(",")}var hn=class extends T{constructor(){super();this.run=new ge(()=>this.requestUpdate());this.emptyMessage="Select examples to see their prediction layer by layer.";this.accuracy=null}static{this.title="Layer Predictions"}static{this.infoMarkdown="When does the label appear? The model's own classification head applied to each layer's hidden state at the pooling position ([CLS], <s>), from the embeddings up; the last layer's row is the model's prediction. Per selected example: the probability of each class by layer. Over the dataset: the accuracy of each layer's predicted class against the gold labels."}static{this.numCols=6}static{this.duplicateForExampleComparison=!1}static shouldDisplayModule(e){return X(e,Me)}static{this.styles=P(Qr)}static{this.properties={accuracy:{state:!0}}}get inputs(){return this.selectionService.selectedInputData}connectedCallback(){super.connectedCallback(),this.react(()=>[this.model,this.appState.currentDataset],()=>this.stopScoring())}disconnectedCallback(){super.disconnectedCallback(),this.run.stop()}async load(e){let n=e.slice(0,bs);return(await oe(this.apiService,n,this.model,this.appState.currentDataset,Me,{},{message:"Predicting layer by layer"})).map((s,i)=>({input:n[i],layers:Ht(s)}))}goldField(){let e=this.appState.currentModelInfos[this.model]?.spec?.output??{};return Object.values(e).find(o=>o?.name==="MulticlassPreds")?.parent??null}async scoreDataset(){let e=this.appState.currentInputData,n=this.goldField();this.accuracy=null;let o=this.run.track(i=>oe(this.apiService,e,this.model,this.appState.currentDataset,Me,{},{...i,message:"Predicting layer by layer over the dataset"})),s=await this.request(vt,o.then(i=>Xr(i.map(Ht),e.map(a=>n==null?null:a.data[n]))));s!=null&&(this.accuracy=s)}stopScoring(){this.run.stop(),this.accuracy=null,this.cancel(vt)}renderControls(){let e=this.appState.currentInputData.length,n=this.run.running,[o,s]=this.run.progress??[0,e];return m`
      <div class="toolbar">
        <button class="hairline-button score-dataset" ?disabled=${n||e===0}
            @click=${()=>this.scoreDataset()}>
          Accuracy by layer over the dataset (${e} examples)</button>
        ${n?m`
          <progress class="dataset-progress" max=${s} value=${o}></progress>
          <span class="hint">${o} / ${s}</span>
          <button class="hairline-button stop" @click=${()=>this.stopScoring()}>Stop</button>`:y}
      </div>
      ${this.renderAccuracy()}`}renderAccuracy(){let e=this.renderStatus(vt),n=this.accuracy;if(n==null)return e===y?y:m`<div class="panel">${e}</div>`;let o=cn(Math.max(240,36*n.layers.length),120),s=n.layers.length,i=Gr(o,s),a=n.skipped?`; ${n.skipped} without a gold label the model predicts were left out`:"";return m`
      <div class="panel accuracy">
        <div class="hint">Accuracy of each layer's predicted class over ${n.scored}
          examples${a}. Dashed: the most frequent label's share (chance level).</div>
        <svg class="accuracy-chart" width=${o.width} height=${o.height}
            data-area=${Zr(o)}>
          ${Jr(o)}
          ${n.accuracy.map((l,c)=>W`
            <rect class="bar" x=${Ce(o,c,s)-i/2} y=${q(o,l)}
                width=${i} height=${o.bottom-q(o,l)}
                data-layer=${n.layers[c]}>
              <title>${dn(n.layers[c])}: ${n.correct[c]} / ${n.scored} = ${l.toFixed(3)}</title>
            </rect>
            <text class="value" x=${Ce(o,c,s)} y=${q(o,l)-3}
                text-anchor="middle">${l.toFixed(2)}</text>`)}
          <line class="majority" x1=${o.left} x2=${o.right} y1=${q(o,n.majority)}
              y2=${q(o,n.majority)}>
            <title>Always predicting the most frequent label: ${n.majority.toFixed(3)}</title>
          </line>
          ${Yr(o,n.layers)}
        </svg>
      </div>`}renderData(e){let n=this.inputs.length-e.length,o=e[0]?.layers.labels??[];return m`
      <div class="legend">
        ${o.map((s,i)=>m`
          <span class="legend-item"><span class="swatch"
              style="background: ${S(i)}"></span>${s}</span>`)}
      </div>
      <div class="charts">
        ${e.map(s=>this.renderExample(s))}
      </div>
      ${n>0?m`<div class="hint">${n} more selected examples are not shown.</div>`:y}`}renderExample({input:e,layers:n}){let o=cn(Math.max(200,26*n.layers.length),110),s=n.layers.length,i=Object.values(e.data).find(l=>typeof l=="string"),a=n.labels[se(n.probas[s-1])];return m`
      <figure class="example" data-id=${e.id}>
        <figcaption title=${i??e.id}>${i??e.id}</figcaption>
        <svg class="layer-chart" width=${o.width} height=${o.height}
            data-area=${Zr(o)}>
          ${Jr(o)}
          ${n.labels.map((l,c)=>{let d=n.probas.map((h,p)=>[Ce(o,p,s),q(o,h[c])]);return W`
              <polyline class="line" stroke=${S(c)}
                  points=${d.map(h=>h.join(",")).join(" ")}></polyline>
              ${d.map(([h,p],u)=>W`
                <circle class="point" cx=${h} cy=${p} r="3" fill=${S(c)}
                    data-class=${l} data-layer=${n.layers[u]}>
                  <title>${l} at ${dn(n.layers[u])}: ${n.probas[u][c].toFixed(3)}</title>
                </circle>`)}`})}
          ${Yr(o,n.layers)}
        </svg>
        <div class="hint">Prediction: ${a}</div>
      </figure>`}exportSource(e){let n=e.map(({input:s,layers:i})=>({id:s.id,layers:i,text:Object.values(s.data).find(a=>typeof a=="string")??s.id})),o=this.accuracy;return{view:"layer_predictions",name:this.exportName("layer_predictions"),title:"Layer predictions",figure:()=>Ir(n,o),data:()=>({model:this.model,examples:n.map(({id:s,text:i,layers:a})=>({id:s,text:i,...a})),accuracy:o}),standalone:()=>null}}updated(e){super.updated(e),this.dataset.accuracy=this.stateOf(vt,this.accuracy!=null),this.dataset.charts=String(this.data?.length??0)}};L("layer-predictions-module",hn);function eo(r){if(r.length===0)throw new Error("No head importance to average.");let[t]=r;for(let o of r)if(o.numLayers!==t.numLayers||o.numHeads!==t.numHeads||o.method!==t.method)throw new Error(`Head importance of different shapes or methods: ${t.numLayers}×${t.numHeads} ${t.method} and ${o.numLayers}×${o.numHeads} ${o.method}.`);let e=t.importance.map((o,s)=>o.map((i,a)=>rt(r.map(l=>l.importance[s][a])))),n=Math.max(0,...e.flat().map(Math.abs));return{method:t.method,numLayers:t.numLayers,numHeads:t.numHeads,values:e,examples:r.length,extent:n}}function Ie(r,t){return`${r}:${t}`}function Pe(r){return[...r].map(t=>t.split(":").map(Number)).sort((t,e)=>t[0]-e[0]||t[1]-e[1]).map(([t,e])=>Ie(t,e)).join(",")}var to=`.grid {
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

.thumb-cell {
  position: relative;
  line-height: 0;
}

/* A switched-off head: faded, crossed out. */
.thumb-cell.off .thumb {
  opacity: 0.35;
}

.thumb-cell.off::after {
  content: '';
  position: absolute;
  inset: 0;
  pointer-events: none;
  background:
    linear-gradient(to top right, transparent calc(50% - 1.5px), var(--google-red-500, #ea4335) calc(50% - 1.5px),
                    var(--google-red-500, #ea4335) calc(50% + 1.5px), transparent calc(50% + 1.5px));
}

.panel {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px 10px;
  padding: 6px 8px;
  border-bottom: 1px solid var(--lit-neutral-200, #e8eaed);
}

.panel .status {
  padding: 0;
}

.ablation {
  flex-direction: column;
  align-items: flex-start;
}

.ablation-heads {
  display: flex;
  align-items: center;
  gap: 10px;
}

.prediction-change {
  border-collapse: collapse;
  font-size: 12px;
}

.prediction-change th,
.prediction-change td {
  padding: 2px 10px 2px 0;
  text-align: left;
}

.prediction-change .num {
  text-align: right;
  font-family: 'Roboto Mono', monospace;
  white-space: nowrap;
}

.prediction-change tr.predicted td:first-child {
  font-weight: 500;
}

.prediction-change .bar {
  display: inline-block;
  height: 8px;
  margin-right: 6px;
  background: var(--lit-cyea-400, #5fa1b5);
  vertical-align: middle;
}

.verdict {
  font-size: 12px;
  color: var(--lit-neutral-700, #5f6368);
}

.verdict.changed {
  color: var(--google-red-700, #c5221f);
  font-weight: 500;
}

/* A difference: the colour key and the most changed heads (colors.ts divergingColor). */
.difference-panel {
  flex-direction: column;
  align-items: flex-start;
}

.difference-panel .ranking {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px;
}

.swatch.positive {
  background: #2166ac;
}

.swatch.negative {
  background: #ca4822;
}

.rank-badge {
  position: absolute;
  top: 1px;
  left: 1px;
  z-index: 1;
  padding: 0 3px;
  border-radius: 3px;
  background: rgba(32, 33, 36, 0.8);
  color: white;
  font: 500 10px/14px 'Roboto', sans-serif;
  pointer-events: none;
}
`;function xs(r){let t=Math.abs(r).toFixed(3);return Number(t)===0?t:`${r>0?"+":"−"}${t}`}function no(r,t){return m`
    <td class="num" data-col=${r} data-value=${t} title=${t.toPrecision(6)}>
      <span class="bar" style="width: ${Math.round(48*t)}px"></span>${t.toFixed(3)}</td>`}function ro(r){let t=se(r.probas),e=se(r.probasAblated),n=r.heads.length===0?"No head is switched off.":t===e?`The prediction stays ${r.labels[t]}.`:`The prediction changes: ${r.labels[t]} → ${r.labels[e]}.`;return m`
    <table class="prediction-change">
      <thead>
        <tr><th>Class</th><th class="num">Full model</th><th class="num">Heads off</th>
          <th class="num">Δ</th></tr>
      </thead>
      <tbody>
        ${r.labels.map((o,s)=>m`
          <tr data-class=${o} class=${s===e?"predicted":""}>
            <td>${o}</td>
            ${no("before",r.probas[s])}
            ${no("after",r.probasAblated[s])}
            <td class="num delta" data-col="delta">${xs(r.probasAblated[s]-r.probas[s])}</td>
          </tr>`)}
      </tbody>
    </table>
    <div class="verdict ${t===e?"":"changed"}">${n}</div>`}function oo(r,t,e,n,[o,s,i]){let a=Math.min(n,r.width),l=new Float32Array(a*a),c=e*n*n;for(let h=0;h<n;h++){let p=Math.floor(h*a/n)*a;for(let u=0;u<n;u++){let f=p+Math.floor(u*a/n),v=t[c+h*n+u];v>l[f]&&(l[f]=v)}}let d=new ImageData(a,a);for(let h=0;h<a*a;h++){let p=Math.sqrt(Math.min(1,l[h]));d.data[4*h]=Math.round(255+(o-255)*p),d.data[4*h+1]=Math.round(255+(s-255)*p),d.data[4*h+2]=Math.round(255+(i-255)*p),d.data[4*h+3]=255}so(r,d)}function so(r,t){let e=t.width,n=document.createElement("canvas");n.width=e,n.height=e,n.getContext("2d").putImageData(t,0,0);let o=r.getContext("2d");o.imageSmoothingEnabled=!1,o.clearRect(0,0,r.width,r.height),o.drawImage(n,0,0,r.width,r.height)}function $s(r,t,e,n){n=Math.min(e,n);let o=new Float32Array(n*n),s=t*e*e;for(let i=0;i<e;i++){let a=Math.floor(i*n/e)*n;for(let l=0;l<e;l++){let c=a+Math.floor(l*n/e),d=r[s+i*e+l];Math.abs(d)>Math.abs(o[c])&&(o[c]=d)}}return o}function ws(r,t){let e=t>0?Math.sqrt(Math.min(1,Math.abs(r)/t)):0;return F(r>=0?e:-e,1)}function io(r,t,e,n,o){let s=$s(t,e,n,r.width),i=Math.round(Math.sqrt(s.length)),a=new ImageData(i,i);s.forEach((l,c)=>{a.data.set([...ws(l,o),255],4*c)}),so(r,a)}var ao=[48,72,104],xt="importance",Le="ablation",lo=8,un=class extends T{constructor(){super();this.ranking=[];this.extent=1;this.observer=null;this.drawn=new Set;this.pending=new Set;this.frame=0;this.emptyMessage="Select an example to see its attention.";this.size=ao[1],this.selected=null,this.clickAction="open",this.switchedOff=new Set,this.ablation=null,this.colorByImportance=!1,this.importanceMethod="ablation",this.importance=null,this.show="attention",this.otherModel=null}static{this.title="Attention: Model View"}static{this.infoMarkdown=`Every layer and head as a small attention matrix (rows attend to columns). Click one to open it in the head view. With "Click a head to: switch it off", clicks switch heads off (their context vectors zeroed) and the example's prediction is shown with and without them. "Colour by importance" colours each head by how much the prediction depends on it, averaged over the selected examples: ablation = the drop in the predicted class's probability when the head alone is switched off (blue: it supports the prediction, orange: it works against it); gradient = |∂L/∂ξ| for a gate ξ on the head (Michel et al. 2019).`}static{this.numCols=6}static shouldDisplayModule(e){return gt(e)}static{this.styles=P(to)}static{this.properties={size:{state:!0},selected:{state:!0},clickAction:{state:!0},switchedOff:{state:!0},ablation:{state:!0},colorByImportance:{state:!0},importanceMethod:{state:!0},importance:{state:!0},show:{state:!0},otherModel:{state:!0}}}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.selectionService.selectedInputData,this.model],()=>this.loadImportance())}disconnectedCallback(){super.disconnectedCallback(),this.observer?.disconnect(),this.observer=null,cancelAnimationFrame(this.frame)}get mode(){return ve(this.appState,this.model,!1).includes(this.show)?this.show:"attention"}get subtrahend(){let e=ce(this.appState,this.model);return this.otherModel!=null&&e.includes(this.otherModel)?this.otherModel:e[0]}get inputs(){return this.mode,super.inputs}async load([e]){if(this.mode==="models")return bt(this.apiService,this.appState.currentDataset,this.appState.currentModelInfos,this.model,this.subtrahend,e,null);let n=z(this.appState.currentModelInfos[this.model]);if(n==null)throw new Error(`Model '${this.model}' returns no attention.`);return V(this.apiService,this.appState.currentDataset,this.model,n,e,null)}inputsChanged(){this.loadAblation()}accept(e){let n=e.tokens.length;this.ranking=e.difference?pt([...e.layers].flatMap(([o,s])=>ut(o,s,e.numHeads,n))):[],this.extent=this.ranking[0]?.maxAbs||1,super.accept(e)}setShow(e){this.show=e,this.reload()}setOtherModel(e){this.otherModel=e,this.reload()}async loadAblation(){let e=this.selectedInput;if(e==null||this.switchedOff.size===0&&this.clickAction==="open"){this.cancel(Le),this.ablation=null;return}let n=this.apiService.getInterpretations([e],this.model,this.appState.currentDataset,Ze,{heads:Pe(this.switchedOff)},"Predicting with heads switched off",!0),o=await this.request(Le,n.then(([s])=>Gn(s)));o!=null&&(this.ablation=o)}async loadImportance(){let e=this.selectionService.selectedInputData;if(!this.colorByImportance||e.length===0){this.cancel(xt),this.importance=null;return}let n=oe(this.apiService,e,this.model,this.appState.currentDataset,Ye,{method:this.importanceMethod},{message:"Measuring head importance"}),o=await this.request(xt,n.then(s=>eo(s.map(Kn))));o!=null&&(this.importance=o)}onThumbnail(e,n){if(this.clickAction==="open"){this.selected=[e,n],O.focusHead({model:this.model,layer:e,head:n});return}let o=Ie(e,n),s=new Set(this.switchedOff);s.delete(o)||s.add(o),this.switchedOff=s,this.loadAblation()}switchAllOn(){this.switchedOff=new Set,this.loadAblation()}renderControls(){let e=a=>a.target.value,n=a=>{this.clickAction=e(a),this.loadAblation()},o=a=>{this.colorByImportance=a.target.checked,this.loadImportance()},s=a=>{this.importanceMethod=e(a),this.loadImportance()},i=ce(this.appState,this.model);return m`
      <div class="toolbar">
        ${yt(ve(this.appState,this.model,!1),this.mode,this.model,i,this.subtrahend,a=>this.setShow(a),a=>this.setOtherModel(a))}
        <label>Size
          <select class="dropdown size-select" @change=${a=>{this.size=Number(e(a))}}>
            ${ao.map(a=>m`<option value=${a} ?selected=${a===this.size}>${a}px</option>`)}
          </select>
        </label>
        ${this.hasInterpreter(Ze)?m`
          <label title=${"A switched-off head has its context vector zeroed before the attention output projection."}>Click a head to
            <select class="dropdown click-action" @change=${n}>
              <option value="open" ?selected=${this.clickAction==="open"}>open it in the head view</option>
              <option value="switch-off" ?selected=${this.clickAction==="switch-off"}>switch it off</option>
            </select>
          </label>`:m`<span class="hint">Rows attend to columns. Click a head to open it in the head view.</span>`}
        ${this.hasInterpreter(Ye)&&this.mode==="attention"?m`
          <label><input type="checkbox" class="color-by-importance"
              .checked=${this.colorByImportance} @change=${o}>Colour by importance</label>
          <select class="dropdown importance-method" ?disabled=${!this.colorByImportance}
              @change=${s} title="How head importance is measured">
            ${Wn.map(a=>m`
              <option value=${a} ?selected=${a===this.importanceMethod}>${a}</option>`)}
          </select>`:y}
      </div>
      ${this.renderImportanceLegend()}
      ${this.renderAblation()}`}renderImportanceLegend(){if(!this.colorByImportance||this.mode!=="attention")return y;let e=this.importance,n=this.renderStatus(xt,null,"Measuring head importance…");if(e==null)return m`<div class="panel">${n}</div>`;let o=e.extent,s=a=>m`<span class="swatch"
        style="background: ${ae(Ut(a,o))}"></span>`,i=`${e.examples} selected example${e.examples===1?"":"s"}`;return m`
      <div class="panel importance-legend">
        ${n}
        <span class="hint">Head importance (${e.method}), mean over ${i}:</span>
        ${e.method==="ablation"?m`${s(-o)}−${o.toFixed(3)}`:y}
        ${s(0)}0 ${s(o)}${o.toFixed(3)}
      </div>`}renderAblation(){if(this.clickAction==="open"&&this.switchedOff.size===0)return y;let e=Pe(this.switchedOff).split(",").filter(Boolean);return m`
      <div class="panel ablation">
        <div class="ablation-heads">
          <span class="hint">${e.length?`Switched off (layer:head): ${e.join(", ")}`:"Click heads to switch them off."}</span>
          ${e.length?m`<button class="hairline-button switch-all-on"
              @click=${()=>this.switchAllOn()}>Switch all on</button>`:y}
        </div>
        ${this.renderStatus(Le,null,"Predicting…")}
        ${this.ablation&&!this.errorOf(Le)?ro(this.ablation):y}
      </div>`}renderDifferencePanel(e){let n=e.difference;if(n==null)return y;let o=s=>this.onThumbnail(s.layer,s.head);return m`
      <div class="panel difference-panel">
        <div>${mt(n)}
          <span class="swatch positive"></span>A attends more
          <span class="swatch negative"></span>B attends more;
          full colour = |Δ| ${this.extent.toFixed(3)}, the largest change of any head.</div>
        <div class="ranking">
          <span class="hint">Most changed (max |Δ|, mean |Δ|):</span>
          ${this.ranking.slice(0,lo).map((s,i)=>m`
            <button class="hairline-button ranked-head" data-layer=${s.layer}
                data-head=${s.head} data-rank=${i+1} @click=${()=>o(s)}>
              ${i+1}. L${s.layer} H${s.head} ${s.maxAbs.toFixed(3)}, ${s.meanAbs.toFixed(4)}
            </button>`)}
        </div>
      </div>`}rankOf(e,n){return this.ranking.slice(0,lo).findIndex(o=>o.layer===e&&o.head===n)+1}thumbnailTitle(e,n){let o=this.data?.difference?this.ranking.find(l=>l.layer===e&&l.head===n):void 0;if(o)return`Layer ${e}, head ${n}: max |Δ| ${o.maxAbs.toFixed(4)}, mean |Δ| ${o.meanAbs.toFixed(4)}`;let s=this.colorByImportance?this.importance?.values[e]?.[n]:void 0,i=s==null?"":`, importance ${s.toFixed(4)}`,a=this.clickAction==="open"?"click to open in the head view":this.switchedOff.has(Ie(e,n))?"switched off: click to switch it on":"click to switch it off";return`Layer ${e}, head ${n}${i}: ${a}`}renderData(e){let n=[...e.layers.keys()].sort((i,a)=>i-a),o=Array.from({length:e.numHeads},(i,a)=>a),s=e.difference!=null;return m`
      ${this.renderDifferencePanel(e)}
      <div class="grid" style="--thumb: ${this.size}px; --heads: ${e.numHeads}">
        <div class="corner"></div>
        ${o.map(i=>m`<div class="col-label">H${i}</div>`)}
        ${n.map(i=>m`
          <div class="row-label">L${i}</div>
          ${o.map(a=>{let l=this.selected?.[0]===i&&this.selected?.[1]===a,c=this.switchedOff.has(Ie(i,a)),d=s?this.rankOf(i,a):0;return m`
              <div class="thumb-cell ${c?"off":""}">
                ${d?m`<span class="rank-badge">${d}</span>`:y}
                <canvas class="thumb ${l?"selected":""}" width=${this.size}
                    height=${this.size} data-layer=${i} data-head=${a}
                    title=${this.thumbnailTitle(i,a)}
                    @click=${()=>this.onThumbnail(i,a)}></canvas>
              </div>`})}`)}
      </div>`}exportSource(e){if(e.difference!=null)return null;let n=this.colorByImportance?this.importance:null,o=n?`Colour: head importance (${n.method}), blue supports the prediction, orange works against it, grey: little effect.`:"One colour per head.",s=Pe(this.switchedOff);return{view:"model_view",name:this.exportName("model_view"),title:`Model view: ${e.displayTokens.join(" ")}`,figure:()=>kr(e,{color:(i,a)=>R(this.headColor(i,a)),selected:this.selected,switchedOff:this.switchedOff,colorNote:o+(s?` Crossed out: switched off (${s}).`:"")}),data:()=>Ar(e,{model:this.model,example:this.inputs[0]?.id,selected:this.selected,switched_off:[...this.switchedOff].sort(),importance:n?{method:n.method,values:n.values,examples:n.examples}:null,ablation:this.ablation}),standalone:()=>ht(e,{layer:this.selected?.[0],heads:this.selected?[this.selected[1]]:void 0})}}headColor(e,n){let o=this.colorByImportance?this.importance:null,s=o?.values[e]?.[n];return s==null?_e(S(n)):Ut(s,o.extent)}updated(e){super.updated(e),Object.assign(this.dataset,{selected:this.selected?this.selected.join(":"):"",source:this.data?.source??"",show:this.data?.difference?this.mode:"attention",extent:this.data?.difference?String(this.extent):"",switchedOff:Pe(this.switchedOff),ablation:this.stateOf(Le,this.ablation!=null),importance:this.colorByImportance?this.stateOf(xt,this.importance!=null):"off"}),["data","size","importance","colorByImportance"].some(n=>e.has(n))&&(this.drawn.clear(),this.dataset.drawn="0",this.observeThumbnails())}observeThumbnails(){let e=this.renderRoot.querySelector(".body");e!=null&&(this.observer?.disconnect(),this.observer=new IntersectionObserver(n=>{for(let o of n){let s=o.target;o.isIntersecting&&!this.drawn.has(s)&&this.pending.add(s)}this.scheduleDraw()},{root:e,rootMargin:"64px"}),e.querySelectorAll("canvas.thumb").forEach(n=>this.observer.observe(n)))}scheduleDraw(){this.frame||this.pending.size===0||(this.frame=requestAnimationFrame(()=>{this.frame=0;let e=this.data;if(e==null)return;let n=e.tokens.length,o=performance.now();for(let s of this.pending){if(this.pending.delete(s),!s.isConnected)continue;let i=Number(s.dataset.layer),a=Number(s.dataset.head),l=e.layers.get(i);if(l!=null&&(e.difference?io(s,l,a,n,this.extent):oo(s,l,a,n,this.headColor(i,a)),this.drawn.add(s),performance.now()-o>12))break}this.dataset.drawn=String(this.drawn.size),this.scheduleDraw()}))}};L("model-view-module",un);var co=new Map;async function $t(r,t,e,n,o){let s=co.get(e);if(s)return s;let i=z(n);if(i==null)throw new Error(`Model '${e}' has no 'attention' interpreter or AttentionHeads outputs, so its layers and heads are unknown.`);let a=await V(r,t,e,i,o,[0]),c={layers:a.allLayers??[...a.layers.keys()].sort((d,h)=>d-h),numHeads:a.numHeads};return co.set(e,c),c}var ho=`.query-chips {
  display: flex;
  flex-wrap: wrap;
  gap: 3px;
  margin-bottom: 6px;
}

.chip {
  padding: 1px 5px;
  border: 1px solid var(--lit-neutral-300, #dadce0);
  border-radius: 3px;
  background: white;
  font: 12px 'Roboto Mono', monospace;
  color: var(--lit-neutral-800, #3c4043);
  cursor: pointer;
}

.chip:hover {
  border-color: var(--lit-neutral-600, #80868b);
}

.chip.selected {
  border-color: var(--lit-cyea-600, #1f6180);
  background: var(--lit-cyea-100, #cdf2fa);
  font-weight: 500;
}

.summary {
  margin: 4px 0 6px;
}

.check.ok {
  color: var(--lit-cyea-700, #114566);
}

.check.bad {
  color: var(--google-red-700, #c5221f);
}

table.neurons {
  border-collapse: collapse;
}

table.neurons th {
  position: sticky;
  top: 0;
  background: white;
  font-weight: 500;
  text-align: left;
  color: var(--lit-neutral-700, #5f6368);
  padding: 2px 6px;
}

table.neurons td {
  padding: 1px 6px;
  height: 16px;
  white-space: nowrap;
}

table.neurons .query-row td {
  border-bottom: 1px solid var(--lit-neutral-300, #dadce0);
  padding-bottom: 4px;
}

table.neurons tr.is-query td.token-col {
  font-weight: 700;
  color: var(--lit-cyea-700, #114566);
}

.token-col {
  max-width: 140px;
  overflow: hidden;
  text-overflow: ellipsis;
  text-align: right;
}

.num {
  text-align: right;
  font-variant-numeric: tabular-nums;
}

canvas.vec {
  display: block;
  height: 12px;
  outline: 1px solid var(--lit-neutral-200, #e8eaed);
}

.bar {
  display: inline-block;
  height: 8px;
  margin-right: 4px;
  vertical-align: middle;
  background: var(--lit-cyea-400, #52a6b3);
}

.notes {
  margin: 0 0 6px;
  padding-left: 18px;
}

table.neurons th.term {
  max-width: 120px;
  white-space: normal;
}

/* Keys the model does not let this query attend to. */
table.neurons tr.masked td {
  color: var(--lit-neutral-500, #9aa0a6);
}

table.neurons tr.masked canvas.vec {
  opacity: 0.4;
}

table.neurons td.masked-cell {
  font-style: italic;
}
`;var uo=.001;function As(r){let t=r.toFixed(3);return Number(t)===0?0 .toFixed(3):t}function mn(r){return Math.max(3,Math.min(12,Math.floor(256/r)))}function xe(r){let t=0;for(let e=0;e<r.length;e++)t=Math.max(t,Math.abs(r[e]));return t}function pn(r,t,e){let n=r.getContext("2d"),o=mn(t.length);for(let s=0;s<t.length;s++)n.fillStyle=ae(F(t[s],e)),n.fillRect(s*o,0,o,r.height)}var fn=class extends T{constructor(){super();this.rows=null;this.onFocus=e=>{let n=e.detail;n.model===this.model&&(this.layer=n.layer,this.head=n.head,this.reload())};this.emptyMessage="Select an example to see its query and key vectors.";this.onMouseMove=e=>{let n=e.composedPath()[0],o=this.data,s=this.rows;if(!(n instanceof HTMLCanvasElement)||!n.classList.contains("vec")||o==null||s==null){this.hideTooltip();return}let i=o.headDim,a=Math.min(i-1,Math.max(0,Math.floor(e.offsetX/mn(i)))),l=n.dataset.kind,c=Number(n.dataset.row),d=s.query[a],h=`query ${_(o,this.queryIndex)}, dim ${a}
q = ${d.toFixed(4)}`;if(l!=="query"){let u=o.key[c*i+a];h=`key ${_(o,c)}, dim ${a}
q = ${d.toFixed(4)}
k = ${u.toFixed(4)}
q∘k = ${(d*u).toFixed(4)}`}let p=this.renderRoot.querySelector(".tooltip");p.textContent=h,p.hidden=!1,p.style.left=`${e.clientX+14}px`,p.style.top=`${e.clientY+10}px`};this.hideTooltip=()=>{let e=this.renderRoot.querySelector(".tooltip");e&&(e.hidden=!0)};this.shape=null,this.layer=0,this.head=0,this.queryIndex=-1}static{this.title="Neurons: Query × Key"}static{this.infoMarkdown="For one layer, head and query token: every key vector, q∘k, the scaled score q·k/√d (or the model's own scale, e.g. q·k/√(3d) for DeBERTa), one column per term the model adds before the softmax (DeBERTa's content→position and position→content, MPNet's relative position bias; hover a column header or read the notes under the check for what each is), their sum, and the softmax over the keys the query may attend to (masked keys get 0). The view checks that this softmax equals the model's attention. q and k are shown after the model's position transform (rotary for ModernBERT). Blue = positive, orange = negative."}static{this.numCols=12}static shouldDisplayModule(e){return X(e,Ge)}static{this.styles=P(ho)}static{this.properties={shape:{state:!0},layer:{state:!0},head:{state:!0},queryIndex:{state:!0}}}connectedCallback(){super.connectedCallback(),O.addEventListener(de,this.onFocus)}disconnectedCallback(){super.disconnectedCallback(),O.removeEventListener(de,this.onFocus)}inputsChanged(){this.queryIndex=-1}async load([e]){let n=this.apiService,o=this.appState.currentDataset,s=this.model,i=await $t(n,o,s,this.appState.currentModelInfos[s],e);this.model===s&&(this.shape=i);let a=i.layers.includes(this.layer)?this.layer:i.layers[0],l=this.head<i.numHeads?this.head:0,[c]=await n.getInterpretations([e],s,o,Ge,{layer:a,head:l},"Fetching query/key vectors",!0);return jn(c)}accept(e){this.data=e,this.layer=e.layer,this.head=e.head;let n=e.tokens.length;if(this.queryIndex<0||this.queryIndex>=n){let o=e.specialTokens.findIndex(s=>!s);this.queryIndex=Math.max(0,o)}}setLayerHead(e,n){this.layer=e,this.head=n,this.reload()}renderControls(){let e=this.shape,n=this.data,o=n?.displayTokens??[],s=l=>this.setLayerHead(Number(l.target.value),this.head),i=l=>this.setLayerHead(this.layer,Number(l.target.value)),a=l=>{this.queryIndex=Number(l.target.value)};return m`
      <div class="toolbar">
        <label>Layer
          <select class="dropdown layer-select" @change=${s} ?disabled=${!e}>
            ${(e?.layers??[]).map(l=>m`
              <option value=${l} ?selected=${l===this.layer}>${l}</option>`)}
          </select>
        </label>
        <label>Head
          <select class="dropdown head-select" @change=${i} ?disabled=${!e}>
            ${Array.from({length:e?.numHeads??0},(l,c)=>m`
              <option value=${c} ?selected=${c===this.head}>${c}</option>`)}
          </select>
        </label>
        <label>Query token
          <select class="dropdown query-select" @change=${a} ?disabled=${!o.length}>
            ${o.map((l,c)=>m`
              <option value=${c} ?selected=${c===this.queryIndex}
                  title=${_(n,c)}>${c}: ${l}</option>`)}
          </select>
        </label>
        <span class="hint legend">
          <span class="swatch" style="background: ${ae(F(1,1))}"></span>positive
          <span class="swatch" style="background: ${ae(F(-1,1))}"></span>negative
        </span>
      </div>`}renderQueryChips(e){return m`
      <div class="query-chips" role="listbox" aria-label="Query token">
        ${e.displayTokens.map((n,o)=>m`
          <button class="chip ${o===this.queryIndex?"selected":""}" data-index=${o}
              role="option" aria-selected=${o===this.queryIndex} title=${_(e,o)}
              @click=${()=>this.queryIndex=o}>${n}</button>`)}
      </div>`}renderCheck(e,n){let o=n.allowed.filter(l=>l).length,s=o<n.allowed.length?` over the ${o} allowed keys`:"",i=`softmax(${be(e)})${s}`;if(n.maxDiff<uo)return m`<span class="check ok">${i} equals the model's attention (max |Δ| ${n.maxDiff.toExponential(1)})</span>`;let a=Number.isFinite(n.maxDiff)?`by up to ${n.maxDiff.toFixed(4)}`:"(a value is not a number)";return m`<span class="check bad">${i} differs from the model's attention ${a}: these columns do not explain this head.</span>`}renderNotes(e,n){let o=n.allowed.length-n.allowed.filter(i=>i).length,s=[...e.positionTransform?[`q and k are shown after the ${e.positionTransform} position transform.`]:[],...e.terms.map(i=>`${i.label} (${i.name}): ${i.description}.`),...o?[`${o} key${o===1?" is":"s are"} masked for this query: the model does not let it attend to them (probability 0).`]:[]];return s.length?m`<ul class="notes hint">${s.map(i=>m`<li>${i}</li>`)}</ul>`:y}renderSigned(e,n,o){return m`
      <td class="num" data-col=${e} title=${n.toFixed(6)}>
        <span class="bar signed" style="width: ${28*Math.abs(n)/o}px; background: ${ae(F(n,o))}"></span>${As(n)}</td>`}renderTable(e,n){let o=e.headDim*mn(e.headDim),s=e.tokens.length,i=Math.max(xe(n.scaled),...n.terms.map(xe),xe(n.sums))||1,a=e.terms.length>0,l=(c,d)=>m`
        <canvas class="vec" data-kind=${c} data-row=${d??y} width=${o}
            height="12" style="width: ${o}px"></canvas>`;return m`
      <div class="summary">
        Layer ${e.layer}, head ${e.head}, d = ${e.headDim}; query
        <b class="mono" title=${_(e,this.queryIndex)}>${e.displayTokens[this.queryIndex]}</b> (#${this.queryIndex}).
        ${this.renderCheck(e,n)}
      </div>
      ${this.renderNotes(e,n)}
      <table class="neurons">
        <thead>
          <tr>
            <th class="token-col">Key</th>
            <th>key k</th>
            <th>q ∘ k</th>
            <th class="num" title="q·k times the model's scale, ${e.scaleLabel}">${Wt(e.scaleLabel)}</th>
            ${e.terms.map(c=>m`
              <th class="num term" title="${c.name}: ${c.description}">${c.label}</th>`)}
            ${a?m`
              <th class="num" title="${be(e)}: the score the softmax takes">sum</th>`:y}
            <th class="num" title="softmax over the keys this query may attend to">softmax</th>
          </tr>
          <tr class="query-row">
            <td class="token-col mono">query q</td>
            <td>${l("query")}</td>
            <td colspan=${3+e.terms.length+(a?1:0)}></td>
          </tr>
        </thead>
        <tbody>
          ${e.displayTokens.map((c,d)=>{let h=n.softmax[d],p=[d===this.queryIndex?"is-query":"",n.allowed[d]?"":"masked"].join(" ");return m`
              <tr class=${p} data-key=${d}>
                <td class="token-col mono" title=${_(e,d)}>${c}</td>
                <td>${l("key",d)}</td>
                <td>${l("product",d)}</td>
                ${this.renderSigned("scaled",n.scaled[d],i)}
                ${e.terms.map((u,f)=>this.renderSigned(`term:${u.name}`,n.terms[f][d],i))}
                ${a?this.renderSigned("sum",n.sums[d],i):y}
                ${n.allowed[d]?m`
                  <td class="num" data-col="softmax" title=${`softmax ${h.toFixed(6)}; model attention ${e.attention[this.queryIndex*s+d].toFixed(6)}`}>
                    <span class="bar" style="width: ${40*h}px"></span>${h.toFixed(3)}</td>`:m`<td class="num masked-cell" data-col="softmax"
                      title="masked: this query may not attend to this key (probability 0)"
                      >masked</td>`}
              </tr>`})}
        </tbody>
      </table>`}renderData(e){let n=this.queryIndex>=0&&this.queryIndex<e.tokens.length;return this.rows=n?Vt(e,this.queryIndex):null,this.rows==null?y:m`
      <div @mousemove=${this.onMouseMove} @mouseleave=${this.hideTooltip}>
        ${this.renderQueryChips(e)}${this.renderTable(e,this.rows)}
        <div class="tooltip" hidden></div>
      </div>`}updated(e){super.updated(e);let n=this.data,o=this.rows;if(n==null||o==null||this.errorOf()!=null)return;let s=Math.max(xe(n.key),xe(o.query)),i=Math.max(...o.products.map(xe))||1;for(let a of this.renderRoot.querySelectorAll("canvas.vec")){let l=a.dataset.kind,c=Number(a.dataset.row),d=n.headDim;l==="query"&&pn(a,o.query,s),l==="key"&&pn(a,n.key.subarray(c*d,(c+1)*d),s),l==="product"&&pn(a,o.products[c],i)}Object.assign(this.dataset,{layer:String(n.layer),head:String(n.head),query:String(this.queryIndex),queryToken:n.displayTokens[this.queryIndex],rows:String(n.tokens.length),headDim:String(n.headDim),maxDiff:o.maxDiff.toExponential(2),check:o.maxDiff<uo?"ok":"bad",formula:be(n),masked:String(o.allowed.filter(a=>!a).length)})}exportSource(e){let n=this.queryIndex;if(n<0||n>=e.tokens.length)return null;let o=()=>Vt(e,n);return{view:"neuron_view",name:this.exportName("neuron_view",`layer${e.layer}`,`head${e.head}`,`query${n}`),title:`Neuron view, layer ${e.layer}, head ${e.head}: ${e.displayTokens.join(" ")}`,figure:()=>Er(e,n,o()),data:()=>({model:this.model,example:this.inputs[0]?.id,...Mr(e,n,o())}),standalone:()=>Sr(e,n)}}};L("neuron-view-module",fn);var po=`.factor-picker {
  display: flex;
  flex-wrap: wrap;
  gap: 4px;
  margin-bottom: 8px;
}

.factor-chip {
  min-width: 30px;
  height: 22px;
  padding: 0 6px;
  border: 2px solid var(--factor-color, var(--lit-neutral-500, #9aa0a6));
  border-radius: 4px;
  background: white;
  color: var(--factor-color, var(--lit-neutral-700, #5f6368));
  font: 500 12px 'Roboto', sans-serif;
  cursor: pointer;
}

.factor-chip.on {
  background: var(--factor-color, var(--lit-neutral-600, #80868b));
  color: white;
}

.sentence {
  display: flex;
  flex-wrap: wrap;
  gap: 3px 2px;
  margin-bottom: 10px;
  line-height: 22px;
}

.token {
  padding: 0 3px;
  border-radius: 3px;
  font-size: 14px;
}

.token.excluded {
  color: var(--lit-neutral-500, #9aa0a6);
  outline: 1px dashed var(--lit-neutral-300, #dadce0);
}

.heatmap {
  display: grid;
  grid-template-columns: 32px repeat(var(--tokens), 16px);
  grid-template-rows: 72px;
  grid-auto-rows: 16px;
  gap: 1px;
  width: max-content;
  margin-bottom: 12px;
}

.heatmap .col-label {
  writing-mode: vertical-rl;
  transform: rotate(180deg);
  font-size: 11px;
  line-height: 16px;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
  color: var(--lit-neutral-700, #5f6368);
}

.heatmap .col-label.excluded {
  color: var(--lit-neutral-400, #bdc1c6);
}

.heatmap .row-label {
  font-size: 11px;
  line-height: 16px;
  cursor: pointer;
  color: var(--lit-neutral-700, #5f6368);
}

.heatmap .row-label.on {
  font-weight: 700;
  color: var(--lit-neutral-900, #202124);
}

.heatmap .cell {
  outline: 1px solid var(--lit-neutral-100, #f1f3f4);
}

.cards {
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
}

.card {
  width: 170px;
  padding: 6px 8px;
  border: 1px solid var(--lit-neutral-300, #dadce0);
  border-top: 4px solid var(--factor-color);
  border-radius: 4px;
}

.card.on {
  box-shadow: 0 0 0 2px var(--factor-color);
}

.card-title {
  font-weight: 500;
  margin-bottom: 4px;
}

.card-title .swatch {
  background: var(--factor-color);
}

.card-section {
  font-size: 11px;
  color: var(--lit-neutral-600, #80868b);
  margin-top: 4px;
}

.shares {
  display: flex;
  align-items: flex-end;
  gap: 2px;
  height: 38px;
}

.share {
  display: flex;
  flex-direction: column;
  align-items: center;
  justify-content: flex-end;
  width: 14px;
}

.share-bar {
  width: 10px;
  background: var(--factor-color);
}

.share-label {
  font-size: 10px;
  color: var(--lit-neutral-600, #80868b);
}

ol.neurons {
  margin: 2px 0 0;
  padding-left: 22px;
  font-size: 11px;
  line-height: 15px;
}

ol.neurons .loading {
  float: right;
  color: var(--lit-neutral-600, #80868b);
}
`;var Es=Array.from({length:16},(r,t)=>t+1);function Ms(r){let t=r.tokens.length;return Array.from({length:r.k},(e,n)=>{let o=0;for(let s=0;s<t;s++)o=Math.max(o,r.factors[n*t+s]);return o})}var gn=class extends T{constructor(){super();this.emptyMessage="Select an example to factorise its neurons.";this.shape=null,this.k=8,this.fromLayer=0,this.toLayer=-1,this.excludeSpecial=!0,this.factor=null}static{this.title="NMF: Neuron Factors"}static{this.infoMarkdown="Non-negative matrix factorisation of the FFN neuron activations (Ecco's method): k factors of neurons that fire together, how strongly each token activates them, and which neurons and layers make up each factor."}static{this.numCols=12}static shouldDisplayModule(e){return X(e,Xe)}static{this.styles=P(po)}static{this.properties={shape:{state:!0},k:{state:!0},fromLayer:{state:!0},toLayer:{state:!0},excludeSpecial:{state:!0},factor:{state:!0}}}async load([e]){let n=this.apiService,o=this.appState.currentDataset,s=this.model,i=await $t(n,o,s,this.appState.currentModelInfos[s],e);this.model===s&&(this.shape=i);let a=i.layers[i.layers.length-1],l=this.toLayer<0||this.toLayer>a?a:this.toLayer,c=Math.min(this.fromLayer,l),d={n_components:this.k,from_layer:c,to_layer:l+1,exclude_special_tokens:this.excludeSpecial},[h]=await n.getInterpretations([e],s,o,Xe,d,"Factorising neuron activations",!0);return zn(h)}accept(e){this.fromLayer=e.layers[0],this.toLayer=e.layers[e.layers.length-1],this.data=e,this.factor!=null&&this.factor>=e.k&&(this.factor=null)}renderControls(){let e=this.shape?.layers??[],n=e.length?e[e.length-1]:-1,o=this.toLayer<0||this.toLayer>n?n:this.toLayer,s=a=>Number(a.target.value),i=a=>{a(),this.reload()};return m`
      <div class="toolbar">
        <label title="Number of factors (NMF components)">Factors
          <select class="dropdown k-select"
              @change=${a=>i(()=>this.k=s(a))}>
            ${Es.map(a=>m`<option value=${a} ?selected=${a===this.k}>${a}</option>`)}
          </select>
        </label>
        <label>Layers
          <select class="dropdown from-select" ?disabled=${!e.length}
              @change=${a=>i(()=>{this.fromLayer=s(a),this.toLayer=Math.max(o,this.fromLayer)})}>
            ${e.map(a=>m`<option value=${a} ?selected=${a===this.fromLayer}>${a}</option>`)}
          </select>
          to
          <select class="dropdown to-select" ?disabled=${!e.length}
              @change=${a=>i(()=>{this.toLayer=s(a),this.fromLayer=Math.min(this.fromLayer,this.toLayer)})}>
            ${e.map(a=>m`<option value=${a} ?selected=${a===o}>${a}</option>`)}
          </select>
        </label>
        <label title=${Qe}><input type="checkbox" class="special-toggle"
            .checked=${this.excludeSpecial}
            @change=${a=>i(()=>{this.excludeSpecial=a.target.checked})}>Leave out special tokens</label>
        ${this.data?m`<span class="hint">Reconstruction error ${(this.data.reconstructionError*100).toFixed(1)}%</span>`:y}
      </div>`}renderFactorPicker(e){let n=o=>()=>{this.factor=this.factor===o?null:o};return m`
      <div class="factor-picker" role="group" aria-label="Factors">
        <button class="factor-chip all ${this.factor==null?"on":""}" @click=${n(null)}
            title="Tint each token by its dominant factor">Dominant</button>
        ${Array.from({length:e.k},(o,s)=>m`
          <button class="factor-chip ${this.factor===s?"on":""}" data-factor=${s}
              style="--factor-color: ${S(s)}" @click=${n(s)}
              title="Tint tokens by factor ${s} alone">F${s}</button>`)}
      </div>`}renderSentence(e,n){let o=e.tokens.length;return m`
      <div class="sentence">
        ${e.displayTokens.map((s,i)=>{if(!e.tokenMask[i])return m`<span class="token excluded" title="${_(e,i)}: not factorised">${s}</span>`;let a=this.factor;if(a==null){a=0;for(let d=1;d<e.k;d++)e.factors[d*o+i]>e.factors[a*o+i]&&(a=d)}let l=e.factors[a*o+i],c=n[a]>0?Math.max(.08,l/n[a]):0;return m`<span class="token" data-factor=${a}
              style="background: ${ye(S(a),c*.85)}"
              title="${_(e,i)}: factor ${a} ${l.toFixed(4)}">${s}</span>`})}
      </div>`}renderHeatmap(e,n){let o=e.tokens.length,s=Array.from({length:e.k},(i,a)=>a);return m`
      <div class="heatmap" style="--tokens: ${o}">
        <div></div>
        ${e.displayTokens.map((i,a)=>m`
          <div class="col-label ${e.tokenMask[a]?"":"excluded"}"
              title=${_(e,a)}>${i}</div>`)}
        ${s.map(i=>m`
          <div class="row-label ${this.factor===i?"on":""}"
              @click=${()=>this.factor=this.factor===i?null:i}>F${i}</div>
          ${e.tokens.map((a,l)=>{let c=e.factors[i*o+l],d=n[i]>0?c/n[i]:0;return m`<div class="cell" title="factor ${i}, ${_(e,l)}: ${c.toFixed(4)}"
                style="background: ${ye(S(i),d)}"></div>`})}`)}
      </div>`}renderFactorCards(e){return m`
      <div class="cards">
        ${e.topNeurons.map((n,o)=>{let s=e.layerShare[o],i=Math.max(...s,1e-9);return m`
            <div class="card ${this.factor===o?"on":""}" data-factor=${o}
                style="--factor-color: ${S(o)}">
              <div class="card-title"><span class="swatch"></span>Factor ${o}</div>
              <div class="card-section">Layer share</div>
              <div class="shares">
                ${e.layers.map((a,l)=>m`
                  <div class="share" title="layer ${a}: ${(s[l]*100).toFixed(1)}%">
                    <div class="share-bar" style="height: ${24*s[l]/i}px"></div>
                    <div class="share-label">${a}</div>
                  </div>`)}
              </div>
              <div class="card-section">Top neurons (layer·unit, loading)</div>
              <ol class="neurons mono">
                ${n.map(a=>m`
                  <li>L${a.layer}·${a.index}<span class="loading">${a.loading.toFixed(3)}</span></li>`)}
              </ol>
            </div>`})}
      </div>`}renderData(e){let n=Ms(e);return m`
      ${this.renderFactorPicker(e)}
      ${this.renderSentence(e,n)}
      ${this.renderHeatmap(e,n)}
      ${this.renderFactorCards(e)}`}exportSource(e){let n=`layers${e.layers[0]}-${e.layers[e.layers.length-1]}`,o=this.factor;return{view:"nmf",name:this.exportName("nmf",`k${e.k}`,n),title:`NMF, ${e.k} factors: ${e.displayTokens.join(" ")}`,figure:()=>Tr(e,o),data:()=>({model:this.model,example:this.inputs[0]?.id,exclude_special_tokens:this.excludeSpecial,...Cr(e,o)}),standalone:()=>_r(e)}}updated(e){super.updated(e);let n=this.data;n!=null&&Object.assign(this.dataset,{k:String(n.k),tokens:String(n.tokens.length),layers:`${n.layers[0]}-${n.layers[n.layers.length-1]}`,factor:this.factor==null?"":String(this.factor)})}};L("nmf-module",gn);
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
lit-html/directive.js:
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

lit-html/directive-helpers.js:
lit-html/directives/live.js:
lit-html/static.js:
  (**
   * @license
   * Copyright 2020 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
