var me=window,fe=me.ShadowRoot&&(me.ShadyCSS===void 0||me.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,qe=Symbol(),$t=new WeakMap,te=class{constructor(t,e,r){if(this._$cssResult$=!0,r!==qe)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o,e=this.t;if(fe&&t===void 0){let r=e!==void 0&&e.length===1;r&&(t=$t.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),r&&$t.set(e,t))}return t}toString(){return this.cssText}},re=s=>new te(typeof s=="string"?s:s+"",void 0,qe),ye=(s,...t)=>{let e=s.length===1?s[0]:t.reduce(((r,n,o)=>r+(i=>{if(i._$cssResult$===!0)return i.cssText;if(typeof i=="number")return i;throw Error("Value passed to 'css' function must be a 'css' function result: "+i+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(n)+s[o+1]),s[0]);return new te(e,s,qe)},Oe=(s,t)=>{fe?s.adoptedStyleSheets=t.map((e=>e instanceof CSSStyleSheet?e:e.styleSheet)):t.forEach((e=>{let r=document.createElement("style"),n=me.litNonce;n!==void 0&&r.setAttribute("nonce",n),r.textContent=e.cssText,s.appendChild(r)}))},ge=fe?s=>s:s=>s instanceof CSSStyleSheet?(t=>{let e="";for(let r of t.cssRules)e+=r.cssText;return re(e)})(s):s;var De,be=window,wt=be.trustedTypes,qr=wt?wt.emptyScript:"",kt=be.reactiveElementPolyfillSupport,Ue={toAttribute(s,t){switch(t){case Boolean:s=s?qr:null;break;case Object:case Array:s=s==null?s:JSON.stringify(s)}return s},fromAttribute(s,t){let e=s;switch(t){case Boolean:e=s!==null;break;case Number:e=s===null?null:Number(s);break;case Object:case Array:try{e=JSON.parse(s)}catch{e=null}}return e}},At=(s,t)=>t!==s&&(t==t||s==s),Be={attribute:!0,type:String,converter:Ue,reflect:!1,hasChanged:At},ze="finalized",T=class extends HTMLElement{constructor(){super(),this._$Ei=new Map,this.isUpdatePending=!1,this.hasUpdated=!1,this._$El=null,this._$Eu()}static addInitializer(t){var e;this.finalize(),((e=this.h)!==null&&e!==void 0?e:this.h=[]).push(t)}static get observedAttributes(){this.finalize();let t=[];return this.elementProperties.forEach(((e,r)=>{let n=this._$Ep(r,e);n!==void 0&&(this._$Ev.set(n,r),t.push(n))})),t}static createProperty(t,e=Be){if(e.state&&(e.attribute=!1),this.finalize(),this.elementProperties.set(t,e),!e.noAccessor&&!this.prototype.hasOwnProperty(t)){let r=typeof t=="symbol"?Symbol():"__"+t,n=this.getPropertyDescriptor(t,r,e);n!==void 0&&Object.defineProperty(this.prototype,t,n)}}static getPropertyDescriptor(t,e,r){return{get(){return this[e]},set(n){let o=this[t];this[e]=n,this.requestUpdate(t,o,r)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)||Be}static finalize(){if(this.hasOwnProperty(ze))return!1;this[ze]=!0;let t=Object.getPrototypeOf(this);if(t.finalize(),t.h!==void 0&&(this.h=[...t.h]),this.elementProperties=new Map(t.elementProperties),this._$Ev=new Map,this.hasOwnProperty("properties")){let e=this.properties,r=[...Object.getOwnPropertyNames(e),...Object.getOwnPropertySymbols(e)];for(let n of r)this.createProperty(n,e[n])}return this.elementStyles=this.finalizeStyles(this.styles),!0}static finalizeStyles(t){let e=[];if(Array.isArray(t)){let r=new Set(t.flat(1/0).reverse());for(let n of r)e.unshift(ge(n))}else t!==void 0&&e.push(ge(t));return e}static _$Ep(t,e){let r=e.attribute;return r===!1?void 0:typeof r=="string"?r:typeof t=="string"?t.toLowerCase():void 0}_$Eu(){var t;this._$E_=new Promise((e=>this.enableUpdating=e)),this._$AL=new Map,this._$Eg(),this.requestUpdate(),(t=this.constructor.h)===null||t===void 0||t.forEach((e=>e(this)))}addController(t){var e,r;((e=this._$ES)!==null&&e!==void 0?e:this._$ES=[]).push(t),this.renderRoot!==void 0&&this.isConnected&&((r=t.hostConnected)===null||r===void 0||r.call(t))}removeController(t){var e;(e=this._$ES)===null||e===void 0||e.splice(this._$ES.indexOf(t)>>>0,1)}_$Eg(){this.constructor.elementProperties.forEach(((t,e)=>{this.hasOwnProperty(e)&&(this._$Ei.set(e,this[e]),delete this[e])}))}createRenderRoot(){var t;let e=(t=this.shadowRoot)!==null&&t!==void 0?t:this.attachShadow(this.constructor.shadowRootOptions);return Oe(e,this.constructor.elementStyles),e}connectedCallback(){var t;this.renderRoot===void 0&&(this.renderRoot=this.createRenderRoot()),this.enableUpdating(!0),(t=this._$ES)===null||t===void 0||t.forEach((e=>{var r;return(r=e.hostConnected)===null||r===void 0?void 0:r.call(e)}))}enableUpdating(t){}disconnectedCallback(){var t;(t=this._$ES)===null||t===void 0||t.forEach((e=>{var r;return(r=e.hostDisconnected)===null||r===void 0?void 0:r.call(e)}))}attributeChangedCallback(t,e,r){this._$AK(t,r)}_$EO(t,e,r=Be){var n;let o=this.constructor._$Ep(t,r);if(o!==void 0&&r.reflect===!0){let i=(((n=r.converter)===null||n===void 0?void 0:n.toAttribute)!==void 0?r.converter:Ue).toAttribute(e,r.type);this._$El=t,i==null?this.removeAttribute(o):this.setAttribute(o,i),this._$El=null}}_$AK(t,e){var r;let n=this.constructor,o=n._$Ev.get(t);if(o!==void 0&&this._$El!==o){let i=n.getPropertyOptions(o),a=typeof i.converter=="function"?{fromAttribute:i.converter}:((r=i.converter)===null||r===void 0?void 0:r.fromAttribute)!==void 0?i.converter:Ue;this._$El=o,this[o]=a.fromAttribute(e,i.type),this._$El=null}}requestUpdate(t,e,r){let n=!0;t!==void 0&&(((r=r||this.constructor.getPropertyOptions(t)).hasChanged||At)(this[t],e)?(this._$AL.has(t)||this._$AL.set(t,e),r.reflect===!0&&this._$El!==t&&(this._$EC===void 0&&(this._$EC=new Map),this._$EC.set(t,r))):n=!1),!this.isUpdatePending&&n&&(this._$E_=this._$Ej())}async _$Ej(){this.isUpdatePending=!0;try{await this._$E_}catch(e){Promise.reject(e)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){var t;if(!this.isUpdatePending)return;this.hasUpdated,this._$Ei&&(this._$Ei.forEach(((n,o)=>this[o]=n)),this._$Ei=void 0);let e=!1,r=this._$AL;try{e=this.shouldUpdate(r),e?(this.willUpdate(r),(t=this._$ES)===null||t===void 0||t.forEach((n=>{var o;return(o=n.hostUpdate)===null||o===void 0?void 0:o.call(n)})),this.update(r)):this._$Ek()}catch(n){throw e=!1,this._$Ek(),n}e&&this._$AE(r)}willUpdate(t){}_$AE(t){var e;(e=this._$ES)===null||e===void 0||e.forEach((r=>{var n;return(n=r.hostUpdated)===null||n===void 0?void 0:n.call(r)})),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$Ek(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$E_}shouldUpdate(t){return!0}update(t){this._$EC!==void 0&&(this._$EC.forEach(((e,r)=>this._$EO(r,this[r],e))),this._$EC=void 0),this._$Ek()}updated(t){}firstUpdated(t){}};T[ze]=!0,T.elementProperties=new Map,T.elementStyles=[],T.shadowRootOptions={mode:"open"},kt?.({ReactiveElement:T}),((De=be.reactiveElementVersions)!==null&&De!==void 0?De:be.reactiveElementVersions=[]).push("1.6.3");var je,ve=window,W=ve.trustedTypes,St=W?W.createPolicy("lit-html",{createHTML:s=>s}):void 0,We="$lit$",I=`lit$${(Math.random()+"").slice(9)}$`,Lt="?"+I,Or=`<${Lt}>`,N=document,se=()=>N.createComment(""),oe=s=>s===null||typeof s!="object"&&typeof s!="function",Pt=Array.isArray,Dr=s=>Pt(s)||typeof s?.[Symbol.iterator]=="function",Ve=`[ 	
\f\r]`,ne=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Et=/-->/g,Mt=/>/g,R=RegExp(`>|${Ve}(?:([^\\s"'>=/]+)(${Ve}*=${Ve}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),_t=/'/g,Tt=/"/g,Ht=/^(?:script|style|textarea|title)$/i,Rt=s=>(t,...e)=>({_$litType$:s,strings:t,values:e}),h=Rt(1),C=Rt(2),q=Symbol.for("lit-noChange"),f=Symbol.for("lit-nothing"),It=new WeakMap,F=N.createTreeWalker(N,129,null,!1);function Ft(s,t){if(!Array.isArray(s)||!s.hasOwnProperty("raw"))throw Error("invalid template strings array");return St!==void 0?St.createHTML(t):t}var Br=(s,t)=>{let e=s.length-1,r=[],n,o=t===2?"<svg>":"",i=ne;for(let a=0;a<e;a++){let l=s[a],c,d,p=-1,u=0;for(;u<l.length&&(i.lastIndex=u,d=i.exec(l),d!==null);)u=i.lastIndex,i===ne?d[1]==="!--"?i=Et:d[1]!==void 0?i=Mt:d[2]!==void 0?(Ht.test(d[2])&&(n=RegExp("</"+d[2],"g")),i=R):d[3]!==void 0&&(i=R):i===R?d[0]===">"?(i=n??ne,p=-1):d[1]===void 0?p=-2:(p=i.lastIndex-d[2].length,c=d[1],i=d[3]===void 0?R:d[3]==='"'?Tt:_t):i===Tt||i===_t?i=R:i===Et||i===Mt?i=ne:(i=R,n=void 0);let m=i===R&&s[a+1].startsWith("/>")?" ":"";o+=i===ne?l+Or:p>=0?(r.push(c),l.slice(0,p)+We+l.slice(p)+I+m):l+I+(p===-2?(r.push(void 0),a):m)}return[Ft(s,o+(s[e]||"<?>")+(t===2?"</svg>":"")),r]},ie=class s{constructor({strings:t,_$litType$:e},r){let n;this.parts=[];let o=0,i=0,a=t.length-1,l=this.parts,[c,d]=Br(t,e);if(this.el=s.createElement(c,r),F.currentNode=this.el.content,e===2){let p=this.el.content,u=p.firstChild;u.remove(),p.append(...u.childNodes)}for(;(n=F.nextNode())!==null&&l.length<a;){if(n.nodeType===1){if(n.hasAttributes()){let p=[];for(let u of n.getAttributeNames())if(u.endsWith(We)||u.startsWith(I)){let m=d[i++];if(p.push(u),m!==void 0){let g=n.getAttribute(m.toLowerCase()+We).split(I),b=/([.?@])?(.*)/.exec(m);l.push({type:1,index:o,name:b[2],strings:g,ctor:b[1]==="."?Ge:b[1]==="?"?Qe:b[1]==="@"?Xe:G})}else l.push({type:6,index:o})}for(let u of p)n.removeAttribute(u)}if(Ht.test(n.tagName)){let p=n.textContent.split(I),u=p.length-1;if(u>0){n.textContent=W?W.emptyScript:"";for(let m=0;m<u;m++)n.append(p[m],se()),F.nextNode(),l.push({type:2,index:++o});n.append(p[u],se())}}}else if(n.nodeType===8)if(n.data===Lt)l.push({type:2,index:o});else{let p=-1;for(;(p=n.data.indexOf(I,p+1))!==-1;)l.push({type:7,index:o}),p+=I.length-1}o++}}static createElement(t,e){let r=N.createElement("template");return r.innerHTML=t,r}};function K(s,t,e=s,r){var n,o,i,a;if(t===q)return t;let l=r!==void 0?(n=e._$Co)===null||n===void 0?void 0:n[r]:e._$Cl,c=oe(t)?void 0:t._$litDirective$;return l?.constructor!==c&&((o=l?._$AO)===null||o===void 0||o.call(l,!1),c===void 0?l=void 0:(l=new c(s),l._$AT(s,e,r)),r!==void 0?((i=(a=e)._$Co)!==null&&i!==void 0?i:a._$Co=[])[r]=l:e._$Cl=l),l!==void 0&&(t=K(s,l._$AS(s,t.values),l,r)),t}var Ke=class{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){var e;let{el:{content:r},parts:n}=this._$AD,o=((e=t?.creationScope)!==null&&e!==void 0?e:N).importNode(r,!0);F.currentNode=o;let i=F.nextNode(),a=0,l=0,c=n[0];for(;c!==void 0;){if(a===c.index){let d;c.type===2?d=new ae(i,i.nextSibling,this,t):c.type===1?d=new c.ctor(i,c.name,c.strings,this,t):c.type===6&&(d=new Ye(i,this,t)),this._$AV.push(d),c=n[++l]}a!==c?.index&&(i=F.nextNode(),a++)}return F.currentNode=N,o}v(t){let e=0;for(let r of this._$AV)r!==void 0&&(r.strings!==void 0?(r._$AI(t,r,e),e+=r.strings.length-2):r._$AI(t[e])),e++}},ae=class s{constructor(t,e,r,n){var o;this.type=2,this._$AH=f,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=r,this.options=n,this._$Cp=(o=n?.isConnected)===null||o===void 0||o}get _$AU(){var t,e;return(e=(t=this._$AM)===null||t===void 0?void 0:t._$AU)!==null&&e!==void 0?e:this._$Cp}get parentNode(){let t=this._$AA.parentNode,e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=K(this,t,e),oe(t)?t===f||t==null||t===""?(this._$AH!==f&&this._$AR(),this._$AH=f):t!==this._$AH&&t!==q&&this._(t):t._$litType$!==void 0?this.g(t):t.nodeType!==void 0?this.$(t):Dr(t)?this.T(t):this._(t)}k(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}$(t){this._$AH!==t&&(this._$AR(),this._$AH=this.k(t))}_(t){this._$AH!==f&&oe(this._$AH)?this._$AA.nextSibling.data=t:this.$(N.createTextNode(t)),this._$AH=t}g(t){var e;let{values:r,_$litType$:n}=t,o=typeof n=="number"?this._$AC(t):(n.el===void 0&&(n.el=ie.createElement(Ft(n.h,n.h[0]),this.options)),n);if(((e=this._$AH)===null||e===void 0?void 0:e._$AD)===o)this._$AH.v(r);else{let i=new Ke(o,this),a=i.u(this.options);i.v(r),this.$(a),this._$AH=i}}_$AC(t){let e=It.get(t.strings);return e===void 0&&It.set(t.strings,e=new ie(t)),e}T(t){Pt(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,r,n=0;for(let o of t)n===e.length?e.push(r=new s(this.k(se()),this.k(se()),this,this.options)):r=e[n],r._$AI(o),n++;n<e.length&&(this._$AR(r&&r._$AB.nextSibling,n),e.length=n)}_$AR(t=this._$AA.nextSibling,e){var r;for((r=this._$AP)===null||r===void 0||r.call(this,!1,!0,e);t&&t!==this._$AB;){let n=t.nextSibling;t.remove(),t=n}}setConnected(t){var e;this._$AM===void 0&&(this._$Cp=t,(e=this._$AP)===null||e===void 0||e.call(this,t))}},G=class{constructor(t,e,r,n,o){this.type=1,this._$AH=f,this._$AN=void 0,this.element=t,this.name=e,this._$AM=n,this.options=o,r.length>2||r[0]!==""||r[1]!==""?(this._$AH=Array(r.length-1).fill(new String),this.strings=r):this._$AH=f}get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}_$AI(t,e=this,r,n){let o=this.strings,i=!1;if(o===void 0)t=K(this,t,e,0),i=!oe(t)||t!==this._$AH&&t!==q,i&&(this._$AH=t);else{let a=t,l,c;for(t=o[0],l=0;l<o.length-1;l++)c=K(this,a[r+l],e,l),c===q&&(c=this._$AH[l]),i||(i=!oe(c)||c!==this._$AH[l]),c===f?t=f:t!==f&&(t+=(c??"")+o[l+1]),this._$AH[l]=c}i&&!n&&this.j(t)}j(t){t===f?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},Ge=class extends G{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===f?void 0:t}},Ur=W?W.emptyScript:"",Qe=class extends G{constructor(){super(...arguments),this.type=4}j(t){t&&t!==f?this.element.setAttribute(this.name,Ur):this.element.removeAttribute(this.name)}},Xe=class extends G{constructor(t,e,r,n,o){super(t,e,r,n,o),this.type=5}_$AI(t,e=this){var r;if((t=(r=K(this,t,e,0))!==null&&r!==void 0?r:f)===q)return;let n=this._$AH,o=t===f&&n!==f||t.capture!==n.capture||t.once!==n.once||t.passive!==n.passive,i=t!==f&&(n===f||o);o&&this.element.removeEventListener(this.name,this,n),i&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){var e,r;typeof this._$AH=="function"?this._$AH.call((r=(e=this.options)===null||e===void 0?void 0:e.host)!==null&&r!==void 0?r:this.element,t):this._$AH.handleEvent(t)}},Ye=class{constructor(t,e,r){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=r}get _$AU(){return this._$AM._$AU}_$AI(t){K(this,t)}};var Ct=ve.litHtmlPolyfillSupport;Ct?.(ie,ae),((je=ve.litHtmlVersions)!==null&&je!==void 0?je:ve.litHtmlVersions=[]).push("2.8.0");var Nt=(s,t,e)=>{var r,n;let o=(r=e?.renderBefore)!==null&&r!==void 0?r:t,i=o._$litPart$;if(i===void 0){let a=(n=e?.renderBefore)!==null&&n!==void 0?n:null;o._$litPart$=i=new ae(t.insertBefore(se(),a),a,void 0,e??{})}return i._$AI(s),i};var Ze,Je;var Q=class extends T{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){var t,e;let r=super.createRenderRoot();return(t=(e=this.renderOptions).renderBefore)!==null&&t!==void 0||(e.renderBefore=r.firstChild),r}update(t){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=Nt(e,this.renderRoot,this.renderOptions)}connectedCallback(){var t;super.connectedCallback(),(t=this._$Do)===null||t===void 0||t.setConnected(!0)}disconnectedCallback(){var t;super.disconnectedCallback(),(t=this._$Do)===null||t===void 0||t.setConnected(!1)}render(){return q}};Q.finalized=!0,Q._$litElement$=!0,(Ze=globalThis.litElementHydrateSupport)===null||Ze===void 0||Ze.call(globalThis,{LitElement:Q});var qt=globalThis.litElementPolyfillSupport;qt?.({LitElement:Q});((Je=globalThis.litElementVersions)!==null&&Je!==void 0?Je:globalThis.litElementVersions=[]).push("3.3.3");function zr(s){let t=s;return t!=null&&typeof t=="object"&&typeof t.data=="string"&&Array.isArray(t.shape)&&(t.dtype==="uint10"||t.dtype==="float32")}function jr(s){let t=Uint8Array.fromBase64;if(t)return t(s);let e=atob(s),r=new Uint8Array(e.length);for(let n=0;n<e.length;n++)r[n]=e.charCodeAt(n);return r}var Vr=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Wr(s,t){if(s.byteLength!==t*4)throw new Error(`encoded float32 array has ${s.byteLength} bytes; its shape needs ${t*4}.`);if(Vr)return new Float32Array(s.buffer.slice(s.byteOffset,s.byteOffset+t*4));let e=new DataView(s.buffer,s.byteOffset,s.byteLength),r=new Float32Array(t);for(let n=0;n<t;n++)r[n]=e.getFloat32(4*n,!0);return r}function Kr(s,t,e){let r=t+Math.ceil(t/4);if(s.byteLength!==r)throw new Error(`encoded uint10 array has ${s.byteLength} bytes; its shape needs ${r}.`);if(!(e>0))throw new Error(`uint10 array needs a positive scale, got ${e}.`);let n=new Float32Array(1024);for(let a=0;a<1024;a++)n[a]=a/e;let o=new Float32Array(t),i=t-t%4;for(let a=0,l=t;a<i;a+=4,l++){let c=s[l];o[a]=n[s[a]|(c&192)<<2],o[a+1]=n[s[a+1]|(c&48)<<4],o[a+2]=n[s[a+2]|(c&12)<<6],o[a+3]=n[s[a+3]|(c&3)<<8]}for(let a=i;a<t;a++){let l=s[t+(a>>2)]>>6-2*(a&3)&3;o[a]=n[s[a]|l<<8]}return o}function L(s){if(!zr(s))throw new Error("expected an encoded array {dtype, shape, scale, data}.");let t=jr(s.data),e=s.shape.reduce((n,o)=>n*o,1),r=s.dtype==="uint10"?Kr(t,e,s.scale??0):Wr(t,e);return{shape:[...s.shape],values:r}}var xe="attention",$e="neuron_view",we="nmf";function y(s,t,e){if(!(t in s))throw new Error(`${e} response has no '${t}' field.`);return s[t]}function O(s,t,e){if(!(t.length===e.length&&t.every((n,o)=>e[o]<0||n===e[o]))){let n=e.map(o=>o<0?"?":o).join(", ");throw new Error(`${s} has shape (${t.join(", ")}); expected (${n}).`)}}function et(s,t,e){if(!Array.isArray(t)||t.length!==e){let r=Array.isArray(t)?t.length:typeof t;throw new Error(`${s} has ${r} entries but there are ${e} tokens.`)}}function tt(s,t){let e=y(s,"tokens",t),r={tokens:e,displayTokens:y(s,"display_tokens",t),specialTokens:y(s,"special_tokens",t),segmentIds:y(s,"segment_ids",t)};return et("display_tokens",r.displayTokens,e.length),et("special_tokens",r.specialTokens,e.length),et("segment_ids",r.segmentIds,e.length),r}var ke="Special tokens: the tokenizer's markup, such as [CLS], [SEP], <s>, </s> and padding. Unknown-word tokens ([UNK], <unk>) stand for real text, such as an emoji, and are not special.";function x(s,t){let e=s.displayTokens[t],r=s.tokens[t];return r===e?`${e} (#${t})`:`${e} (#${t}, token ${r})`}function Ot(s){let t=s,e=`'${xe}' interpreter`,r=tt(t,e),n=y(t,"layers",e),o=y(t,"num_heads",e),i=L(y(t,"attention",e)),a=r.tokens.length;O("attention",i.shape,[n.length,o,a,a]);let l=o*a*a,c=n.map((p,u)=>i.values.subarray(u*l,(u+1)*l)),d=typeof t.num_layers=="number"?t.num_layers:null;return{...r,layers:n,numHeads:o,numLayers:d,weights:c}}function Gr(s,t,e){let r=s,n=y(r,"name",`${e} term`),o=L(y(r,"values",`${e} term '${n}'`));return O(`term '${n}'`,o.shape,[t,t]),{name:n,label:String(r.label??n),description:String(r.description??""),values:o.values}}function Dt(s){let t=s,e=`'${$e}' interpreter`,r=tt(t,e),n=r.tokens.length,o=L(y(t,"query",e)),i=L(y(t,"key",e)),a=L(y(t,"attention",e));O("query",o.shape,[n,-1]),O("key",i.shape,o.shape),O("attention",a.shape,[n,n]);let l=y(t,"key_allowed",e),c=null;if(l!=null){let p=L(l);O("key_allowed",p.shape,[n,n]),c=Uint8Array.from(p.values,u=>u>.5?1:0)}let d=y(t,"scale",e);if(!(typeof d=="number"&&Number.isFinite(d)))throw new Error(`${e} response has scale ${d}; expected a finite number.`);return{...r,layer:y(t,"layer",e),head:y(t,"head",e),headDim:o.shape[1],query:o.values,key:i.values,scale:d,scaleLabel:y(t,"scale_label",e),positionTransform:y(t,"position_transform",e),terms:y(t,"terms",e).map(p=>Gr(p,n,e)),keyAllowed:c,attention:a.values}}function Bt(s){let t=s,e=`'${we}' interpreter`,r=tt(t,e),n=r.tokens,o=L(y(t,"factors",e));O("factors",o.shape,[-1,n.length]);let i=o.shape[0],a=y(t,"top_neurons",e),l=y(t,"layer_share",e);if(a.length!==i||l.length!==i)throw new Error(`nmf response has ${i} factors but ${a.length} neuron lists and ${l.length} layer shares.`);return{...r,tokenMask:t.token_mask??n.map(()=>!0),layers:y(t,"layers",e),k:i,factors:o.values,topNeurons:a,layerShare:l,reconstructionError:Number(t.reconstruction_error??NaN)}}var Se="head_importance",Ee="ablated_prediction",le="layer_predictions",Me="faithfulness";function Qr(s,t){return Array.isArray(s)&&(t==null||s.length===t)&&s.every(e=>typeof e=="number"&&Number.isFinite(e))}function Ae(s,t,e){if(!Qr(s,e)){let r=e==null?"":`${e} `;throw new Error(`${t} is not a list of ${r}finite numbers.`)}return s}function Ut(s,t,e,r){if(!Array.isArray(s)||s.length!==e)throw new Error(`${t} has ${Array.isArray(s)?s.length:"no"} rows; expected ${e}.`);return s.map((n,o)=>Ae(n,`${t} row ${o}`,r))}var zt=["ablation","gradient"];function jt(s){let t=s,e=`'${Se}' interpreter`,r=y(t,"num_layers",e),n=y(t,"num_heads",e);return{method:y(t,"method",e),numLayers:r,numHeads:n,importance:Ut(y(t,"importance",e),"importance",r,n),label:y(t,"label",e),probability:y(t,"probability",e)}}function Vt(s){let t=s,e=`'${Ee}' interpreter`,r=y(t,"labels",e);return{labels:r,probas:Ae(y(t,"probas",e),"probas",r.length),probasAblated:Ae(y(t,"probas_ablated",e),"probas_ablated",r.length),heads:y(t,"heads",e)}}function nt(s){let t=s,e=`'${le}' interpreter`,r=y(t,"labels",e),n=y(t,"layers",e);return{labels:r,layers:n,probas:Ut(y(t,"probas",e),"probas",n.length,r.length)}}function rt(s,t){if(s==null)return null;if(typeof s!="number"||!Number.isFinite(s))throw new Error(`${t} is ${String(s)}; expected a finite number or null.`);return s}function Wt(s){let t=s,e=`'${Me}' interpreter`,r=y(t,"methods",e).map(n=>{let o=y(n,"name",`${e} method`);return{name:o,comprehensiveness:rt(n.comprehensiveness,`${o} comprehensiveness`),sufficiency:rt(n.sufficiency,`${o} sufficiency`),kendallTau:rt(n.kendall_tau,`${o} kendall_tau`),...n.error==null?{}:{error:String(n.error)}}});return{label:y(t,"label",e),probability:y(t,"probability",e),fractions:Ae(y(t,"fractions",e),"fractions"),methods:r}}var Gt=Symbol.for(""),Xr=s=>{if(s?.r===Gt)return s?._$litStatic$},Qt=s=>({_$litStatic$:s,r:Gt});var Kt=new Map,Xt=s=>(t,...e)=>{let r=e.length,n,o,i=[],a=[],l,c=0,d=!1;for(;c<r;){for(l=t[c];c<r&&(o=e[c],(n=Xr(o))!==void 0);)l+=n+t[++c],d=!0;c!==r&&a.push(o),i.push(l),c++}if(c===r&&i.push(t[r]),d){let p=i.join("$$lit$$");(t=Kt.get(p))===void 0&&(i.raw=i,Kt.set(p,t=i)),e=a}return s(t,...e)},Yt=Xt(h),rs=Xt(C);var Zt=`/* Layout and status styles shared by lit-ext's modules. */
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
`;var _e="classification-module";function Zr(s){let t=s.prototype;return Object.prototype.hasOwnProperty.call(t,"renderImpl")&&Object.prototype.hasOwnProperty.call(t,"loadLatest")&&Object.prototype.hasOwnProperty.call(s,"shouldDisplayModule")}function Jr(){let s=customElements.get(_e);if(s==null)throw new Error(`lit-ext: LIT's <${_e}> is not defined; load lit-ext's bundle right after LIT's main.js.`);let t=s;for(;t!=null&&t!==HTMLElement;){if(Zr(t))return t;t=Object.getPrototypeOf(t)}throw new Error(`lit-ext: could not find LIT's LitModule class above <${_e}>; this LIT version is not supported.`)}var Jt=Jr(),er=(()=>{let t=customElements.get(_e)?.styles;return Array.isArray(t)&&t.length>0?[t[0]]:[]})();function P(s,t){return Object.values(s).some(e=>e.interpreters?.includes(t))}function tr(s){let e=(s instanceof Error?s.message:String(s)).split(`

Details:`)[0].replace(/^Uncaught error:\s*/,"").trim();return e.length>500?`${e.slice(0,500)}…`:e||"Unknown error"}function k(s){return[er,ye`${re(Zt)}`,ye`${re(s)}`]}var X="main",$=class extends Jt{constructor(){super();this.requestSeqs=new Map;this.requestsInFlight=new Set;this.requestErrors=new Map;this.data=null}static{this.duplicateForExampleComparison=!0}static{this.duplicateForModelComparison=!0}static{this.properties={data:{state:!0}}}get inputs(){let e=this.selectedInput;return e==null?[]:[e]}accept(e){this.data=e}inputsChanged(){}renderControls(){return f}get loadingMessage(){return"Loading…"}hasInterpreter(e){return this.appState.currentModelInfos[this.model]?.interpreters?.includes(e)??!1}get selectedInput(){return this.selectionService.primarySelectedInputData}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.inputs,this.model],()=>{this.inputsChanged(),this.reload()})}async reload(){let e=this.inputs;if(e.length===0){this.cancel(X),this.data=null;return}let r=await this.request(X,this.load(e));r!=null&&this.accept(r)}async request(e,r){let n=(this.requestSeqs.get(e)??0)+1;this.requestSeqs.set(e,n),this.requestsInFlight.add(e),this.requestErrors.delete(e),this.requestUpdate();let o=()=>this.requestSeqs.get(e)===n;try{let i=await this.loadLatest(e,r);return o()?(this.requestsInFlight.delete(e),this.requestUpdate(),i):null}catch(i){return o()&&(this.requestsInFlight.delete(e),this.requestErrors.set(e,tr(i)),this.setIsLoading(!1),this.requestUpdate()),null}}cancel(e){this.requestSeqs.set(e,(this.requestSeqs.get(e)??0)+1),this.requestsInFlight.delete(e),this.requestErrors.delete(e),this.requestUpdate()}isLoading(e=X){return this.requestsInFlight.has(e)}errorOf(e=X){return this.requestErrors.get(e)??null}stateOf(e,r){return this.requestErrors.has(e)?"error":this.requestsInFlight.has(e)?"loading":r?"ready":"empty"}renderStatus(e,r=null,n="Loading…"){let o=this.errorOf(e);return o?h`<div class="status error" role="alert">${o}</div>`:this.isLoading(e)?h`<div class="status" role="status"><div class="spinner"></div>${n}</div>`:r?h`<div class="status hint">${r}</div>`:f}renderImpl(){let e=this.data==null&&this.inputs.length===0?this.emptyMessage:null;return h`
      <div class="module-container">
        ${this.renderControls()}
        <div class="body">
          ${this.renderStatus(X,e,this.loadingMessage)}
          ${this.data!=null&&!this.errorOf()?this.renderData(this.data):f}
        </div>
      </div>`}updated(e){super.updated(e),this.dataset.state=this.stateOf(X,this.data!=null)}};function A(s,t){let e=Qt(s);t.template=(r,n,o)=>Yt`<${e} model=${r} .shouldReact=${o}
          selectionServiceIndex=${n}></${e}>`,customElements.define(s,t)}var Y=class{constructor(t){this.onChange=t;this.progress=null;this.controller=null}get running(){return this.controller!=null}async track(t){this.stop();let e=new AbortController;this.controller=e,this.onChange();let r=(n,o)=>{e.signal.aborted||(this.progress=[n,o],this.onChange())};try{return await t({signal:e.signal,onProgress:r})}finally{this.controller===e&&(this.controller=null,this.progress=null,this.onChange())}}stop(){this.controller!=null&&(this.controller.abort(),this.controller=null,this.progress=null,this.onChange())}};function en(s,t){if(!(t>=1))throw new Error(`batch size must be at least 1, got ${t}`);let e=[];for(let r=0;r<s.length;r+=t)e.push(s.slice(r,r+t));return e}async function D(s,t,e,r,n,o,i={}){let a=Math.min(i.batchSize??32,32),l=[];i.onProgress?.(0,t.length);for(let c of en(t,a)){i.signal?.throwIfAborted();let d=await s.getInterpretations(c,e,r,n,o,i.message,!0);if(!Array.isArray(d)||d.length!==c.length)throw new Error(`'${n}' returned ${Array.isArray(d)?d.length:"no"} results for ${c.length} examples.`);l.push(...d),i.onBatch?.(c,d),i.onProgress?.(l.length,t.length)}return l}var rr=`.scope {
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
`;function B(s){let t=0;for(let e=1;e<s.length;e++)s[e]>s[t]&&(t=e);return t}function Te(s){return s.reduce((t,e)=>t+e,0)/s.length}var ce=[{key:"comprehensiveness",label:"Comprehensiveness",higherIsBetter:!0,definition:"how much the predicted class's probability drops when the method's top words are deleted, averaged over the fractions of words removed (AOPC)"},{key:"sufficiency",label:"Sufficiency",higherIsBetter:!1,definition:"how much it drops when only the top words are kept (AOPC)"},{key:"kendallTau",label:"Kendall τ",higherIsBetter:!0,definition:"rank correlation of the method's word scores with leave-one-out importance (the drop when that word alone is deleted)"}];function nr(s){let t=new Map;for(let e of s)for(let r of e.methods)t.set(r.name,[...t.get(r.name)??[],r]);return[...t].map(([e,r])=>{let n={name:e,comprehensiveness:null,sufficiency:null,kendallTau:null,counts:{comprehensiveness:0,sufficiency:0,kendallTau:0},refused:r.filter(o=>o.error!=null).length,errors:[...new Set(r.flatMap(o=>o.error==null?[]:[o.error]))]};for(let{key:o}of ce){let i=r.map(a=>a[o]).filter(a=>a!=null);n.counts[o]=i.length,n[o]=i.length?Te(i):null}return n})}function sr(s,t){let r=ce.find(n=>n.key===t).higherIsBetter?-1:1;return[...s].sort((n,o)=>{let i=n[t],a=o[t];return i==null||a==null?(i==null?1:0)-(a==null?1:0):r*(i-a)})}var rn=4,or="random";function nn(s){return`${Math.round(s*100)}%`}var st=class extends ${constructor(){super();this.scores=new Map;this.run=new Y(()=>this.requestUpdate());this.emptyMessage="Select examples to score the salience methods on them, or score the whole dataset.";this.scope="selection",this.excluded=new Set,this.sortKey="comprehensiveness"}static{this.title="Faithfulness of Salience Maps"}static{this.infoMarkdown=`Which salience map to trust (ERASER, DeYoung et al. 2020), for each salience method averaged over the examples; words are deleted from the text, top-scored first.

* **Comprehensiveness** (higher is better): p(predicted class | text) − p(predicted class | text without the method's top words), averaged over removing the top 10, 20 and 50% of the words (AOPC). Deleting truly important words should hurt.
* **Sufficiency** (lower is better): p(predicted class | text) − p(predicted class | only the top words), averaged the same way. The top words alone should be enough.
* **Kendall τ** (higher is better): rank correlation between the method's word scores and leave-one-out importance (the drop when that word alone is deleted).

The **random** row scores words at random: a method that does not beat it explains nothing about this model. Subword scores are summed into words.`}static{this.numCols=6}static{this.duplicateForExampleComparison=!1}static shouldDisplayModule(e){return P(e,Me)}static{this.styles=k(rr)}static{this.properties={scope:{state:!0},excluded:{state:!0},sortKey:{state:!0}}}get inputs(){return this.scope==="dataset"?this.appState.currentInputData:this.selectionService.selectedInputData}disconnectedCallback(){super.disconnectedCallback(),this.run.stop()}get methods(){let e=this.appState.metadata?.interpreters??{};return(this.appState.currentModelInfos[this.model]?.interpreters??[]).filter(n=>Object.values(e[n]?.metaSpec??{}).some(o=>o?.name==="TokenSalience"))}get methodsConfig(){return this.excluded.size?this.methods.filter(e=>!this.excluded.has(e)).join(","):""}async load(e){let r=this.methodsConfig,n=[this.model,this.appState.currentDataset,r].join("\0"),o=a=>`${n}\0${a.id}`,i=e.filter(a=>!this.scores.has(o(a)));return await this.run.track(a=>D(this.apiService,i,this.model,this.appState.currentDataset,Me,{methods:r},{...a,batchSize:rn,message:"Scoring the faithfulness of salience maps",onBatch:(l,c)=>c.forEach((d,p)=>this.scores.set(o(l[p]),Wt(d)))})),e.map(a=>this.scores.get(o(a)))}get loadingMessage(){let[e,r]=this.run.progress??[0,0];return r?`Scoring examples: ${e} / ${r}…`:"Scoring…"}setScope(e){this.scope=e,this.reload()}toggleMethod(e){let r=new Set(this.excluded);r.delete(e)||r.add(e),!(r.size>=this.methods.length)&&(this.excluded=r,this.reload())}renderControls(){let e=this.selectionService.selectedInputData.length,r=this.appState.currentInputData.length,n=this.run.progress;return h`
      <div class="toolbar">
        <span class="scope" role="group" aria-label="Examples">
          <button class="hairline-button scope-selection ${this.scope==="selection"?"on":""}"
              @click=${()=>this.setScope("selection")}>Selected (${e})</button>
          <button class="hairline-button scope-dataset ${this.scope==="dataset"?"on":""}"
              @click=${()=>this.setScope("dataset")}>All ${r} examples</button>
        </span>
        ${n?h`
          <progress max=${n[1]} value=${n[0]}></progress>
          <button class="hairline-button stop" @click=${()=>this.setScope("selection")}
              ?hidden=${this.scope!=="dataset"}>Stop</button>`:f}
      </div>
      <div class="methods" role="group" aria-label="Salience methods">
        <span class="hint">Methods</span>
        ${this.methods.map(o=>h`
          <label><input type="checkbox" class="method" data-method=${o}
              .checked=${!this.excluded.has(o)} @change=${()=>this.toggleMethod(o)}
              >${o}</label>`)}
      </div>`}renderData(e){if(e.length===0)return f;let r=sr(nr(e),this.sortKey),n=e[0].fractions.map(nn).join(", "),o=`${e.length} example${e.length===1?"":"s"}`;return h`
      <div class="hint summary">Mean over ${o}; top ${n} of the words removed.
        Click a column to rank by it.</div>
      <table class="faithfulness">
        <thead>
          <tr>
            <th>Method</th>
            ${ce.map(i=>h`
              <th class="num sortable ${i.key===this.sortKey?"sorted":""}"
                  data-col=${i.key} title=${`${i.label}: ${i.definition}; ${i.higherIsBetter?"higher":"lower"} is better`}
                  @click=${()=>this.sortKey=i.key}>
                ${i.label} ${i.higherIsBetter?"↑":"↓"}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${r.map(i=>h`
            <tr data-method=${i.name} class=${i.name===or?"baseline":""}>
              <td>${i.name===or?"random (baseline)":i.name}${i.refused?h`
                <span class="refused" title=${i.errors.join(`
`)}>refused ${i.refused} of ${e.length}</span>`:f}</td>
              ${ce.map(({key:a})=>{let l=i[a],c=`over ${i.counts[a]} of ${e.length} examples`;return h`<td class="num" data-col=${a}
                    title=${l==null?"undefined on every example":`${l.toPrecision(6)} ${c}`}>${l==null?"–":l.toFixed(3)}</td>`})}
            </tr>`)}
        </tbody>
      </table>`}updated(e){super.updated(e),Object.assign(this.dataset,{scope:this.scope,sortKey:this.sortKey,methods:this.methodsConfig,examples:String(this.data?.length??0)})}};A("faithfulness-module",st);var sn=/^(\[(CLS|SEP|PAD|MASK)\]|<\/?s>|<pad>|<mask>|<cls>|<sep>)$/;function ot(s){return sn.test(s)}function ir(s){return ot(s)?s:s.replace(/^##(?=.)/,"").replace(/<\/w>$/,"").replace(/^[Ġ▁]+/,"")||"␣"}function ar(s){let t=s.findIndex(e=>e==="[SEP]"||e==="</s>");return s.map((e,r)=>t>=0&&r>t?1:0)}function on(s){let t=s.spec?.output??{},e=new Map;for(let[c,d]of Object.entries(t))d?.name!=="AttentionHeads"||!d.align_in||!(d.align_in in t)||e.set(d.align_in,[...e.get(d.align_in)??[],c]);let r=null;for(let c of e)(r==null||c[1].length>r[1].length)&&(r=c);if(r==null)return null;let[n,o]=r,i=o.map((c,d)=>{let p=/(\d+)/.exec(c);return[p?Number(p[1]):d,c]}),l=new Set(i.map(([c])=>c)).size===i.length?i.sort((c,d)=>c[0]-d[0]):o.map((c,d)=>[d,c]);return{tokensField:n,layers:l}}function z(s){if(s==null)return null;if(s.interpreters?.includes(xe))return{kind:"interpreter"};let t=on(s);return t?{kind:"predictions",...t}:null}function Ce(s){return Object.values(s).some(t=>z(t)!=null)}var an=8,U=new Map,Ie=new Map,it=new Map;function ln(s,t){for(U.delete(s),U.set(s,t);U.size>an;)U.delete(U.keys().next().value)}function cn(s,t){if(s==null)return!1;let e=t??s.allLayers;return e!=null&&e.every(r=>s.layers.has(r))}function dn(s,t,e){let r=s;if(!Array.isArray(r)||r.some(o=>!Array.isArray(o)||o.length!==t)){let o=Array.isArray(r)&&Array.isArray(r[0])?r[0].length:"?";throw new Error(`${e} has ${o} positions but the tokens have ${t}.`)}let n=new Float32Array(r.length*t*t);return r.forEach((o,i)=>o.forEach((a,l)=>{if(a.length!==t)throw new Error(`${e} row ${l} has ${a.length} values, not ${t}.`);n.set(a,(i*t+l)*t)})),[r.length,n]}async function hn(s,t,e,r,n){let o=n.layers.map(([,d])=>d),[i]=await s.getPreds([r],e,t,[],[n.tokensField,...o],"Fetching attention"),a=i[n.tokensField],l=new Map,c=0;for(let[d,p]of n.layers){let[u,m]=dn(i[p],a.length,p);c=u,l.set(d,m)}return{tokens:a,displayTokens:a.map(ir),specialTokens:a.map(ot),segmentIds:ar(a),numHeads:c,allLayers:n.layers.map(([d])=>d),layers:l,source:"predictions"}}async function un(s,t,e,r,n){let o=n?{layers:n}:{},[i]=await s.getInterpretations([r],e,t,xe,o,"Fetching attention",!0),a=Ot(i),l=a.numLayers!=null?Array.from({length:a.numLayers},(c,d)=>d):n==null?a.layers:it.get(e)??null;return l&&it.set(e,l),{tokens:a.tokens,displayTokens:a.displayTokens,specialTokens:a.specialTokens,segmentIds:a.segmentIds,numHeads:a.numHeads,allLayers:l,layers:new Map(a.layers.map((c,d)=>[c,a.weights[d]])),source:"interpreter"}}function pn(){return new Promise(s=>setTimeout(s,0))}async function Z(s,t,e,r,n,o){let i=`${e}\0${t}\0${n.id}`,a=U.get(i);if(cn(a,o))return a;let l=r.kind==="interpreter"&&o!=null&&it.has(e)?o:null,c=`${i}\0${l?.join(",")??"all"}`,d=Ie.get(c);return d==null&&(d=(l==null?pn().then(()=>Promise.allSettled([...Ie].filter(([u])=>u.startsWith(`${i}\0`)&&u!==c).map(([,u])=>u))):Promise.resolve()).then(()=>r.kind==="interpreter"?un(s,t,e,n,l):hn(s,t,e,n,r)).then(u=>{let m=U.get(i);return m&&(u.layers.forEach((g,b)=>m.layers.set(b,g)),m.allLayers??=u.allLayers,u=m),ln(i,u),u}).finally(()=>Ie.delete(c)),Ie.set(c,d)),d}var lr=["#d62728","#1f5fd6","#2ca02c","#ff7f0e","#8e44ad","#17a2b8","#e6399b","#8c564b","#556b2f","#000080","#b8860b","#7f7f7f","#00a087","#b22d5b","#5b3fd6","#6b8e23"];function w(s){return s<lr.length?lr[s]:`hsl(${(s*137.508%360).toFixed(1)}, 65%, 42%)`}function at(s){if(s.startsWith("#")){let i=parseInt(s.slice(1),16);return[i>>16&255,i>>8&255,i&255]}let[t,e,r]=(s.match(/[\d.]+/g)??["0","0","0"]).map(Number),n=e/100*Math.min(r/100,1-r/100),o=i=>{let a=(i+t/30)%12;return Math.round(255*(r/100-n*Math.max(-1,Math.min(a-3,9-a,1))))};return[o(0),o(8),o(4)]}function J(s,t){let[e,r,n]=at(s);return`rgba(${e}, ${r}, ${n}, ${t.toFixed(3)})`}var dr=[33,102,172],hr=[202,72,34];function de(s,t){let e=t>0?Math.min(1,Math.abs(s)/t):0,[r,n,o]=s>=0?dr:hr;return[Math.round(255+(r-255)*e),Math.round(255+(n-255)*e),Math.round(255+(o-255)*e)]}function j([s,t,e]){return`rgb(${s}, ${t}, ${e})`}var cr=[128,134,139];function lt(s,t){let e=t>0?Math.min(1,Math.abs(s)/t):0,r=s>=0?dr:hr;return[0,1,2].map(n=>Math.round(cr[n]+(r[n]-cr[n])*e))}var V="head-focus",ct=class extends EventTarget{constructor(){super(...arguments);this.current=null}get focus(){return this.current}focusHead(e){this.current={...e},this.dispatchEvent(new CustomEvent(V,{detail:{...e}}))}},E=new ct;var ur=`.heads {
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
`;var M=64,fn=12e3,S=8,yn=150,mr=s=>`${s}px Roboto, sans-serif`;function gn(s){return s<=40?[20,13]:s<=128?[16,12]:[13,10]}function fr(s,t,e){let[r,n]=gn(t.visible.length);s.font=mr(n);let o=20;for(let m of t.visible)o=Math.max(o,s.measureText(t.labels[m]).width);o=Math.min(yn,Math.ceil(o));let i=Math.min(8,r-6),l=t.numHeads*(i+1)+S+o+S,c=Math.max(80,Math.min(360,e-2*l)),d=Math.max(0,Math.floor((e-c-2*l)/2)),p=new Int32Array(t.tokens.length).fill(-1);t.visible.forEach((m,g)=>p[m]=g);let u=6;return{width:Math.max(e,c+2*l),height:u*2+t.visible.length*r,rowHeight:r,fontSize:n,top:u,leftTextRight:d+l-S,rightTextLeft:d+l+c+S,textWidth:o,squareSize:i,rowOf:p}}function dt(s){return s==="all"?null:[s[0]==="A"?0:1,s[1]==="A"?0:1]}function bn(s,t,e){let r=dt(s.filter);return r==null||s.segmentIds[t]===r[0]&&s.segmentIds[e]===r[1]}function Le(s,t){return s.top+s.rowOf[t]*s.rowHeight+s.rowHeight/2}function pr(s,t){let e=s.tokens.length,{weights:r,visible:n,active:o,threshold:i}=s,a=dt(s.filter),l=s.segmentIds,c=o?.side==="left"?[o.index]:n,d=o?.side==="right"?[o.index]:n;for(let p of s.heads){let u=p*e*e;for(let m of c){if(a&&l[m]!==a[0])continue;let g=u+m*e;for(let b of d){if(a&&l[b]!==a[1])continue;let v=r[g+b];v>=i&&v>0&&t(p,m,b,Math.min(M,Math.max(1,Math.round(v*M))))}}}}function yr(s,t,e){s.clearRect(0,0,e.width,e.height);let r=new Int32Array(M+1);pr(t,(u,m,g,b)=>r[b]++);let n=1,o=0;for(let u=M;u>=1;u--){if(o>0&&o+r[u]>fn){n=u+1;break}o+=r[u]}let i=0;for(let u=1;u<=M;u++)i+=r[u];let a=e.leftTextRight+S/2,l=e.rightTextLeft-S/2,c=new Float64Array(t.tokens.length);for(let u of t.visible)c[u]=Le(e,u);let d=new Map;pr(t,(u,m,g,b)=>{if(b<n)return;let v=u*(M+1)+b,H=d.get(v);H==null&&d.set(v,H=new Path2D),H.moveTo(a,c[m]),H.lineTo(l,c[g])}),s.lineWidth=1;for(let[u,m]of d){let g=Math.floor(u/(M+1)),b=u%(M+1);s.strokeStyle=J(t.headColors[g],b/M),s.stroke(m)}let p=n>1?(n-.5)/M:t.threshold;return{lines:o,overBudget:i-o,cutoff:p}}function vn(s,t,e){if(s.measureText(t).width<=e)return t;let r=t.length;for(;r>1&&s.measureText(`${t.slice(0,r)}…`).width>e;)r--;return`${t.slice(0,r)}…`}function xn(s,t,e){let r=[];s.font=mr(e.fontSize),s.textBaseline="middle";let n=dt(t.filter);for(let o of["left","right"]){s.textAlign=o==="left"?"right":"left";let i=o==="left"?e.leftTextRight:e.rightTextLeft;for(let a of t.visible){let l=Le(e,a),c=t.active?.side===o&&t.active.index===a;if(c){let m=o==="left"?i-e.textWidth-2:i-2;s.fillStyle=t.pinned?"#c0e7e3":"#e8eaed",s.fillRect(m,l-e.rowHeight/2+1,e.textWidth+4,e.rowHeight-2)}let d=n?n[o==="left"?0:1]:null,p=d!=null&&t.segmentIds[a]!==d;s.fillStyle=p?"#bdc1c6":c?"#202124":"#3c4043";let u=vn(s,t.labels[a],e.textWidth);s.fillText(u,i,l),o==="left"&&r.push(u)}}return r}function $n(s,t,e){let r=t.active;if(r==null)return;let n=t.tokens.length,o=e.squareSize,i=r.side==="right";for(let a of t.visible){let[l,c]=i?[a,r.index]:[r.index,a];if(!bn(t,l,c))continue;let d=Le(e,a);t.heads.forEach((p,u)=>{let m=t.weights[p*n*n+l*n+c],g=i?e.leftTextRight-e.textWidth-S-(u+1)*(o+1):e.rightTextLeft+e.textWidth+S+u*(o+1);s.fillStyle=J(t.headColors[p],Math.min(1,m)),s.fillRect(g,d-o/2,o,o)})}}function gr(s,t,e){s.clearRect(0,0,e.width,e.height);let r=xn(s,t,e);return $n(s,t,e),r}function br(s,t,e,r){let n=Math.floor((r-t.top)/t.rowHeight);if(n<0||n>=s.visible.length)return null;let o=(t.leftTextRight+t.rightTextLeft)/2,i=e<o?"left":"right",a=s.numHeads*(t.squareSize+1)+S;return(i==="left"?e>=t.leftTextRight-t.textWidth-a&&e<=t.leftTextRight+S:e>=t.rightTextLeft-S&&e<=t.rightTextLeft+t.textWidth+a)?{side:i,index:s.visible[n]}:null}function vr(s,t,e){return e<0||e>=s.rowOf.length||s.rowOf[e]<0?null:{x:t==="left"?s.leftTextRight-10:s.rightTextLeft+10,y:Le(s,e)}}var wn=[["all","All"],["AA","A → A"],["AB","A → B"],["BA","B → A"],["BB","B → B"]],xr=[.01,.02,.05,.1,.2],ht=class extends ${constructor(){super();this.hovered=null;this.scene=null;this.geometry=null;this.canvasWidth=0;this.sceneKey="";this.drawnWeights=null;this.labelsDrawn=[];this.fullLines=null;this.fullResult=null;this.resizeObserver=null;this.laidOut=null;this.emptyMessage="Select an example to see its attention.";this.onFocus=e=>{this.applyFocus(e.detail,!0)};this.onMouseMove=e=>{let r=this.tokenAt(e),n=(o,i)=>o?.side===i?.side&&o?.index===i?.index;this.pinned==null&&!n(r,this.hovered)&&(this.hovered=r,this.repaintActive()),this.showTooltip(e,r)};this.onMouseLeave=()=>{this.showTooltip(null,null),this.hovered!=null&&(this.hovered=null,this.pinned==null&&this.repaintActive())};this.onCanvasClick=e=>{let r=this.tokenAt(e),n=r&&this.pinned&&r.side===this.pinned.side&&r.index===this.pinned.index;this.pinned=r==null||n?null:r,this.hovered=r};this.layer=0,this.selectedHeads=[],this.filter="all",this.hideSpecial=!1,this.threshold=xr[0],this.pinned=null}static{this.title="Attention: Head View"}static{this.infoMarkdown="Attention of one layer: lines from each token (left) to the tokens it attends to (right), one colour per head, opacity = weight. Hover or click a token to isolate it."}static{this.numCols=6}static shouldDisplayModule(e){return Ce(e)}static{this.styles=k(ur)}static{this.properties={layer:{state:!0},selectedHeads:{state:!0},filter:{state:!0},hideSpecial:{state:!0},threshold:{state:!0},pinned:{state:!0}}}connectedCallback(){super.connectedCallback(),E.addEventListener(V,this.onFocus),E.focus?.model===this.model&&this.applyFocus(E.focus,!1)}disconnectedCallback(){super.disconnectedCallback(),E.removeEventListener(V,this.onFocus),this.resizeObserver?.disconnect(),this.resizeObserver=null}applyFocus(e,r){e.model===this.model&&(this.selectedHeads=[e.head],e.layer!==this.layer&&(this.layer=e.layer,this.reload()),r&&this.scrollIntoView({block:"nearest"}))}inputsChanged(){this.pinned=null}async load([e]){let r=z(this.appState.currentModelInfos[this.model]);if(r==null)throw new Error(`Model '${this.model}' returns no attention.`);return performance.mark("lit-ext:head-view:request"),Z(this.apiService,this.appState.currentDataset,this.model,r,e,[this.layer])}accept(e){if(performance.mark("lit-ext:head-view:data",{detail:{tokens:e.tokens.length}}),e.allLayers&&!e.allLayers.includes(this.layer)&&(this.layer=e.allLayers[0],!e.layers.has(this.layer))){this.reload();return}let r=this.data!=null&&this.data.numHeads!==e.numHeads,n=this.data==null&&this.selectedHeads.length===0;(r||n||this.selectedHeads.some(o=>o>=e.numHeads))&&(this.selectedHeads=Array.from({length:e.numHeads},(o,i)=>i)),this.data=e,this.requestUpdate()}setLayer(e){this.layer=e,this.pinned=null,!this.data?.layers.has(e)&&this.reload()}toggleHead(e){this.selectedHeads=this.selectedHeads.includes(e)?this.selectedHeads.filter(r=>r!==e):[...this.selectedHeads,e].sort((r,n)=>r-n)}soloHead(e){let r=this.data?.numHeads??0,n=this.selectedHeads.length===1&&this.selectedHeads[0]===e;this.selectedHeads=n?Array.from({length:r},(o,i)=>i):[e]}get isPair(){return this.data!=null&&this.data.segmentIds.some(e=>e===1)}renderControls(){let e=this.data,r=e?.allLayers??[...e?.layers.keys()??[]],n=l=>this.setLayer(Number(l.target.value)),o=l=>{this.filter=l.target.value},i=l=>{this.threshold=Number(l.target.value)},a=l=>{this.hideSpecial=l.target.checked,this.pinned=null};return h`
      <div class="toolbar">
        <label>Layer
          <select class="dropdown layer-select" @change=${n} ?disabled=${!r.length}>
            ${r.map(l=>h`<option value=${l} ?selected=${l===this.layer}>${l}</option>`)}
          </select>
        </label>
        ${this.isPair?h`
          <label>Sentences
            <select class="dropdown pair-filter" @change=${o}>
              ${wn.map(([l,c])=>h`
                <option value=${l} ?selected=${l===this.filter}>${c}</option>`)}
            </select>
          </label>`:f}
        <label title="Lines for smaller weights are not drawn (they would be nearly invisible).">
          Hide weights below
          <select class="dropdown threshold" @change=${i}>
            ${xr.map(l=>h`
              <option value=${l} ?selected=${l===this.threshold}>${l}</option>`)}
          </select>
        </label>
        <label title=${ke}><input type="checkbox" class="hide-special"
            .checked=${this.hideSpecial} @change=${a}>Hide special tokens</label>
      </div>
      ${e?this.renderHeads(e.numHeads):f}`}renderHeads(e){let r=()=>{this.selectedHeads=Array.from({length:e},(n,o)=>o)};return h`
      <div class="heads" role="group" aria-label="Heads">
        <span class="hint">Heads</span>
        ${Array.from({length:e},(n,o)=>{let i=this.selectedHeads.includes(o),a=w(o);return h`
            <button class="head-chip ${i?"on":""}" data-head=${o}
                style="--head-color: ${a}" aria-pressed=${i}
                title="Head ${o}: click to toggle, double-click to show it alone"
                @click=${()=>this.toggleHead(o)} @dblclick=${()=>this.soloHead(o)}>
              ${o}
            </button>`})}
        <button class="hairline-button" @click=${r}>All</button>
        <button class="hairline-button" @click=${()=>this.selectedHeads=[]}>None</button>
      </div>`}renderData(){return h`
      <div class="hint legend">${this.legendText()}<span class="line-stats"></span></div>
      <div class="canvas-stack">
        <canvas class="lines"></canvas>
        <canvas class="labels" @mousemove=${this.onMouseMove}
            @mouseleave=${this.onMouseLeave} @click=${this.onCanvasClick}></canvas>
      </div>
      <div class="tooltip" hidden></div>`}legendText(){return`Left: attending tokens; right: attended tokens. ${this.pinned?"Click the pinned token again (or empty space) to unpin.":"Hover a token to isolate its lines; click to pin it."}`}observeWidth(){let e=this.renderRoot.querySelector(".body");e==null||this.resizeObserver!=null||(this.resizeObserver=new ResizeObserver(()=>{let r=Math.floor(e.clientWidth-16);r>0&&r!==this.canvasWidth&&(this.canvasWidth=r,this.redraw())}),this.resizeObserver.observe(e))}updated(e){super.updated(e),this.observeWidth(),this.redraw()}buildScene(){let e=this.data,r=e?.layers.get(this.layer);if(e==null||r==null)return null;let n=e.tokens.map((o,i)=>i).filter(o=>!this.hideSpecial||!e.specialTokens[o]);return{tokens:e.tokens,labels:e.displayTokens,segmentIds:e.segmentIds,numHeads:e.numHeads,weights:r,heads:this.selectedHeads,headColors:Array.from({length:e.numHeads},(o,i)=>w(i)),visible:n,filter:this.isPair?this.filter:"all",threshold:this.threshold,active:this.pinned??this.hovered,pinned:this.pinned!=null}}canvases(){let e=this.renderRoot.querySelector("canvas.lines"),r=this.renderRoot.querySelector("canvas.labels");return e&&r?[e,r]:null}redraw(){let e=this.buildScene();this.scene=e;let r=this.canvases();if(e==null||r==null||this.canvasWidth<=0)return;let[n,o]=r,i=[this.layer,e.heads.join(","),e.filter,e.threshold,e.visible.length,this.canvasWidth].join("|");if(i!==this.sceneKey||e.weights!==this.drawnWeights||n!==this.laidOut||this.geometry==null){this.sceneKey=i,this.laidOut=n,this.drawnWeights=e.weights,this.fullLines=null,this.fullResult=null;let a=fr(o.getContext("2d"),e,this.canvasWidth);this.geometry=a;let l=window.devicePixelRatio||1;for(let c of[n,o])c.style.width=`${a.width}px`,c.style.height=`${a.height}px`;n.width=a.width,n.height=a.height,o.width=Math.round(a.width*l),o.height=Math.round(a.height*l),o.getContext("2d").setTransform(l,0,0,l,0,0)}this.paint()}paint(){let e=this.canvases(),r=this.scene,n=this.geometry;if(e==null||r==null||n==null)return;let[o,i]=e,a=o.getContext("2d"),l;if(r.active==null&&this.fullLines&&this.fullResult)a.clearRect(0,0,n.width,n.height),a.drawImage(this.fullLines,0,0),l=this.fullResult;else{if(r.active!=null&&this.fullLines==null&&this.fullResult!=null){let d=document.createElement("canvas");d.width=o.width,d.height=o.height,d.getContext("2d").drawImage(o,0,0),this.fullLines=d}l=yr(a,r,n),r.active==null&&(this.fullResult=l)}this.labelsDrawn=gr(i.getContext("2d"),r,n),this.describeLines(l);let c=r.tokens.length;requestAnimationFrame(()=>{performance.mark("lit-ext:head-view:painted",{detail:{tokens:c,lines:l.lines}})})}describeLines(e){Object.assign(this.dataset,{source:this.data?.source??"",layer:String(this.layer),filter:this.scene?.filter??"",heads:this.scene?.heads.join(",")??"",tokens:String(this.scene?.tokens.length??0),lines:String(e.lines),hiddenLines:String(e.overBudget),active:this.scene?.active?`${this.scene.active.side}:${this.scene.active.index}`:""});let r=this.renderRoot.querySelector(".line-stats");if(r==null)return;let n=e.lines.toLocaleString("en-US");r.textContent=e.overBudget>0?`${n} strongest lines drawn (weights ≥ ${e.cutoff.toFixed(3)}); ${e.overBudget.toLocaleString("en-US")} weaker ones hidden to stay fast.`:`${n} lines (weights ≥ ${e.cutoff}).`}repaintActive(){this.scene!=null&&(this.scene.active=this.pinned??this.hovered,this.scene.pinned=this.pinned!=null,this.paint())}drawnLabels(){return[...this.labelsDrawn]}tokenPosition(e,r){return this.geometry?vr(this.geometry,e,r):null}tokenAt(e){if(this.scene==null||this.geometry==null)return null;let r=e.target.getBoundingClientRect();return br(this.scene,this.geometry,e.clientX-r.left,e.clientY-r.top)}showTooltip(e,r){let n=this.renderRoot.querySelector(".tooltip");if(n==null)return;let o=e&&r?this.tooltipText(r):"";n.hidden=!o,!(!o||!e)&&(n.textContent=o,n.style.left=`${e.clientX+14}px`,n.style.top=`${e.clientY+10}px`)}tooltipText(e){let r=this.scene,n=this.data;if(r==null||n==null)return"";let o=p=>x(n,p),i=this.pinned??this.hovered,a=r.tokens.length;if(i==null||i.side===e.side){let p=e.side==="left"?"attends from":"is attended by";return`${o(e.index)}
layer ${this.layer}: ${p} the lines shown`+(this.pinned?"":`
click to pin`)}let[l,c]=i.side==="left"?[i.index,e.index]:[e.index,i.index],d=r.heads.map(p=>{let u=r.weights[p*a*a+l*a+c];return`  head ${String(p).padStart(2)}: ${u.toFixed(4)}`});return`${o(l)} → ${o(c)}, layer ${this.layer}
${d.join(`
`)}`}};A("head-view-module",ht);function ut(s,t,e={left:28,right:8,top:8,bottom:18}){return{width:s,height:t,left:e.left,right:s-e.right,top:e.top,bottom:t-e.bottom}}function he(s,t,e){return s.left+(t+.5)*(s.right-s.left)/e}function _(s,t){let e=Math.min(1,Math.max(0,t));return s.bottom-e*(s.bottom-s.top)}function $r(s,t,e=.7){return e*(s.right-s.left)/t}function wr(s,t){if(s.length!==t.length)throw new Error(`${s.length} layer predictions for ${t.length} labels.`);if(s.length===0)throw new Error("No examples to score.");let e=s[0].layers,r=e.map(()=>0),n=new Map,o=0;return s.forEach((i,a)=>{if(i.layers.length!==e.length)throw new Error(`Example ${a} has ${i.layers.length} layers, not ${e.length}.`);let l=t[a]?i.labels.indexOf(t[a]):-1;l<0||(o++,n.set(l,(n.get(l)??0)+1),i.probas.forEach((c,d)=>{B(c)===l&&r[d]++}))}),{layers:e,correct:r,scored:o,skipped:s.length-o,accuracy:r.map(i=>o?i/o:NaN),majority:o?Math.max(...n.values())/o:NaN}}var kr=`.panel {
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
`;var An=8,Pe="dataset";function pt(s){return s==="embeddings"?"emb":s}function Ar(s){return[0,.5,1].map(t=>C`
    <line class="grid" x1=${s.left} x2=${s.right} y1=${_(s,t)} y2=${_(s,t)}></line>
    <text class="tick" x=${s.left-4} y=${_(s,t)+3} text-anchor="end">${t}</text>`)}function Sr(s,t){return t.map((e,r)=>C`
    <text class="tick" x=${he(s,r,t.length)} y=${s.bottom+12}
        text-anchor="middle">${pt(e)}</text>`)}function Er(s){return[s.left,s.right,s.top,s.bottom].join(",")}var mt=class extends ${constructor(){super();this.run=new Y(()=>this.requestUpdate());this.emptyMessage="Select examples to see their prediction layer by layer.";this.accuracy=null}static{this.title="Layer Predictions"}static{this.infoMarkdown="When does the label appear? The model's own classification head applied to each layer's hidden state at the pooling position ([CLS], <s>), from the embeddings up; the last layer's row is the model's prediction. Per selected example: the probability of each class by layer. Over the dataset: the accuracy of each layer's predicted class against the gold labels."}static{this.numCols=6}static{this.duplicateForExampleComparison=!1}static shouldDisplayModule(e){return P(e,le)}static{this.styles=k(kr)}static{this.properties={accuracy:{state:!0}}}get inputs(){return this.selectionService.selectedInputData}connectedCallback(){super.connectedCallback(),this.react(()=>[this.model,this.appState.currentDataset],()=>this.stopScoring())}disconnectedCallback(){super.disconnectedCallback(),this.run.stop()}async load(e){let r=e.slice(0,An);return(await D(this.apiService,r,this.model,this.appState.currentDataset,le,{},{message:"Predicting layer by layer"})).map((o,i)=>({input:r[i],layers:nt(o)}))}goldField(){let e=this.appState.currentModelInfos[this.model]?.spec?.output??{};return Object.values(e).find(n=>n?.name==="MulticlassPreds")?.parent??null}async scoreDataset(){let e=this.appState.currentInputData,r=this.goldField();this.accuracy=null;let n=this.run.track(i=>D(this.apiService,e,this.model,this.appState.currentDataset,le,{},{...i,message:"Predicting layer by layer over the dataset"})),o=await this.request(Pe,n.then(i=>wr(i.map(nt),e.map(a=>r==null?null:a.data[r]))));o!=null&&(this.accuracy=o)}stopScoring(){this.run.stop(),this.accuracy=null,this.cancel(Pe)}renderControls(){let e=this.appState.currentInputData.length,r=this.run.running,[n,o]=this.run.progress??[0,e];return h`
      <div class="toolbar">
        <button class="hairline-button score-dataset" ?disabled=${r||e===0}
            @click=${()=>this.scoreDataset()}>
          Accuracy by layer over the dataset (${e} examples)</button>
        ${r?h`
          <progress class="dataset-progress" max=${o} value=${n}></progress>
          <span class="hint">${n} / ${o}</span>
          <button class="hairline-button stop" @click=${()=>this.stopScoring()}>Stop</button>`:f}
      </div>
      ${this.renderAccuracy()}`}renderAccuracy(){let e=this.renderStatus(Pe),r=this.accuracy;if(r==null)return e===f?f:h`<div class="panel">${e}</div>`;let n=ut(Math.max(240,36*r.layers.length),120),o=r.layers.length,i=$r(n,o),a=r.skipped?`; ${r.skipped} without a gold label the model predicts were left out`:"";return h`
      <div class="panel accuracy">
        <div class="hint">Accuracy of each layer's predicted class over ${r.scored}
          examples${a}. Dashed: the most frequent label's share (chance level).</div>
        <svg class="accuracy-chart" width=${n.width} height=${n.height}
            data-area=${Er(n)}>
          ${Ar(n)}
          ${r.accuracy.map((l,c)=>C`
            <rect class="bar" x=${he(n,c,o)-i/2} y=${_(n,l)}
                width=${i} height=${n.bottom-_(n,l)}
                data-layer=${r.layers[c]}>
              <title>${pt(r.layers[c])}: ${r.correct[c]} / ${r.scored} = ${l.toFixed(3)}</title>
            </rect>
            <text class="value" x=${he(n,c,o)} y=${_(n,l)-3}
                text-anchor="middle">${l.toFixed(2)}</text>`)}
          <line class="majority" x1=${n.left} x2=${n.right} y1=${_(n,r.majority)}
              y2=${_(n,r.majority)}>
            <title>Always predicting the most frequent label: ${r.majority.toFixed(3)}</title>
          </line>
          ${Sr(n,r.layers)}
        </svg>
      </div>`}renderData(e){let r=this.inputs.length-e.length,n=e[0]?.layers.labels??[];return h`
      <div class="legend">
        ${n.map((o,i)=>h`
          <span class="legend-item"><span class="swatch"
              style="background: ${w(i)}"></span>${o}</span>`)}
      </div>
      <div class="charts">
        ${e.map(o=>this.renderExample(o))}
      </div>
      ${r>0?h`<div class="hint">${r} more selected examples are not shown.</div>`:f}`}renderExample({input:e,layers:r}){let n=ut(Math.max(200,26*r.layers.length),110),o=r.layers.length,i=Object.values(e.data).find(l=>typeof l=="string"),a=r.labels[B(r.probas[o-1])];return h`
      <figure class="example" data-id=${e.id}>
        <figcaption title=${i??e.id}>${i??e.id}</figcaption>
        <svg class="layer-chart" width=${n.width} height=${n.height}
            data-area=${Er(n)}>
          ${Ar(n)}
          ${r.labels.map((l,c)=>{let d=r.probas.map((p,u)=>[he(n,u,o),_(n,p[c])]);return C`
              <polyline class="line" stroke=${w(c)}
                  points=${d.map(p=>p.join(",")).join(" ")}></polyline>
              ${d.map(([p,u],m)=>C`
                <circle class="point" cx=${p} cy=${u} r="3" fill=${w(c)}
                    data-class=${l} data-layer=${r.layers[m]}>
                  <title>${l} at ${pt(r.layers[m])}: ${r.probas[m][c].toFixed(3)}</title>
                </circle>`)}`})}
          ${Sr(n,r.layers)}
        </svg>
        <div class="hint">Prediction: ${a}</div>
      </figure>`}updated(e){super.updated(e),this.dataset.accuracy=this.stateOf(Pe,this.accuracy!=null),this.dataset.charts=String(this.data?.length??0)}};A("layer-predictions-module",mt);function Mr(s){if(s.length===0)throw new Error("No head importance to average.");let[t]=s;for(let n of s)if(n.numLayers!==t.numLayers||n.numHeads!==t.numHeads||n.method!==t.method)throw new Error(`Head importance of different shapes or methods: ${t.numLayers}×${t.numHeads} ${t.method} and ${n.numLayers}×${n.numHeads} ${n.method}.`);let e=t.importance.map((n,o)=>n.map((i,a)=>Te(s.map(l=>l.importance[o][a])))),r=Math.max(0,...e.flat().map(Math.abs));return{method:t.method,numLayers:t.numLayers,numHeads:t.numHeads,values:e,examples:s.length,extent:r}}function ue(s,t){return`${s}:${t}`}function He(s){return[...s].map(t=>t.split(":").map(Number)).sort((t,e)=>t[0]-e[0]||t[1]-e[1]).map(([t,e])=>ue(t,e)).join(",")}var _r=`.grid {
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
`;function En(s){let t=Math.abs(s).toFixed(3);return Number(t)===0?t:`${s>0?"+":"−"}${t}`}function Tr(s,t){return h`
    <td class="num" data-col=${s} data-value=${t} title=${t.toPrecision(6)}>
      <span class="bar" style="width: ${Math.round(48*t)}px"></span>${t.toFixed(3)}</td>`}function Ir(s){let t=B(s.probas),e=B(s.probasAblated),r=s.heads.length===0?"No head is switched off.":t===e?`The prediction stays ${s.labels[t]}.`:`The prediction changes: ${s.labels[t]} → ${s.labels[e]}.`;return h`
    <table class="prediction-change">
      <thead>
        <tr><th>Class</th><th class="num">Full model</th><th class="num">Heads off</th>
          <th class="num">Δ</th></tr>
      </thead>
      <tbody>
        ${s.labels.map((n,o)=>h`
          <tr data-class=${n} class=${o===e?"predicted":""}>
            <td>${n}</td>
            ${Tr("before",s.probas[o])}
            ${Tr("after",s.probasAblated[o])}
            <td class="num delta" data-col="delta">${En(s.probasAblated[o]-s.probas[o])}</td>
          </tr>`)}
      </tbody>
    </table>
    <div class="verdict ${t===e?"":"changed"}">${r}</div>`}function Cr(s,t,e,r,[n,o,i]){let a=Math.min(r,s.width),l=new Float32Array(a*a),c=e*r*r;for(let m=0;m<r;m++){let g=Math.floor(m*a/r)*a;for(let b=0;b<r;b++){let v=g+Math.floor(b*a/r),H=t[c+m*r+b];H>l[v]&&(l[v]=H)}}let d=new ImageData(a,a);for(let m=0;m<a*a;m++){let g=Math.sqrt(Math.min(1,l[m]));d.data[4*m]=Math.round(255+(n-255)*g),d.data[4*m+1]=Math.round(255+(o-255)*g),d.data[4*m+2]=Math.round(255+(i-255)*g),d.data[4*m+3]=255}let p=document.createElement("canvas");p.width=a,p.height=a,p.getContext("2d").putImageData(d,0,0);let u=s.getContext("2d");u.imageSmoothingEnabled=!1,u.clearRect(0,0,s.width,s.height),u.drawImage(p,0,0,s.width,s.height)}var Lr=[48,72,104],Re="importance",pe="ablation",ft=class extends ${constructor(){super();this.observer=null;this.drawn=new Set;this.pending=new Set;this.frame=0;this.emptyMessage="Select an example to see its attention.";this.size=Lr[1],this.selected=null,this.clickAction="open",this.switchedOff=new Set,this.ablation=null,this.colorByImportance=!1,this.importanceMethod="ablation",this.importance=null}static{this.title="Attention: Model View"}static{this.infoMarkdown=`Every layer and head as a small attention matrix (rows attend to columns). Click one to open it in the head view. With "Click a head to: switch it off", clicks switch heads off (their context vectors zeroed) and the example's prediction is shown with and without them. "Colour by importance" colours each head by how much the prediction depends on it, averaged over the selected examples: ablation = the drop in the predicted class's probability when the head alone is switched off (blue: it supports the prediction, orange: it works against it); gradient = |∂L/∂ξ| for a gate ξ on the head (Michel et al. 2019).`}static{this.numCols=6}static shouldDisplayModule(e){return Ce(e)}static{this.styles=k(_r)}static{this.properties={size:{state:!0},selected:{state:!0},clickAction:{state:!0},switchedOff:{state:!0},ablation:{state:!0},colorByImportance:{state:!0},importanceMethod:{state:!0},importance:{state:!0}}}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.selectionService.selectedInputData,this.model],()=>this.loadImportance())}disconnectedCallback(){super.disconnectedCallback(),this.observer?.disconnect(),this.observer=null,cancelAnimationFrame(this.frame)}async load([e]){let r=z(this.appState.currentModelInfos[this.model]);if(r==null)throw new Error(`Model '${this.model}' returns no attention.`);return Z(this.apiService,this.appState.currentDataset,this.model,r,e,null)}inputsChanged(){this.loadAblation()}async loadAblation(){let e=this.selectedInput;if(e==null||this.switchedOff.size===0&&this.clickAction==="open"){this.cancel(pe),this.ablation=null;return}let r=this.apiService.getInterpretations([e],this.model,this.appState.currentDataset,Ee,{heads:He(this.switchedOff)},"Predicting with heads switched off",!0),n=await this.request(pe,r.then(([o])=>Vt(o)));n!=null&&(this.ablation=n)}async loadImportance(){let e=this.selectionService.selectedInputData;if(!this.colorByImportance||e.length===0){this.cancel(Re),this.importance=null;return}let r=D(this.apiService,e,this.model,this.appState.currentDataset,Se,{method:this.importanceMethod},{message:"Measuring head importance"}),n=await this.request(Re,r.then(o=>Mr(o.map(jt))));n!=null&&(this.importance=n)}onThumbnail(e,r){if(this.clickAction==="open"){this.selected=[e,r],E.focusHead({model:this.model,layer:e,head:r});return}let n=ue(e,r),o=new Set(this.switchedOff);o.delete(n)||o.add(n),this.switchedOff=o,this.loadAblation()}switchAllOn(){this.switchedOff=new Set,this.loadAblation()}renderControls(){let e=i=>i.target.value,r=i=>{this.clickAction=e(i),this.loadAblation()},n=i=>{this.colorByImportance=i.target.checked,this.loadImportance()},o=i=>{this.importanceMethod=e(i),this.loadImportance()};return h`
      <div class="toolbar">
        <label>Size
          <select class="dropdown size-select" @change=${i=>{this.size=Number(e(i))}}>
            ${Lr.map(i=>h`<option value=${i} ?selected=${i===this.size}>${i}px</option>`)}
          </select>
        </label>
        ${this.hasInterpreter(Ee)?h`
          <label title=${"A switched-off head has its context vector zeroed before the attention output projection."}>Click a head to
            <select class="dropdown click-action" @change=${r}>
              <option value="open" ?selected=${this.clickAction==="open"}>open it in the head view</option>
              <option value="switch-off" ?selected=${this.clickAction==="switch-off"}>switch it off</option>
            </select>
          </label>`:h`<span class="hint">Rows attend to columns. Click a head to open it in the head view.</span>`}
        ${this.hasInterpreter(Se)?h`
          <label><input type="checkbox" class="color-by-importance"
              .checked=${this.colorByImportance} @change=${n}>Colour by importance</label>
          <select class="dropdown importance-method" ?disabled=${!this.colorByImportance}
              @change=${o} title="How head importance is measured">
            ${zt.map(i=>h`
              <option value=${i} ?selected=${i===this.importanceMethod}>${i}</option>`)}
          </select>`:f}
      </div>
      ${this.renderImportanceLegend()}
      ${this.renderAblation()}`}renderImportanceLegend(){if(!this.colorByImportance)return f;let e=this.importance,r=this.renderStatus(Re,null,"Measuring head importance…");if(e==null)return h`<div class="panel">${r}</div>`;let n=e.extent,o=a=>h`<span class="swatch"
        style="background: ${j(lt(a,n))}"></span>`,i=`${e.examples} selected example${e.examples===1?"":"s"}`;return h`
      <div class="panel importance-legend">
        ${r}
        <span class="hint">Head importance (${e.method}), mean over ${i}:</span>
        ${e.method==="ablation"?h`${o(-n)}−${n.toFixed(3)}`:f}
        ${o(0)}0 ${o(n)}${n.toFixed(3)}
      </div>`}renderAblation(){if(this.clickAction==="open"&&this.switchedOff.size===0)return f;let e=He(this.switchedOff).split(",").filter(Boolean);return h`
      <div class="panel ablation">
        <div class="ablation-heads">
          <span class="hint">${e.length?`Switched off (layer:head): ${e.join(", ")}`:"Click heads to switch them off."}</span>
          ${e.length?h`<button class="hairline-button switch-all-on"
              @click=${()=>this.switchAllOn()}>Switch all on</button>`:f}
        </div>
        ${this.renderStatus(pe,null,"Predicting…")}
        ${this.ablation&&!this.errorOf(pe)?Ir(this.ablation):f}
      </div>`}thumbnailTitle(e,r){let n=this.colorByImportance?this.importance?.values[e]?.[r]:void 0,o=n==null?"":`, importance ${n.toFixed(4)}`,i=this.clickAction==="open"?"click to open in the head view":this.switchedOff.has(ue(e,r))?"switched off: click to switch it on":"click to switch it off";return`Layer ${e}, head ${r}${o}: ${i}`}renderData(e){let r=[...e.layers.keys()].sort((o,i)=>o-i),n=Array.from({length:e.numHeads},(o,i)=>i);return h`
      <div class="grid" style="--thumb: ${this.size}px; --heads: ${e.numHeads}">
        <div class="corner"></div>
        ${n.map(o=>h`<div class="col-label">H${o}</div>`)}
        ${r.map(o=>h`
          <div class="row-label">L${o}</div>
          ${n.map(i=>{let a=this.selected?.[0]===o&&this.selected?.[1]===i,l=this.switchedOff.has(ue(o,i));return h`
              <div class="thumb-cell ${l?"off":""}">
                <canvas class="thumb ${a?"selected":""}" width=${this.size}
                    height=${this.size} data-layer=${o} data-head=${i}
                    title=${this.thumbnailTitle(o,i)}
                    @click=${()=>this.onThumbnail(o,i)}></canvas>
              </div>`})}`)}
      </div>`}headColor(e,r){let n=this.colorByImportance?this.importance:null,o=n?.values[e]?.[r];return o==null?at(w(r)):lt(o,n.extent)}updated(e){super.updated(e),Object.assign(this.dataset,{selected:this.selected?this.selected.join(":"):"",source:this.data?.source??"",switchedOff:He(this.switchedOff),ablation:this.stateOf(pe,this.ablation!=null),importance:this.colorByImportance?this.stateOf(Re,this.importance!=null):"off"}),["data","size","importance","colorByImportance"].some(r=>e.has(r))&&(this.drawn.clear(),this.dataset.drawn="0",this.observeThumbnails())}observeThumbnails(){let e=this.renderRoot.querySelector(".body");e!=null&&(this.observer?.disconnect(),this.observer=new IntersectionObserver(r=>{for(let n of r){let o=n.target;n.isIntersecting&&!this.drawn.has(o)&&this.pending.add(o)}this.scheduleDraw()},{root:e,rootMargin:"64px"}),e.querySelectorAll("canvas.thumb").forEach(r=>this.observer.observe(r)))}scheduleDraw(){this.frame||this.pending.size===0||(this.frame=requestAnimationFrame(()=>{this.frame=0;let e=this.data;if(e==null)return;let r=e.tokens.length,n=performance.now();for(let o of this.pending){if(this.pending.delete(o),!o.isConnected)continue;let i=Number(o.dataset.layer),a=Number(o.dataset.head),l=e.layers.get(i);if(l!=null&&(Cr(o,l,a,r,this.headColor(i,a)),this.drawn.add(o),performance.now()-n>12))break}this.dataset.drawn=String(this.drawn.size),this.scheduleDraw()}))}};A("model-view-module",ft);var Pr=new Map;async function Fe(s,t,e,r,n){let o=Pr.get(e);if(o)return o;let i=z(r);if(i==null)throw new Error(`Model '${e}' has no 'attention' interpreter or AttentionHeads outputs, so its layers and heads are unknown.`);let a=await Z(s,t,e,i,n,[0]),c={layers:a.allLayers??[...a.layers.keys()].sort((d,p)=>d-p),numHeads:a.numHeads};return Pr.set(e,c),c}var Hr=`.query-chips {
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
`;function Rr(s,t){let e=s.tokens.length,r=s.headDim,n=t*e,o=s.query.subarray(t*r,(t+1)*r),i=[],a=new Float64Array(e);for(let m=0;m<e;m++){let g=new Float32Array(r),b=0;for(let v=0;v<r;v++)g[v]=o[v]*s.key[m*r+v],b+=g[v];i.push(g),a[m]=s.scale*b}let l=s.terms.map(m=>Float64Array.from(m.values.subarray(n,n+e))),c=a.map((m,g)=>l.reduce((b,v)=>b+v[g],m)),d=Array.from({length:e},(m,g)=>s.keyAllowed?.[n+g]!==0),p=_n(c,d),u=0;for(let m=0;m<e;m++)u=Math.max(u,Math.abs(p[m]-s.attention[n+m]));return{query:o,products:i,scaled:a,terms:l,sums:c,allowed:d,softmax:p,maxDiff:u}}function _n(s,t){let e=-1/0;s.forEach((o,i)=>{t[i]&&(e=Math.max(e,o))});let r=s.map((o,i)=>t[i]?Math.exp(o-e):0),n=r.reduce((o,i)=>o+i,0);return r.map(o=>n>0?o/n:0)}function yt(s){return s.startsWith("1/")?`q·k/${s.slice(2)}`:`q·k·${s}`}function Ne(s){return[yt(s.scaleLabel),...s.terms.map(t=>t.name)].join(" + ")}var Fr=.001;function Tn(s){let t=s.toFixed(3);return Number(t)===0?0 .toFixed(3):t}function bt(s){return Math.max(3,Math.min(12,Math.floor(256/s)))}function ee(s){let t=0;for(let e=0;e<s.length;e++)t=Math.max(t,Math.abs(s[e]));return t}function gt(s,t,e){let r=s.getContext("2d"),n=bt(t.length);for(let o=0;o<t.length;o++)r.fillStyle=j(de(t[o],e)),r.fillRect(o*n,0,n,s.height)}var vt=class extends ${constructor(){super();this.rows=null;this.onFocus=e=>{let r=e.detail;r.model===this.model&&(this.layer=r.layer,this.head=r.head,this.reload())};this.emptyMessage="Select an example to see its query and key vectors.";this.onMouseMove=e=>{let r=e.composedPath()[0],n=this.data,o=this.rows;if(!(r instanceof HTMLCanvasElement)||!r.classList.contains("vec")||n==null||o==null){this.hideTooltip();return}let i=n.headDim,a=Math.min(i-1,Math.max(0,Math.floor(e.offsetX/bt(i)))),l=r.dataset.kind,c=Number(r.dataset.row),d=o.query[a],p=`query ${x(n,this.queryIndex)}, dim ${a}
q = ${d.toFixed(4)}`;if(l!=="query"){let m=n.key[c*i+a];p=`key ${x(n,c)}, dim ${a}
q = ${d.toFixed(4)}
k = ${m.toFixed(4)}
q∘k = ${(d*m).toFixed(4)}`}let u=this.renderRoot.querySelector(".tooltip");u.textContent=p,u.hidden=!1,u.style.left=`${e.clientX+14}px`,u.style.top=`${e.clientY+10}px`};this.hideTooltip=()=>{let e=this.renderRoot.querySelector(".tooltip");e&&(e.hidden=!0)};this.shape=null,this.layer=0,this.head=0,this.queryIndex=-1}static{this.title="Neurons: Query × Key"}static{this.infoMarkdown="For one layer, head and query token: every key vector, q∘k, the scaled score q·k/√d (or the model's own scale, e.g. q·k/√(3d) for DeBERTa), one column per term the model adds before the softmax (DeBERTa's content→position and position→content, MPNet's relative position bias; hover a column header or read the notes under the check for what each is), their sum, and the softmax over the keys the query may attend to (masked keys get 0). The view checks that this softmax equals the model's attention. q and k are shown after the model's position transform (rotary for ModernBERT). Blue = positive, orange = negative."}static{this.numCols=12}static shouldDisplayModule(e){return P(e,$e)}static{this.styles=k(Hr)}static{this.properties={shape:{state:!0},layer:{state:!0},head:{state:!0},queryIndex:{state:!0}}}connectedCallback(){super.connectedCallback(),E.addEventListener(V,this.onFocus)}disconnectedCallback(){super.disconnectedCallback(),E.removeEventListener(V,this.onFocus)}inputsChanged(){this.queryIndex=-1}async load([e]){let r=this.apiService,n=this.appState.currentDataset,o=this.model,i=await Fe(r,n,o,this.appState.currentModelInfos[o],e);this.model===o&&(this.shape=i);let a=i.layers.includes(this.layer)?this.layer:i.layers[0],l=this.head<i.numHeads?this.head:0,[c]=await r.getInterpretations([e],o,n,$e,{layer:a,head:l},"Fetching query/key vectors",!0);return Dt(c)}accept(e){this.data=e,this.layer=e.layer,this.head=e.head;let r=e.tokens.length;if(this.queryIndex<0||this.queryIndex>=r){let n=e.specialTokens.findIndex(o=>!o);this.queryIndex=Math.max(0,n)}}setLayerHead(e,r){this.layer=e,this.head=r,this.reload()}renderControls(){let e=this.shape,r=this.data,n=r?.displayTokens??[],o=l=>this.setLayerHead(Number(l.target.value),this.head),i=l=>this.setLayerHead(this.layer,Number(l.target.value)),a=l=>{this.queryIndex=Number(l.target.value)};return h`
      <div class="toolbar">
        <label>Layer
          <select class="dropdown layer-select" @change=${o} ?disabled=${!e}>
            ${(e?.layers??[]).map(l=>h`
              <option value=${l} ?selected=${l===this.layer}>${l}</option>`)}
          </select>
        </label>
        <label>Head
          <select class="dropdown head-select" @change=${i} ?disabled=${!e}>
            ${Array.from({length:e?.numHeads??0},(l,c)=>h`
              <option value=${c} ?selected=${c===this.head}>${c}</option>`)}
          </select>
        </label>
        <label>Query token
          <select class="dropdown query-select" @change=${a} ?disabled=${!n.length}>
            ${n.map((l,c)=>h`
              <option value=${c} ?selected=${c===this.queryIndex}
                  title=${x(r,c)}>${c}: ${l}</option>`)}
          </select>
        </label>
        <span class="hint legend">
          <span class="swatch" style="background: ${j(de(1,1))}"></span>positive
          <span class="swatch" style="background: ${j(de(-1,1))}"></span>negative
        </span>
      </div>`}renderQueryChips(e){return h`
      <div class="query-chips" role="listbox" aria-label="Query token">
        ${e.displayTokens.map((r,n)=>h`
          <button class="chip ${n===this.queryIndex?"selected":""}" data-index=${n}
              role="option" aria-selected=${n===this.queryIndex} title=${x(e,n)}
              @click=${()=>this.queryIndex=n}>${r}</button>`)}
      </div>`}renderCheck(e,r){let n=r.allowed.filter(l=>l).length,o=n<r.allowed.length?` over the ${n} allowed keys`:"",i=`softmax(${Ne(e)})${o}`;if(r.maxDiff<Fr)return h`<span class="check ok">${i} equals the model's attention (max |Δ| ${r.maxDiff.toExponential(1)})</span>`;let a=Number.isFinite(r.maxDiff)?`by up to ${r.maxDiff.toFixed(4)}`:"(a value is not a number)";return h`<span class="check bad">${i} differs from the model's attention ${a}: these columns do not explain this head.</span>`}renderNotes(e,r){let n=r.allowed.length-r.allowed.filter(i=>i).length,o=[...e.positionTransform?[`q and k are shown after the ${e.positionTransform} position transform.`]:[],...e.terms.map(i=>`${i.label} (${i.name}): ${i.description}.`),...n?[`${n} key${n===1?" is":"s are"} masked for this query: the model does not let it attend to them (probability 0).`]:[]];return o.length?h`<ul class="notes hint">${o.map(i=>h`<li>${i}</li>`)}</ul>`:f}renderSigned(e,r,n){return h`
      <td class="num" data-col=${e} title=${r.toFixed(6)}>
        <span class="bar signed" style="width: ${28*Math.abs(r)/n}px; background: ${j(de(r,n))}"></span>${Tn(r)}</td>`}renderTable(e,r){let n=e.headDim*bt(e.headDim),o=e.tokens.length,i=Math.max(ee(r.scaled),...r.terms.map(ee),ee(r.sums))||1,a=e.terms.length>0,l=(c,d)=>h`
        <canvas class="vec" data-kind=${c} data-row=${d??f} width=${n}
            height="12" style="width: ${n}px"></canvas>`;return h`
      <div class="summary">
        Layer ${e.layer}, head ${e.head}, d = ${e.headDim}; query
        <b class="mono" title=${x(e,this.queryIndex)}>${e.displayTokens[this.queryIndex]}</b> (#${this.queryIndex}).
        ${this.renderCheck(e,r)}
      </div>
      ${this.renderNotes(e,r)}
      <table class="neurons">
        <thead>
          <tr>
            <th class="token-col">Key</th>
            <th>key k</th>
            <th>q ∘ k</th>
            <th class="num" title="q·k times the model's scale, ${e.scaleLabel}">${yt(e.scaleLabel)}</th>
            ${e.terms.map(c=>h`
              <th class="num term" title="${c.name}: ${c.description}">${c.label}</th>`)}
            ${a?h`
              <th class="num" title="${Ne(e)}: the score the softmax takes">sum</th>`:f}
            <th class="num" title="softmax over the keys this query may attend to">softmax</th>
          </tr>
          <tr class="query-row">
            <td class="token-col mono">query q</td>
            <td>${l("query")}</td>
            <td colspan=${3+e.terms.length+(a?1:0)}></td>
          </tr>
        </thead>
        <tbody>
          ${e.displayTokens.map((c,d)=>{let p=r.softmax[d],u=[d===this.queryIndex?"is-query":"",r.allowed[d]?"":"masked"].join(" ");return h`
              <tr class=${u} data-key=${d}>
                <td class="token-col mono" title=${x(e,d)}>${c}</td>
                <td>${l("key",d)}</td>
                <td>${l("product",d)}</td>
                ${this.renderSigned("scaled",r.scaled[d],i)}
                ${e.terms.map((m,g)=>this.renderSigned(`term:${m.name}`,r.terms[g][d],i))}
                ${a?this.renderSigned("sum",r.sums[d],i):f}
                ${r.allowed[d]?h`
                  <td class="num" data-col="softmax" title=${`softmax ${p.toFixed(6)}; model attention ${e.attention[this.queryIndex*o+d].toFixed(6)}`}>
                    <span class="bar" style="width: ${40*p}px"></span>${p.toFixed(3)}</td>`:h`<td class="num masked-cell" data-col="softmax"
                      title="masked: this query may not attend to this key (probability 0)"
                      >masked</td>`}
              </tr>`})}
        </tbody>
      </table>`}renderData(e){let r=this.queryIndex>=0&&this.queryIndex<e.tokens.length;return this.rows=r?Rr(e,this.queryIndex):null,this.rows==null?f:h`
      <div @mousemove=${this.onMouseMove} @mouseleave=${this.hideTooltip}>
        ${this.renderQueryChips(e)}${this.renderTable(e,this.rows)}
        <div class="tooltip" hidden></div>
      </div>`}updated(e){super.updated(e);let r=this.data,n=this.rows;if(r==null||n==null||this.errorOf()!=null)return;let o=Math.max(ee(r.key),ee(n.query)),i=Math.max(...n.products.map(ee))||1;for(let a of this.renderRoot.querySelectorAll("canvas.vec")){let l=a.dataset.kind,c=Number(a.dataset.row),d=r.headDim;l==="query"&&gt(a,n.query,o),l==="key"&&gt(a,r.key.subarray(c*d,(c+1)*d),o),l==="product"&&gt(a,n.products[c],i)}Object.assign(this.dataset,{layer:String(r.layer),head:String(r.head),query:String(this.queryIndex),queryToken:r.displayTokens[this.queryIndex],rows:String(r.tokens.length),headDim:String(r.headDim),maxDiff:n.maxDiff.toExponential(2),check:n.maxDiff<Fr?"ok":"bad",formula:Ne(r),masked:String(n.allowed.filter(a=>!a).length)})}};A("neuron-view-module",vt);var Nr=`.factor-picker {
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
`;var Cn=Array.from({length:16},(s,t)=>t+1);function Ln(s){let t=s.tokens.length;return Array.from({length:s.k},(e,r)=>{let n=0;for(let o=0;o<t;o++)n=Math.max(n,s.factors[r*t+o]);return n})}var xt=class extends ${constructor(){super();this.emptyMessage="Select an example to factorise its neurons.";this.shape=null,this.k=8,this.fromLayer=0,this.toLayer=-1,this.excludeSpecial=!0,this.factor=null}static{this.title="NMF: Neuron Factors"}static{this.infoMarkdown="Non-negative matrix factorisation of the FFN neuron activations (Ecco's method): k factors of neurons that fire together, how strongly each token activates them, and which neurons and layers make up each factor."}static{this.numCols=12}static shouldDisplayModule(e){return P(e,we)}static{this.styles=k(Nr)}static{this.properties={shape:{state:!0},k:{state:!0},fromLayer:{state:!0},toLayer:{state:!0},excludeSpecial:{state:!0},factor:{state:!0}}}async load([e]){let r=this.apiService,n=this.appState.currentDataset,o=this.model,i=await Fe(r,n,o,this.appState.currentModelInfos[o],e);this.model===o&&(this.shape=i);let a=i.layers[i.layers.length-1],l=this.toLayer<0||this.toLayer>a?a:this.toLayer,c=Math.min(this.fromLayer,l),d={n_components:this.k,from_layer:c,to_layer:l+1,exclude_special_tokens:this.excludeSpecial},[p]=await r.getInterpretations([e],o,n,we,d,"Factorising neuron activations",!0);return Bt(p)}accept(e){this.fromLayer=e.layers[0],this.toLayer=e.layers[e.layers.length-1],this.data=e,this.factor!=null&&this.factor>=e.k&&(this.factor=null)}renderControls(){let e=this.shape?.layers??[],r=e.length?e[e.length-1]:-1,n=this.toLayer<0||this.toLayer>r?r:this.toLayer,o=a=>Number(a.target.value),i=a=>{a(),this.reload()};return h`
      <div class="toolbar">
        <label title="Number of factors (NMF components)">Factors
          <select class="dropdown k-select"
              @change=${a=>i(()=>this.k=o(a))}>
            ${Cn.map(a=>h`<option value=${a} ?selected=${a===this.k}>${a}</option>`)}
          </select>
        </label>
        <label>Layers
          <select class="dropdown from-select" ?disabled=${!e.length}
              @change=${a=>i(()=>{this.fromLayer=o(a),this.toLayer=Math.max(n,this.fromLayer)})}>
            ${e.map(a=>h`<option value=${a} ?selected=${a===this.fromLayer}>${a}</option>`)}
          </select>
          to
          <select class="dropdown to-select" ?disabled=${!e.length}
              @change=${a=>i(()=>{this.toLayer=o(a),this.fromLayer=Math.min(this.fromLayer,this.toLayer)})}>
            ${e.map(a=>h`<option value=${a} ?selected=${a===n}>${a}</option>`)}
          </select>
        </label>
        <label title=${ke}><input type="checkbox" class="special-toggle"
            .checked=${this.excludeSpecial}
            @change=${a=>i(()=>{this.excludeSpecial=a.target.checked})}>Leave out special tokens</label>
        ${this.data?h`<span class="hint">Reconstruction error ${(this.data.reconstructionError*100).toFixed(1)}%</span>`:f}
      </div>`}renderFactorPicker(e){let r=n=>()=>{this.factor=this.factor===n?null:n};return h`
      <div class="factor-picker" role="group" aria-label="Factors">
        <button class="factor-chip all ${this.factor==null?"on":""}" @click=${r(null)}
            title="Tint each token by its dominant factor">Dominant</button>
        ${Array.from({length:e.k},(n,o)=>h`
          <button class="factor-chip ${this.factor===o?"on":""}" data-factor=${o}
              style="--factor-color: ${w(o)}" @click=${r(o)}
              title="Tint tokens by factor ${o} alone">F${o}</button>`)}
      </div>`}renderSentence(e,r){let n=e.tokens.length;return h`
      <div class="sentence">
        ${e.displayTokens.map((o,i)=>{if(!e.tokenMask[i])return h`<span class="token excluded" title="${x(e,i)}: not factorised">${o}</span>`;let a=this.factor;if(a==null){a=0;for(let d=1;d<e.k;d++)e.factors[d*n+i]>e.factors[a*n+i]&&(a=d)}let l=e.factors[a*n+i],c=r[a]>0?Math.max(.08,l/r[a]):0;return h`<span class="token" data-factor=${a}
              style="background: ${J(w(a),c*.85)}"
              title="${x(e,i)}: factor ${a} ${l.toFixed(4)}">${o}</span>`})}
      </div>`}renderHeatmap(e,r){let n=e.tokens.length,o=Array.from({length:e.k},(i,a)=>a);return h`
      <div class="heatmap" style="--tokens: ${n}">
        <div></div>
        ${e.displayTokens.map((i,a)=>h`
          <div class="col-label ${e.tokenMask[a]?"":"excluded"}"
              title=${x(e,a)}>${i}</div>`)}
        ${o.map(i=>h`
          <div class="row-label ${this.factor===i?"on":""}"
              @click=${()=>this.factor=this.factor===i?null:i}>F${i}</div>
          ${e.tokens.map((a,l)=>{let c=e.factors[i*n+l],d=r[i]>0?c/r[i]:0;return h`<div class="cell" title="factor ${i}, ${x(e,l)}: ${c.toFixed(4)}"
                style="background: ${J(w(i),d)}"></div>`})}`)}
      </div>`}renderFactorCards(e){return h`
      <div class="cards">
        ${e.topNeurons.map((r,n)=>{let o=e.layerShare[n],i=Math.max(...o,1e-9);return h`
            <div class="card ${this.factor===n?"on":""}" data-factor=${n}
                style="--factor-color: ${w(n)}">
              <div class="card-title"><span class="swatch"></span>Factor ${n}</div>
              <div class="card-section">Layer share</div>
              <div class="shares">
                ${e.layers.map((a,l)=>h`
                  <div class="share" title="layer ${a}: ${(o[l]*100).toFixed(1)}%">
                    <div class="share-bar" style="height: ${24*o[l]/i}px"></div>
                    <div class="share-label">${a}</div>
                  </div>`)}
              </div>
              <div class="card-section">Top neurons (layer·unit, loading)</div>
              <ol class="neurons mono">
                ${r.map(a=>h`
                  <li>L${a.layer}·${a.index}<span class="loading">${a.loading.toFixed(3)}</span></li>`)}
              </ol>
            </div>`})}
      </div>`}renderData(e){let r=Ln(e);return h`
      ${this.renderFactorPicker(e)}
      ${this.renderSentence(e,r)}
      ${this.renderHeatmap(e,r)}
      ${this.renderFactorCards(e)}`}updated(e){super.updated(e);let r=this.data;r!=null&&Object.assign(this.dataset,{k:String(r.k),tokens:String(r.tokens.length),layers:`${r.layers[0]}-${r.layers[r.layers.length-1]}`,factor:this.factor==null?"":String(this.factor)})}};A("nmf-module",xt);
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

lit-html/static.js:
  (**
   * @license
   * Copyright 2020 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
