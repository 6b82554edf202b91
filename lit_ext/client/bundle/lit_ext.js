var oe=window,ie=oe.ShadowRoot&&(oe.ShadyCSS===void 0||oe.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,Ee=Symbol(),ot=new WeakMap,Q=class{constructor(t,e,n){if(this._$cssResult$=!0,n!==Ee)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o,e=this.t;if(ie&&t===void 0){let n=e!==void 0&&e.length===1;n&&(t=ot.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),n&&ot.set(e,t))}return t}toString(){return this.cssText}},X=s=>new Q(typeof s=="string"?s:s+"",void 0,Ee),ae=(s,...t)=>{let e=s.length===1?s[0]:t.reduce(((n,r,o)=>n+(i=>{if(i._$cssResult$===!0)return i.cssText;if(typeof i=="number")return i;throw Error("Value passed to 'css' function must be a 'css' function result: "+i+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(r)+s[o+1]),s[0]);return new Q(e,s,Ee)},Me=(s,t)=>{ie?s.adoptedStyleSheets=t.map((e=>e instanceof CSSStyleSheet?e:e.styleSheet)):t.forEach((e=>{let n=document.createElement("style"),r=oe.litNonce;r!==void 0&&n.setAttribute("nonce",r),n.textContent=e.cssText,s.appendChild(n)}))},le=ie?s=>s:s=>s instanceof CSSStyleSheet?(t=>{let e="";for(let n of t.cssRules)e+=n.cssText;return X(e)})(s):s;var _e,ce=window,it=ce.trustedTypes,mn=it?it.emptyScript:"",at=ce.reactiveElementPolyfillSupport,Ie={toAttribute(s,t){switch(t){case Boolean:s=s?mn:null;break;case Object:case Array:s=s==null?s:JSON.stringify(s)}return s},fromAttribute(s,t){let e=s;switch(t){case Boolean:e=s!==null;break;case Number:e=s===null?null:Number(s);break;case Object:case Array:try{e=JSON.parse(s)}catch{e=null}}return e}},lt=(s,t)=>t!==s&&(t==t||s==s),Te={attribute:!0,type:String,converter:Ie,reflect:!1,hasChanged:lt},Le="finalized",E=class extends HTMLElement{constructor(){super(),this._$Ei=new Map,this.isUpdatePending=!1,this.hasUpdated=!1,this._$El=null,this._$Eu()}static addInitializer(t){var e;this.finalize(),((e=this.h)!==null&&e!==void 0?e:this.h=[]).push(t)}static get observedAttributes(){this.finalize();let t=[];return this.elementProperties.forEach(((e,n)=>{let r=this._$Ep(n,e);r!==void 0&&(this._$Ev.set(r,n),t.push(r))})),t}static createProperty(t,e=Te){if(e.state&&(e.attribute=!1),this.finalize(),this.elementProperties.set(t,e),!e.noAccessor&&!this.prototype.hasOwnProperty(t)){let n=typeof t=="symbol"?Symbol():"__"+t,r=this.getPropertyDescriptor(t,n,e);r!==void 0&&Object.defineProperty(this.prototype,t,r)}}static getPropertyDescriptor(t,e,n){return{get(){return this[e]},set(r){let o=this[t];this[e]=r,this.requestUpdate(t,o,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)||Te}static finalize(){if(this.hasOwnProperty(Le))return!1;this[Le]=!0;let t=Object.getPrototypeOf(this);if(t.finalize(),t.h!==void 0&&(this.h=[...t.h]),this.elementProperties=new Map(t.elementProperties),this._$Ev=new Map,this.hasOwnProperty("properties")){let e=this.properties,n=[...Object.getOwnPropertyNames(e),...Object.getOwnPropertySymbols(e)];for(let r of n)this.createProperty(r,e[r])}return this.elementStyles=this.finalizeStyles(this.styles),!0}static finalizeStyles(t){let e=[];if(Array.isArray(t)){let n=new Set(t.flat(1/0).reverse());for(let r of n)e.unshift(le(r))}else t!==void 0&&e.push(le(t));return e}static _$Ep(t,e){let n=e.attribute;return n===!1?void 0:typeof n=="string"?n:typeof t=="string"?t.toLowerCase():void 0}_$Eu(){var t;this._$E_=new Promise((e=>this.enableUpdating=e)),this._$AL=new Map,this._$Eg(),this.requestUpdate(),(t=this.constructor.h)===null||t===void 0||t.forEach((e=>e(this)))}addController(t){var e,n;((e=this._$ES)!==null&&e!==void 0?e:this._$ES=[]).push(t),this.renderRoot!==void 0&&this.isConnected&&((n=t.hostConnected)===null||n===void 0||n.call(t))}removeController(t){var e;(e=this._$ES)===null||e===void 0||e.splice(this._$ES.indexOf(t)>>>0,1)}_$Eg(){this.constructor.elementProperties.forEach(((t,e)=>{this.hasOwnProperty(e)&&(this._$Ei.set(e,this[e]),delete this[e])}))}createRenderRoot(){var t;let e=(t=this.shadowRoot)!==null&&t!==void 0?t:this.attachShadow(this.constructor.shadowRootOptions);return Me(e,this.constructor.elementStyles),e}connectedCallback(){var t;this.renderRoot===void 0&&(this.renderRoot=this.createRenderRoot()),this.enableUpdating(!0),(t=this._$ES)===null||t===void 0||t.forEach((e=>{var n;return(n=e.hostConnected)===null||n===void 0?void 0:n.call(e)}))}enableUpdating(t){}disconnectedCallback(){var t;(t=this._$ES)===null||t===void 0||t.forEach((e=>{var n;return(n=e.hostDisconnected)===null||n===void 0?void 0:n.call(e)}))}attributeChangedCallback(t,e,n){this._$AK(t,n)}_$EO(t,e,n=Te){var r;let o=this.constructor._$Ep(t,n);if(o!==void 0&&n.reflect===!0){let i=(((r=n.converter)===null||r===void 0?void 0:r.toAttribute)!==void 0?n.converter:Ie).toAttribute(e,n.type);this._$El=t,i==null?this.removeAttribute(o):this.setAttribute(o,i),this._$El=null}}_$AK(t,e){var n;let r=this.constructor,o=r._$Ev.get(t);if(o!==void 0&&this._$El!==o){let i=r.getPropertyOptions(o),a=typeof i.converter=="function"?{fromAttribute:i.converter}:((n=i.converter)===null||n===void 0?void 0:n.fromAttribute)!==void 0?i.converter:Ie;this._$El=o,this[o]=a.fromAttribute(e,i.type),this._$El=null}}requestUpdate(t,e,n){let r=!0;t!==void 0&&(((n=n||this.constructor.getPropertyOptions(t)).hasChanged||lt)(this[t],e)?(this._$AL.has(t)||this._$AL.set(t,e),n.reflect===!0&&this._$El!==t&&(this._$EC===void 0&&(this._$EC=new Map),this._$EC.set(t,n))):r=!1),!this.isUpdatePending&&r&&(this._$E_=this._$Ej())}async _$Ej(){this.isUpdatePending=!0;try{await this._$E_}catch(e){Promise.reject(e)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){var t;if(!this.isUpdatePending)return;this.hasUpdated,this._$Ei&&(this._$Ei.forEach(((r,o)=>this[o]=r)),this._$Ei=void 0);let e=!1,n=this._$AL;try{e=this.shouldUpdate(n),e?(this.willUpdate(n),(t=this._$ES)===null||t===void 0||t.forEach((r=>{var o;return(o=r.hostUpdate)===null||o===void 0?void 0:o.call(r)})),this.update(n)):this._$Ek()}catch(r){throw e=!1,this._$Ek(),r}e&&this._$AE(n)}willUpdate(t){}_$AE(t){var e;(e=this._$ES)===null||e===void 0||e.forEach((n=>{var r;return(r=n.hostUpdated)===null||r===void 0?void 0:r.call(n)})),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$Ek(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$E_}shouldUpdate(t){return!0}update(t){this._$EC!==void 0&&(this._$EC.forEach(((e,n)=>this._$EO(n,this[n],e))),this._$EC=void 0),this._$Ek()}updated(t){}firstUpdated(t){}};E[Le]=!0,E.elementProperties=new Map,E.elementStyles=[],E.shadowRootOptions={mode:"open"},at?.({ReactiveElement:E}),((_e=ce.reactiveElementVersions)!==null&&_e!==void 0?_e:ce.reactiveElementVersions=[]).push("1.6.3");var Ce,de=window,U=de.trustedTypes,ct=U?U.createPolicy("lit-html",{createHTML:s=>s}):void 0,Pe="$lit$",M=`lit$${(Math.random()+"").slice(9)}$`,yt="?"+M,fn=`<${yt}>`,P=document,Z=()=>P.createComment(""),J=s=>s===null||typeof s!="object"&&typeof s!="function",bt=Array.isArray,yn=s=>bt(s)||typeof s?.[Symbol.iterator]=="function",He=`[ 	
\f\r]`,Y=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,dt=/-->/g,ht=/>/g,C=RegExp(`>|${He}(?:([^\\s"'>=/]+)(${He}*=${He}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),ut=/'/g,pt=/"/g,gt=/^(?:script|style|textarea|title)$/i,vt=s=>(t,...e)=>({_$litType$:s,strings:t,values:e}),u=vt(1),$t=vt(2),R=Symbol.for("lit-noChange"),f=Symbol.for("lit-nothing"),mt=new WeakMap,H=P.createTreeWalker(P,129,null,!1);function xt(s,t){if(!Array.isArray(s)||!s.hasOwnProperty("raw"))throw Error("invalid template strings array");return ct!==void 0?ct.createHTML(t):t}var bn=(s,t)=>{let e=s.length-1,n=[],r,o=t===2?"<svg>":"",i=Y;for(let a=0;a<e;a++){let l=s[a],c,d,p=-1,h=0;for(;h<l.length&&(i.lastIndex=h,d=i.exec(l),d!==null);)h=i.lastIndex,i===Y?d[1]==="!--"?i=dt:d[1]!==void 0?i=ht:d[2]!==void 0?(gt.test(d[2])&&(r=RegExp("</"+d[2],"g")),i=C):d[3]!==void 0&&(i=C):i===C?d[0]===">"?(i=r??Y,p=-1):d[1]===void 0?p=-2:(p=i.lastIndex-d[2].length,c=d[1],i=d[3]===void 0?C:d[3]==='"'?pt:ut):i===pt||i===ut?i=C:i===dt||i===ht?i=Y:(i=C,r=void 0);let m=i===C&&s[a+1].startsWith("/>")?" ":"";o+=i===Y?l+fn:p>=0?(n.push(c),l.slice(0,p)+Pe+l.slice(p)+M+m):l+M+(p===-2?(n.push(void 0),a):m)}return[xt(s,o+(s[e]||"<?>")+(t===2?"</svg>":"")),n]},ee=class s{constructor({strings:t,_$litType$:e},n){let r;this.parts=[];let o=0,i=0,a=t.length-1,l=this.parts,[c,d]=bn(t,e);if(this.el=s.createElement(c,n),H.currentNode=this.el.content,e===2){let p=this.el.content,h=p.firstChild;h.remove(),p.append(...h.childNodes)}for(;(r=H.nextNode())!==null&&l.length<a;){if(r.nodeType===1){if(r.hasAttributes()){let p=[];for(let h of r.getAttributeNames())if(h.endsWith(Pe)||h.startsWith(M)){let m=d[i++];if(p.push(h),m!==void 0){let b=r.getAttribute(m.toLowerCase()+Pe).split(M),g=/([.?@])?(.*)/.exec(m);l.push({type:1,index:o,name:g[2],strings:b,ctor:g[1]==="."?Fe:g[1]==="?"?Ne:g[1]==="@"?qe:z})}else l.push({type:6,index:o})}for(let h of p)r.removeAttribute(h)}if(gt.test(r.tagName)){let p=r.textContent.split(M),h=p.length-1;if(h>0){r.textContent=U?U.emptyScript:"";for(let m=0;m<h;m++)r.append(p[m],Z()),H.nextNode(),l.push({type:2,index:++o});r.append(p[h],Z())}}}else if(r.nodeType===8)if(r.data===yt)l.push({type:2,index:o});else{let p=-1;for(;(p=r.data.indexOf(M,p+1))!==-1;)l.push({type:7,index:o}),p+=M.length-1}o++}}static createElement(t,e){let n=P.createElement("template");return n.innerHTML=t,n}};function B(s,t,e=s,n){var r,o,i,a;if(t===R)return t;let l=n!==void 0?(r=e._$Co)===null||r===void 0?void 0:r[n]:e._$Cl,c=J(t)?void 0:t._$litDirective$;return l?.constructor!==c&&((o=l?._$AO)===null||o===void 0||o.call(l,!1),c===void 0?l=void 0:(l=new c(s),l._$AT(s,e,n)),n!==void 0?((i=(a=e)._$Co)!==null&&i!==void 0?i:a._$Co=[])[n]=l:e._$Cl=l),l!==void 0&&(t=B(s,l._$AS(s,t.values),l,n)),t}var Re=class{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){var e;let{el:{content:n},parts:r}=this._$AD,o=((e=t?.creationScope)!==null&&e!==void 0?e:P).importNode(n,!0);H.currentNode=o;let i=H.nextNode(),a=0,l=0,c=r[0];for(;c!==void 0;){if(a===c.index){let d;c.type===2?d=new te(i,i.nextSibling,this,t):c.type===1?d=new c.ctor(i,c.name,c.strings,this,t):c.type===6&&(d=new Oe(i,this,t)),this._$AV.push(d),c=r[++l]}a!==c?.index&&(i=H.nextNode(),a++)}return H.currentNode=P,o}v(t){let e=0;for(let n of this._$AV)n!==void 0&&(n.strings!==void 0?(n._$AI(t,n,e),e+=n.strings.length-2):n._$AI(t[e])),e++}},te=class s{constructor(t,e,n,r){var o;this.type=2,this._$AH=f,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=n,this.options=r,this._$Cp=(o=r?.isConnected)===null||o===void 0||o}get _$AU(){var t,e;return(e=(t=this._$AM)===null||t===void 0?void 0:t._$AU)!==null&&e!==void 0?e:this._$Cp}get parentNode(){let t=this._$AA.parentNode,e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=B(this,t,e),J(t)?t===f||t==null||t===""?(this._$AH!==f&&this._$AR(),this._$AH=f):t!==this._$AH&&t!==R&&this._(t):t._$litType$!==void 0?this.g(t):t.nodeType!==void 0?this.$(t):yn(t)?this.T(t):this._(t)}k(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}$(t){this._$AH!==t&&(this._$AR(),this._$AH=this.k(t))}_(t){this._$AH!==f&&J(this._$AH)?this._$AA.nextSibling.data=t:this.$(P.createTextNode(t)),this._$AH=t}g(t){var e;let{values:n,_$litType$:r}=t,o=typeof r=="number"?this._$AC(t):(r.el===void 0&&(r.el=ee.createElement(xt(r.h,r.h[0]),this.options)),r);if(((e=this._$AH)===null||e===void 0?void 0:e._$AD)===o)this._$AH.v(n);else{let i=new Re(o,this),a=i.u(this.options);i.v(n),this.$(a),this._$AH=i}}_$AC(t){let e=mt.get(t.strings);return e===void 0&&mt.set(t.strings,e=new ee(t)),e}T(t){bt(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,n,r=0;for(let o of t)r===e.length?e.push(n=new s(this.k(Z()),this.k(Z()),this,this.options)):n=e[r],n._$AI(o),r++;r<e.length&&(this._$AR(n&&n._$AB.nextSibling,r),e.length=r)}_$AR(t=this._$AA.nextSibling,e){var n;for((n=this._$AP)===null||n===void 0||n.call(this,!1,!0,e);t&&t!==this._$AB;){let r=t.nextSibling;t.remove(),t=r}}setConnected(t){var e;this._$AM===void 0&&(this._$Cp=t,(e=this._$AP)===null||e===void 0||e.call(this,t))}},z=class{constructor(t,e,n,r,o){this.type=1,this._$AH=f,this._$AN=void 0,this.element=t,this.name=e,this._$AM=r,this.options=o,n.length>2||n[0]!==""||n[1]!==""?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=f}get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}_$AI(t,e=this,n,r){let o=this.strings,i=!1;if(o===void 0)t=B(this,t,e,0),i=!J(t)||t!==this._$AH&&t!==R,i&&(this._$AH=t);else{let a=t,l,c;for(t=o[0],l=0;l<o.length-1;l++)c=B(this,a[n+l],e,l),c===R&&(c=this._$AH[l]),i||(i=!J(c)||c!==this._$AH[l]),c===f?t=f:t!==f&&(t+=(c??"")+o[l+1]),this._$AH[l]=c}i&&!r&&this.j(t)}j(t){t===f?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},Fe=class extends z{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===f?void 0:t}},gn=U?U.emptyScript:"",Ne=class extends z{constructor(){super(...arguments),this.type=4}j(t){t&&t!==f?this.element.setAttribute(this.name,gn):this.element.removeAttribute(this.name)}},qe=class extends z{constructor(t,e,n,r,o){super(t,e,n,r,o),this.type=5}_$AI(t,e=this){var n;if((t=(n=B(this,t,e,0))!==null&&n!==void 0?n:f)===R)return;let r=this._$AH,o=t===f&&r!==f||t.capture!==r.capture||t.once!==r.once||t.passive!==r.passive,i=t!==f&&(r===f||o);o&&this.element.removeEventListener(this.name,this,r),i&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){var e,n;typeof this._$AH=="function"?this._$AH.call((n=(e=this.options)===null||e===void 0?void 0:e.host)!==null&&n!==void 0?n:this.element,t):this._$AH.handleEvent(t)}},Oe=class{constructor(t,e,n){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(t){B(this,t)}};var ft=de.litHtmlPolyfillSupport;ft?.(ee,te),((Ce=de.litHtmlVersions)!==null&&Ce!==void 0?Ce:de.litHtmlVersions=[]).push("2.8.0");var wt=(s,t,e)=>{var n,r;let o=(n=e?.renderBefore)!==null&&n!==void 0?n:t,i=o._$litPart$;if(i===void 0){let a=(r=e?.renderBefore)!==null&&r!==void 0?r:null;o._$litPart$=i=new te(t.insertBefore(Z(),a),a,void 0,e??{})}return i._$AI(s),i};var De,Ue;var V=class extends E{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){var t,e;let n=super.createRenderRoot();return(t=(e=this.renderOptions).renderBefore)!==null&&t!==void 0||(e.renderBefore=n.firstChild),n}update(t){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=wt(e,this.renderRoot,this.renderOptions)}connectedCallback(){var t;super.connectedCallback(),(t=this._$Do)===null||t===void 0||t.setConnected(!0)}disconnectedCallback(){var t;super.disconnectedCallback(),(t=this._$Do)===null||t===void 0||t.setConnected(!1)}render(){return R}};V.finalized=!0,V._$litElement$=!0,(De=globalThis.litElementHydrateSupport)===null||De===void 0||De.call(globalThis,{LitElement:V});var kt=globalThis.litElementPolyfillSupport;kt?.({LitElement:V});((Ue=globalThis.litElementVersions)!==null&&Ue!==void 0?Ue:globalThis.litElementVersions=[]).push("3.3.3");function vn(s){let t=s;return t!=null&&typeof t=="object"&&typeof t.data=="string"&&Array.isArray(t.shape)&&(t.dtype==="uint10"||t.dtype==="float32")}function $n(s){let t=Uint8Array.fromBase64;if(t)return t(s);let e=atob(s),n=new Uint8Array(e.length);for(let r=0;r<e.length;r++)n[r]=e.charCodeAt(r);return n}var xn=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function wn(s,t){if(s.byteLength!==t*4)throw new Error(`encoded float32 array has ${s.byteLength} bytes; its shape needs ${t*4}.`);if(xn)return new Float32Array(s.buffer.slice(s.byteOffset,s.byteOffset+t*4));let e=new DataView(s.buffer,s.byteOffset,s.byteLength),n=new Float32Array(t);for(let r=0;r<t;r++)n[r]=e.getFloat32(4*r,!0);return n}function kn(s,t,e){let n=t+Math.ceil(t/4);if(s.byteLength!==n)throw new Error(`encoded uint10 array has ${s.byteLength} bytes; its shape needs ${n}.`);if(!(e>0))throw new Error(`uint10 array needs a positive scale, got ${e}.`);let r=new Float32Array(1024);for(let a=0;a<1024;a++)r[a]=a/e;let o=new Float32Array(t),i=t-t%4;for(let a=0,l=t;a<i;a+=4,l++){let c=s[l];o[a]=r[s[a]|(c&192)<<2],o[a+1]=r[s[a+1]|(c&48)<<4],o[a+2]=r[s[a+2]|(c&12)<<6],o[a+3]=r[s[a+3]|(c&3)<<8]}for(let a=i;a<t;a++){let l=s[t+(a>>2)]>>6-2*(a&3)&3;o[a]=r[s[a]|l<<8]}return o}function _(s){if(!vn(s))throw new Error("expected an encoded array {dtype, shape, scale, data}.");let t=$n(s.data),e=s.shape.reduce((r,o)=>r*o,1),n=s.dtype==="uint10"?kn(t,e,s.scale??0):wn(t,e);return{shape:[...s.shape],values:n}}var he="attention",ue="neuron_view",pe="nmf";function y(s,t,e){if(!(t in s))throw new Error(`${e} response has no '${t}' field.`);return s[t]}function F(s,t,e){if(!(t.length===e.length&&t.every((r,o)=>e[o]<0||r===e[o]))){let r=e.map(o=>o<0?"?":o).join(", ");throw new Error(`${s} has shape (${t.join(", ")}); expected (${r}).`)}}function Be(s,t,e){if(!Array.isArray(t)||t.length!==e){let n=Array.isArray(t)?t.length:typeof t;throw new Error(`${s} has ${n} entries but there are ${e} tokens.`)}}function ze(s,t){let e=y(s,"tokens",t),n={tokens:e,displayTokens:y(s,"display_tokens",t),specialTokens:y(s,"special_tokens",t),segmentIds:y(s,"segment_ids",t)};return Be("display_tokens",n.displayTokens,e.length),Be("special_tokens",n.specialTokens,e.length),Be("segment_ids",n.segmentIds,e.length),n}var me="Special tokens: the tokenizer's markup, such as [CLS], [SEP], <s>, </s> and padding. Unknown-word tokens ([UNK], <unk>) stand for real text, such as an emoji, and are not special.";function $(s,t){let e=s.displayTokens[t],n=s.tokens[t];return n===e?`${e} (#${t})`:`${e} (#${t}, token ${n})`}function At(s){let t=s,e=`'${he}' interpreter`,n=ze(t,e),r=y(t,"layers",e),o=y(t,"num_heads",e),i=_(y(t,"attention",e)),a=n.tokens.length;F("attention",i.shape,[r.length,o,a,a]);let l=o*a*a,c=r.map((p,h)=>i.values.subarray(h*l,(h+1)*l)),d=typeof t.num_layers=="number"?t.num_layers:null;return{...n,layers:r,numHeads:o,numLayers:d,weights:c}}function An(s,t,e){let n=s,r=y(n,"name",`${e} term`),o=_(y(n,"values",`${e} term '${r}'`));return F(`term '${r}'`,o.shape,[t,t]),{name:r,label:String(n.label??r),description:String(n.description??""),values:o.values}}function St(s){let t=s,e=`'${ue}' interpreter`,n=ze(t,e),r=n.tokens.length,o=_(y(t,"query",e)),i=_(y(t,"key",e)),a=_(y(t,"attention",e));F("query",o.shape,[r,-1]),F("key",i.shape,o.shape),F("attention",a.shape,[r,r]);let l=y(t,"key_allowed",e),c=null;if(l!=null){let p=_(l);F("key_allowed",p.shape,[r,r]),c=Uint8Array.from(p.values,h=>h>.5?1:0)}let d=y(t,"scale",e);if(!(typeof d=="number"&&Number.isFinite(d)))throw new Error(`${e} response has scale ${d}; expected a finite number.`);return{...n,layer:y(t,"layer",e),head:y(t,"head",e),headDim:o.shape[1],query:o.values,key:i.values,scale:d,scaleLabel:y(t,"scale_label",e),positionTransform:y(t,"position_transform",e),terms:y(t,"terms",e).map(p=>An(p,r,e)),keyAllowed:c,attention:a.values}}function Et(s){let t=s,e=`'${pe}' interpreter`,n=ze(t,e),r=n.tokens,o=_(y(t,"factors",e));F("factors",o.shape,[-1,r.length]);let i=o.shape[0],a=y(t,"top_neurons",e),l=y(t,"layer_share",e);if(a.length!==i||l.length!==i)throw new Error(`nmf response has ${i} factors but ${a.length} neuron lists and ${l.length} layer shares.`);return{...n,tokenMask:t.token_mask??r.map(()=>!0),layers:y(t,"layers",e),k:i,factors:o.values,topNeurons:a,layerShare:l,reconstructionError:Number(t.reconstruction_error??NaN)}}var Sn=/^(\[(CLS|SEP|PAD|MASK)\]|<\/?s>|<pad>|<mask>|<cls>|<sep>)$/;function Ve(s){return Sn.test(s)}function Mt(s){return Ve(s)?s:s.replace(/^##(?=.)/,"").replace(/<\/w>$/,"").replace(/^[Ġ▁]+/,"")||"␣"}function _t(s){let t=s.findIndex(e=>e==="[SEP]"||e==="</s>");return s.map((e,n)=>t>=0&&n>t?1:0)}function En(s){let t=s.spec?.output??{},e=new Map;for(let[c,d]of Object.entries(t))d?.name!=="AttentionHeads"||!d.align_in||!(d.align_in in t)||e.set(d.align_in,[...e.get(d.align_in)??[],c]);let n=null;for(let c of e)(n==null||c[1].length>n[1].length)&&(n=c);if(n==null)return null;let[r,o]=n,i=o.map((c,d)=>{let p=/(\d+)/.exec(c);return[p?Number(p[1]):d,c]}),l=new Set(i.map(([c])=>c)).size===i.length?i.sort((c,d)=>c[0]-d[0]):o.map((c,d)=>[d,c]);return{tokensField:r,layers:l}}function q(s){if(s==null)return null;if(s.interpreters?.includes(he))return{kind:"interpreter"};let t=En(s);return t?{kind:"predictions",...t}:null}function ye(s){return Object.values(s).some(t=>q(t)!=null)}var Mn=8,N=new Map,fe=new Map,je=new Map;function _n(s,t){for(N.delete(s),N.set(s,t);N.size>Mn;)N.delete(N.keys().next().value)}function Tn(s,t){if(s==null)return!1;let e=t??s.allLayers;return e!=null&&e.every(n=>s.layers.has(n))}function In(s,t,e){let n=s;if(!Array.isArray(n)||n.some(o=>!Array.isArray(o)||o.length!==t)){let o=Array.isArray(n)&&Array.isArray(n[0])?n[0].length:"?";throw new Error(`${e} has ${o} positions but the tokens have ${t}.`)}let r=new Float32Array(n.length*t*t);return n.forEach((o,i)=>o.forEach((a,l)=>{if(a.length!==t)throw new Error(`${e} row ${l} has ${a.length} values, not ${t}.`);r.set(a,(i*t+l)*t)})),[n.length,r]}async function Ln(s,t,e,n,r){let o=r.layers.map(([,d])=>d),[i]=await s.getPreds([n],e,t,[],[r.tokensField,...o],"Fetching attention"),a=i[r.tokensField],l=new Map,c=0;for(let[d,p]of r.layers){let[h,m]=In(i[p],a.length,p);c=h,l.set(d,m)}return{tokens:a,displayTokens:a.map(Mt),specialTokens:a.map(Ve),segmentIds:_t(a),numHeads:c,allLayers:r.layers.map(([d])=>d),layers:l,source:"predictions"}}async function Cn(s,t,e,n,r){let o=r?{layers:r}:{},[i]=await s.getInterpretations([n],e,t,he,o,"Fetching attention",!0),a=At(i),l=a.numLayers!=null?Array.from({length:a.numLayers},(c,d)=>d):r==null?a.layers:je.get(e)??null;return l&&je.set(e,l),{tokens:a.tokens,displayTokens:a.displayTokens,specialTokens:a.specialTokens,segmentIds:a.segmentIds,numHeads:a.numHeads,allLayers:l,layers:new Map(a.layers.map((c,d)=>[c,a.weights[d]])),source:"interpreter"}}function Hn(){return new Promise(s=>setTimeout(s,0))}async function j(s,t,e,n,r,o){let i=`${e}\0${t}\0${r.id}`,a=N.get(i);if(Tn(a,o))return a;let l=n.kind==="interpreter"&&o!=null&&je.has(e)?o:null,c=`${i}\0${l?.join(",")??"all"}`,d=fe.get(c);return d==null&&(d=(l==null?Hn().then(()=>Promise.allSettled([...fe].filter(([h])=>h.startsWith(`${i}\0`)&&h!==c).map(([,h])=>h))):Promise.resolve()).then(()=>n.kind==="interpreter"?Cn(s,t,e,r,l):Ln(s,t,e,r,n)).then(h=>{let m=N.get(i);return m&&(h.layers.forEach((b,g)=>m.layers.set(g,b)),m.allLayers??=h.allLayers,h=m),_n(i,h),h}).finally(()=>fe.delete(c)),fe.set(c,d)),d}var It=Symbol.for(""),Pn=s=>{if(s?.r===It)return s?._$litStatic$},Lt=s=>({_$litStatic$:s,r:It});var Tt=new Map,Ct=s=>(t,...e)=>{let n=e.length,r,o,i=[],a=[],l,c=0,d=!1;for(;c<n;){for(l=t[c];c<n&&(o=e[c],(r=Pn(o))!==void 0);)l+=r+t[++c],d=!0;c!==n&&a.push(o),i.push(l),c++}if(c===n&&i.push(t[n]),d){let p=i.join("$$lit$$");(t=Tt.get(p))===void 0&&(i.raw=i,Tt.set(p,t=i)),e=a}return s(t,...e)},Ht=Ct(u),Ir=Ct($t);var Pt=`/* Layout and status styles shared by lit-ext's modules. */
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
`;var be="classification-module";function Fn(s){let t=s.prototype;return Object.prototype.hasOwnProperty.call(t,"renderImpl")&&Object.prototype.hasOwnProperty.call(t,"loadLatest")&&Object.prototype.hasOwnProperty.call(s,"shouldDisplayModule")}function Nn(){let s=customElements.get(be);if(s==null)throw new Error(`lit-ext: LIT's <${be}> is not defined; load lit-ext's bundle right after LIT's main.js.`);let t=s;for(;t!=null&&t!==HTMLElement;){if(Fn(t))return t;t=Object.getPrototypeOf(t)}throw new Error(`lit-ext: could not find LIT's LitModule class above <${be}>; this LIT version is not supported.`)}var Rt=Nn(),Ft=(()=>{let t=customElements.get(be)?.styles;return Array.isArray(t)&&t.length>0?[t[0]]:[]})();function ge(s,t){return Object.values(s).some(e=>e.interpreters?.includes(t))}function Nt(s){let e=(s instanceof Error?s.message:String(s)).split(`

Details:`)[0].replace(/^Uncaught error:\s*/,"").trim();return e.length>500?`${e.slice(0,500)}…`:e||"Unknown error"}function T(s){return[Ft,ae`${X(Pt)}`,ae`${X(s)}`]}var W="main",w=class extends Rt{constructor(){super();this.requestSeqs=new Map;this.requestsInFlight=new Set;this.requestErrors=new Map;this.data=null}static{this.duplicateForExampleComparison=!0}static{this.duplicateForModelComparison=!0}static{this.properties={data:{state:!0}}}get inputs(){let e=this.selectedInput;return e==null?[]:[e]}accept(e){this.data=e}inputsChanged(){}renderControls(){return f}get loadingMessage(){return"Loading…"}hasInterpreter(e){return this.appState.currentModelInfos[this.model]?.interpreters?.includes(e)??!1}get selectedInput(){return this.selectionService.primarySelectedInputData}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.inputs,this.model],()=>{this.inputsChanged(),this.reload()})}async reload(){let e=this.inputs;if(e.length===0){this.cancel(W),this.data=null;return}let n=await this.request(W,this.load(e));n!=null&&this.accept(n)}async request(e,n){let r=(this.requestSeqs.get(e)??0)+1;this.requestSeqs.set(e,r),this.requestsInFlight.add(e),this.requestErrors.delete(e),this.requestUpdate();let o=()=>this.requestSeqs.get(e)===r;try{let i=await this.loadLatest(e,n);return o()?(this.requestsInFlight.delete(e),this.requestUpdate(),i):null}catch(i){return o()&&(this.requestsInFlight.delete(e),this.requestErrors.set(e,Nt(i)),this.setIsLoading(!1),this.requestUpdate()),null}}cancel(e){this.requestSeqs.set(e,(this.requestSeqs.get(e)??0)+1),this.requestsInFlight.delete(e),this.requestErrors.delete(e),this.requestUpdate()}isLoading(e=W){return this.requestsInFlight.has(e)}errorOf(e=W){return this.requestErrors.get(e)??null}stateOf(e,n){return this.requestErrors.has(e)?"error":this.requestsInFlight.has(e)?"loading":n?"ready":"empty"}renderStatus(e,n=null,r="Loading…"){let o=this.errorOf(e);return o?u`<div class="status error" role="alert">${o}</div>`:this.isLoading(e)?u`<div class="status" role="status"><div class="spinner"></div>${r}</div>`:n?u`<div class="status hint">${n}</div>`:f}renderImpl(){let e=this.data==null&&this.inputs.length===0?this.emptyMessage:null;return u`
      <div class="module-container">
        ${this.renderControls()}
        <div class="body">
          ${this.renderStatus(W,e,this.loadingMessage)}
          ${this.data!=null&&!this.errorOf()?this.renderData(this.data):f}
        </div>
      </div>`}updated(e){super.updated(e),this.dataset.state=this.stateOf(W,this.data!=null)}};function I(s,t){let e=Lt(s);t.template=(n,r,o)=>Ht`<${e} model=${n} .shouldReact=${o}
          selectionServiceIndex=${r}></${e}>`,customElements.define(s,t)}var qt=["#d62728","#1f5fd6","#2ca02c","#ff7f0e","#8e44ad","#17a2b8","#e6399b","#8c564b","#556b2f","#000080","#b8860b","#7f7f7f","#00a087","#b22d5b","#5b3fd6","#6b8e23"];function k(s){return s<qt.length?qt[s]:`hsl(${(s*137.508%360).toFixed(1)}, 65%, 42%)`}function We(s){if(s.startsWith("#")){let i=parseInt(s.slice(1),16);return[i>>16&255,i>>8&255,i&255]}let[t,e,n]=(s.match(/[\d.]+/g)??["0","0","0"]).map(Number),r=e/100*Math.min(n/100,1-n/100),o=i=>{let a=(i+t/30)%12;return Math.round(255*(n/100-r*Math.max(-1,Math.min(a-3,9-a,1))))};return[o(0),o(8),o(4)]}function K(s,t){let[e,n,r]=We(s);return`rgba(${e}, ${n}, ${r}, ${t.toFixed(3)})`}var Dt=[33,102,172],Ut=[202,72,34];function ne(s,t){let e=t>0?Math.min(1,Math.abs(s)/t):0,[n,r,o]=s>=0?Dt:Ut;return[Math.round(255+(n-255)*e),Math.round(255+(r-255)*e),Math.round(255+(o-255)*e)]}function O([s,t,e]){return`rgb(${s}, ${t}, ${e})`}var Ot=[128,134,139];function Ke(s,t){let e=t>0?Math.min(1,Math.abs(s)/t):0,n=s>=0?Dt:Ut;return[0,1,2].map(r=>Math.round(Ot[r]+(n[r]-Ot[r])*e))}var D="head-focus",Ge=class extends EventTarget{constructor(){super(...arguments);this.current=null}get focus(){return this.current}focusHead(e){this.current={...e},this.dispatchEvent(new CustomEvent(D,{detail:{...e}}))}},A=new Ge;var Bt=`.heads {
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
`;var S=64,On=12e3,x=8,Dn=150,Vt=s=>`${s}px Roboto, sans-serif`;function Un(s){return s<=40?[20,13]:s<=128?[16,12]:[13,10]}function jt(s,t,e){let[n,r]=Un(t.visible.length);s.font=Vt(r);let o=20;for(let m of t.visible)o=Math.max(o,s.measureText(t.labels[m]).width);o=Math.min(Dn,Math.ceil(o));let i=Math.min(8,n-6),l=t.numHeads*(i+1)+x+o+x,c=Math.max(80,Math.min(360,e-2*l)),d=Math.max(0,Math.floor((e-c-2*l)/2)),p=new Int32Array(t.tokens.length).fill(-1);t.visible.forEach((m,b)=>p[m]=b);let h=6;return{width:Math.max(e,c+2*l),height:h*2+t.visible.length*n,rowHeight:n,fontSize:r,top:h,leftTextRight:d+l-x,rightTextLeft:d+l+c+x,textWidth:o,squareSize:i,rowOf:p}}function Qe(s){return s==="all"?null:[s[0]==="A"?0:1,s[1]==="A"?0:1]}function Bn(s,t,e){let n=Qe(s.filter);return n==null||s.segmentIds[t]===n[0]&&s.segmentIds[e]===n[1]}function ve(s,t){return s.top+s.rowOf[t]*s.rowHeight+s.rowHeight/2}function zt(s,t){let e=s.tokens.length,{weights:n,visible:r,active:o,threshold:i}=s,a=Qe(s.filter),l=s.segmentIds,c=o?.side==="left"?[o.index]:r,d=o?.side==="right"?[o.index]:r;for(let p of s.heads){let h=p*e*e;for(let m of c){if(a&&l[m]!==a[0])continue;let b=h+m*e;for(let g of d){if(a&&l[g]!==a[1])continue;let v=n[b+g];v>=i&&v>0&&t(p,m,g,Math.min(S,Math.max(1,Math.round(v*S))))}}}}function Wt(s,t,e){s.clearRect(0,0,e.width,e.height);let n=new Int32Array(S+1);zt(t,(h,m,b,g)=>n[g]++);let r=1,o=0;for(let h=S;h>=1;h--){if(o>0&&o+n[h]>On){r=h+1;break}o+=n[h]}let i=0;for(let h=1;h<=S;h++)i+=n[h];let a=e.leftTextRight+x/2,l=e.rightTextLeft-x/2,c=new Float64Array(t.tokens.length);for(let h of t.visible)c[h]=ve(e,h);let d=new Map;zt(t,(h,m,b,g)=>{if(g<r)return;let v=h*(S+1)+g,L=d.get(v);L==null&&d.set(v,L=new Path2D),L.moveTo(a,c[m]),L.lineTo(l,c[b])}),s.lineWidth=1;for(let[h,m]of d){let b=Math.floor(h/(S+1)),g=h%(S+1);s.strokeStyle=K(t.headColors[b],g/S),s.stroke(m)}let p=r>1?(r-.5)/S:t.threshold;return{lines:o,overBudget:i-o,cutoff:p}}function zn(s,t,e){if(s.measureText(t).width<=e)return t;let n=t.length;for(;n>1&&s.measureText(`${t.slice(0,n)}…`).width>e;)n--;return`${t.slice(0,n)}…`}function Vn(s,t,e){let n=[];s.font=Vt(e.fontSize),s.textBaseline="middle";let r=Qe(t.filter);for(let o of["left","right"]){s.textAlign=o==="left"?"right":"left";let i=o==="left"?e.leftTextRight:e.rightTextLeft;for(let a of t.visible){let l=ve(e,a),c=t.active?.side===o&&t.active.index===a;if(c){let m=o==="left"?i-e.textWidth-2:i-2;s.fillStyle=t.pinned?"#c0e7e3":"#e8eaed",s.fillRect(m,l-e.rowHeight/2+1,e.textWidth+4,e.rowHeight-2)}let d=r?r[o==="left"?0:1]:null,p=d!=null&&t.segmentIds[a]!==d;s.fillStyle=p?"#bdc1c6":c?"#202124":"#3c4043";let h=zn(s,t.labels[a],e.textWidth);s.fillText(h,i,l),o==="left"&&n.push(h)}}return n}function jn(s,t,e){let n=t.active;if(n==null)return;let r=t.tokens.length,o=e.squareSize,i=n.side==="right";for(let a of t.visible){let[l,c]=i?[a,n.index]:[n.index,a];if(!Bn(t,l,c))continue;let d=ve(e,a);t.heads.forEach((p,h)=>{let m=t.weights[p*r*r+l*r+c],b=i?e.leftTextRight-e.textWidth-x-(h+1)*(o+1):e.rightTextLeft+e.textWidth+x+h*(o+1);s.fillStyle=K(t.headColors[p],Math.min(1,m)),s.fillRect(b,d-o/2,o,o)})}}function Kt(s,t,e){s.clearRect(0,0,e.width,e.height);let n=Vn(s,t,e);return jn(s,t,e),n}function Gt(s,t,e,n){let r=Math.floor((n-t.top)/t.rowHeight);if(r<0||r>=s.visible.length)return null;let o=(t.leftTextRight+t.rightTextLeft)/2,i=e<o?"left":"right",a=s.numHeads*(t.squareSize+1)+x;return(i==="left"?e>=t.leftTextRight-t.textWidth-a&&e<=t.leftTextRight+x:e>=t.rightTextLeft-x&&e<=t.rightTextLeft+t.textWidth+a)?{side:i,index:s.visible[r]}:null}function Qt(s,t,e){return e<0||e>=s.rowOf.length||s.rowOf[e]<0?null:{x:t==="left"?s.leftTextRight-10:s.rightTextLeft+10,y:ve(s,e)}}var Wn=[["all","All"],["AA","A → A"],["AB","A → B"],["BA","B → A"],["BB","B → B"]],Xt=[.01,.02,.05,.1,.2],Xe=class extends w{constructor(){super();this.hovered=null;this.scene=null;this.geometry=null;this.canvasWidth=0;this.sceneKey="";this.drawnWeights=null;this.labelsDrawn=[];this.fullLines=null;this.fullResult=null;this.resizeObserver=null;this.laidOut=null;this.emptyMessage="Select an example to see its attention.";this.onFocus=e=>{this.applyFocus(e.detail,!0)};this.onMouseMove=e=>{let n=this.tokenAt(e),r=(o,i)=>o?.side===i?.side&&o?.index===i?.index;this.pinned==null&&!r(n,this.hovered)&&(this.hovered=n,this.repaintActive()),this.showTooltip(e,n)};this.onMouseLeave=()=>{this.showTooltip(null,null),this.hovered!=null&&(this.hovered=null,this.pinned==null&&this.repaintActive())};this.onCanvasClick=e=>{let n=this.tokenAt(e),r=n&&this.pinned&&n.side===this.pinned.side&&n.index===this.pinned.index;this.pinned=n==null||r?null:n,this.hovered=n};this.layer=0,this.selectedHeads=[],this.filter="all",this.hideSpecial=!1,this.threshold=Xt[0],this.pinned=null}static{this.title="Attention: Head View"}static{this.infoMarkdown="Attention of one layer: lines from each token (left) to the tokens it attends to (right), one colour per head, opacity = weight. Hover or click a token to isolate it."}static{this.numCols=6}static shouldDisplayModule(e){return ye(e)}static{this.styles=T(Bt)}static{this.properties={layer:{state:!0},selectedHeads:{state:!0},filter:{state:!0},hideSpecial:{state:!0},threshold:{state:!0},pinned:{state:!0}}}connectedCallback(){super.connectedCallback(),A.addEventListener(D,this.onFocus),A.focus?.model===this.model&&this.applyFocus(A.focus,!1)}disconnectedCallback(){super.disconnectedCallback(),A.removeEventListener(D,this.onFocus),this.resizeObserver?.disconnect(),this.resizeObserver=null}applyFocus(e,n){e.model===this.model&&(this.selectedHeads=[e.head],e.layer!==this.layer&&(this.layer=e.layer,this.reload()),n&&this.scrollIntoView({block:"nearest"}))}inputsChanged(){this.pinned=null}async load([e]){let n=q(this.appState.currentModelInfos[this.model]);if(n==null)throw new Error(`Model '${this.model}' returns no attention.`);return performance.mark("lit-ext:head-view:request"),j(this.apiService,this.appState.currentDataset,this.model,n,e,[this.layer])}accept(e){if(performance.mark("lit-ext:head-view:data",{detail:{tokens:e.tokens.length}}),e.allLayers&&!e.allLayers.includes(this.layer)&&(this.layer=e.allLayers[0],!e.layers.has(this.layer))){this.reload();return}let n=this.data!=null&&this.data.numHeads!==e.numHeads,r=this.data==null&&this.selectedHeads.length===0;(n||r||this.selectedHeads.some(o=>o>=e.numHeads))&&(this.selectedHeads=Array.from({length:e.numHeads},(o,i)=>i)),this.data=e,this.requestUpdate()}setLayer(e){this.layer=e,this.pinned=null,!this.data?.layers.has(e)&&this.reload()}toggleHead(e){this.selectedHeads=this.selectedHeads.includes(e)?this.selectedHeads.filter(n=>n!==e):[...this.selectedHeads,e].sort((n,r)=>n-r)}soloHead(e){let n=this.data?.numHeads??0,r=this.selectedHeads.length===1&&this.selectedHeads[0]===e;this.selectedHeads=r?Array.from({length:n},(o,i)=>i):[e]}get isPair(){return this.data!=null&&this.data.segmentIds.some(e=>e===1)}renderControls(){let e=this.data,n=e?.allLayers??[...e?.layers.keys()??[]],r=l=>this.setLayer(Number(l.target.value)),o=l=>{this.filter=l.target.value},i=l=>{this.threshold=Number(l.target.value)},a=l=>{this.hideSpecial=l.target.checked,this.pinned=null};return u`
      <div class="toolbar">
        <label>Layer
          <select class="dropdown layer-select" @change=${r} ?disabled=${!n.length}>
            ${n.map(l=>u`<option value=${l} ?selected=${l===this.layer}>${l}</option>`)}
          </select>
        </label>
        ${this.isPair?u`
          <label>Sentences
            <select class="dropdown pair-filter" @change=${o}>
              ${Wn.map(([l,c])=>u`
                <option value=${l} ?selected=${l===this.filter}>${c}</option>`)}
            </select>
          </label>`:f}
        <label title="Lines for smaller weights are not drawn (they would be nearly invisible).">
          Hide weights below
          <select class="dropdown threshold" @change=${i}>
            ${Xt.map(l=>u`
              <option value=${l} ?selected=${l===this.threshold}>${l}</option>`)}
          </select>
        </label>
        <label title=${me}><input type="checkbox" class="hide-special"
            .checked=${this.hideSpecial} @change=${a}>Hide special tokens</label>
      </div>
      ${e?this.renderHeads(e.numHeads):f}`}renderHeads(e){let n=()=>{this.selectedHeads=Array.from({length:e},(r,o)=>o)};return u`
      <div class="heads" role="group" aria-label="Heads">
        <span class="hint">Heads</span>
        ${Array.from({length:e},(r,o)=>{let i=this.selectedHeads.includes(o),a=k(o);return u`
            <button class="head-chip ${i?"on":""}" data-head=${o}
                style="--head-color: ${a}" aria-pressed=${i}
                title="Head ${o}: click to toggle, double-click to show it alone"
                @click=${()=>this.toggleHead(o)} @dblclick=${()=>this.soloHead(o)}>
              ${o}
            </button>`})}
        <button class="hairline-button" @click=${n}>All</button>
        <button class="hairline-button" @click=${()=>this.selectedHeads=[]}>None</button>
      </div>`}renderData(){return u`
      <div class="hint legend">${this.legendText()}<span class="line-stats"></span></div>
      <div class="canvas-stack">
        <canvas class="lines"></canvas>
        <canvas class="labels" @mousemove=${this.onMouseMove}
            @mouseleave=${this.onMouseLeave} @click=${this.onCanvasClick}></canvas>
      </div>
      <div class="tooltip" hidden></div>`}legendText(){return`Left: attending tokens; right: attended tokens. ${this.pinned?"Click the pinned token again (or empty space) to unpin.":"Hover a token to isolate its lines; click to pin it."}`}observeWidth(){let e=this.renderRoot.querySelector(".body");e==null||this.resizeObserver!=null||(this.resizeObserver=new ResizeObserver(()=>{let n=Math.floor(e.clientWidth-16);n>0&&n!==this.canvasWidth&&(this.canvasWidth=n,this.redraw())}),this.resizeObserver.observe(e))}updated(e){super.updated(e),this.observeWidth(),this.redraw()}buildScene(){let e=this.data,n=e?.layers.get(this.layer);if(e==null||n==null)return null;let r=e.tokens.map((o,i)=>i).filter(o=>!this.hideSpecial||!e.specialTokens[o]);return{tokens:e.tokens,labels:e.displayTokens,segmentIds:e.segmentIds,numHeads:e.numHeads,weights:n,heads:this.selectedHeads,headColors:Array.from({length:e.numHeads},(o,i)=>k(i)),visible:r,filter:this.isPair?this.filter:"all",threshold:this.threshold,active:this.pinned??this.hovered,pinned:this.pinned!=null}}canvases(){let e=this.renderRoot.querySelector("canvas.lines"),n=this.renderRoot.querySelector("canvas.labels");return e&&n?[e,n]:null}redraw(){let e=this.buildScene();this.scene=e;let n=this.canvases();if(e==null||n==null||this.canvasWidth<=0)return;let[r,o]=n,i=[this.layer,e.heads.join(","),e.filter,e.threshold,e.visible.length,this.canvasWidth].join("|");if(i!==this.sceneKey||e.weights!==this.drawnWeights||r!==this.laidOut||this.geometry==null){this.sceneKey=i,this.laidOut=r,this.drawnWeights=e.weights,this.fullLines=null,this.fullResult=null;let a=jt(o.getContext("2d"),e,this.canvasWidth);this.geometry=a;let l=window.devicePixelRatio||1;for(let c of[r,o])c.style.width=`${a.width}px`,c.style.height=`${a.height}px`;r.width=a.width,r.height=a.height,o.width=Math.round(a.width*l),o.height=Math.round(a.height*l),o.getContext("2d").setTransform(l,0,0,l,0,0)}this.paint()}paint(){let e=this.canvases(),n=this.scene,r=this.geometry;if(e==null||n==null||r==null)return;let[o,i]=e,a=o.getContext("2d"),l;if(n.active==null&&this.fullLines&&this.fullResult)a.clearRect(0,0,r.width,r.height),a.drawImage(this.fullLines,0,0),l=this.fullResult;else{if(n.active!=null&&this.fullLines==null&&this.fullResult!=null){let d=document.createElement("canvas");d.width=o.width,d.height=o.height,d.getContext("2d").drawImage(o,0,0),this.fullLines=d}l=Wt(a,n,r),n.active==null&&(this.fullResult=l)}this.labelsDrawn=Kt(i.getContext("2d"),n,r),this.describeLines(l);let c=n.tokens.length;requestAnimationFrame(()=>{performance.mark("lit-ext:head-view:painted",{detail:{tokens:c,lines:l.lines}})})}describeLines(e){Object.assign(this.dataset,{source:this.data?.source??"",layer:String(this.layer),filter:this.scene?.filter??"",heads:this.scene?.heads.join(",")??"",tokens:String(this.scene?.tokens.length??0),lines:String(e.lines),hiddenLines:String(e.overBudget),active:this.scene?.active?`${this.scene.active.side}:${this.scene.active.index}`:""});let n=this.renderRoot.querySelector(".line-stats");if(n==null)return;let r=e.lines.toLocaleString("en-US");n.textContent=e.overBudget>0?`${r} strongest lines drawn (weights ≥ ${e.cutoff.toFixed(3)}); ${e.overBudget.toLocaleString("en-US")} weaker ones hidden to stay fast.`:`${r} lines (weights ≥ ${e.cutoff}).`}repaintActive(){this.scene!=null&&(this.scene.active=this.pinned??this.hovered,this.scene.pinned=this.pinned!=null,this.paint())}drawnLabels(){return[...this.labelsDrawn]}tokenPosition(e,n){return this.geometry?Qt(this.geometry,e,n):null}tokenAt(e){if(this.scene==null||this.geometry==null)return null;let n=e.target.getBoundingClientRect();return Gt(this.scene,this.geometry,e.clientX-n.left,e.clientY-n.top)}showTooltip(e,n){let r=this.renderRoot.querySelector(".tooltip");if(r==null)return;let o=e&&n?this.tooltipText(n):"";r.hidden=!o,!(!o||!e)&&(r.textContent=o,r.style.left=`${e.clientX+14}px`,r.style.top=`${e.clientY+10}px`)}tooltipText(e){let n=this.scene,r=this.data;if(n==null||r==null)return"";let o=p=>$(r,p),i=this.pinned??this.hovered,a=n.tokens.length;if(i==null||i.side===e.side){let p=e.side==="left"?"attends from":"is attended by";return`${o(e.index)}
layer ${this.layer}: ${p} the lines shown`+(this.pinned?"":`
click to pin`)}let[l,c]=i.side==="left"?[i.index,e.index]:[e.index,i.index],d=n.heads.map(p=>{let h=n.weights[p*a*a+l*a+c];return`  head ${String(p).padStart(2)}: ${h.toFixed(4)}`});return`${o(l)} → ${o(c)}, layer ${this.layer}
${d.join(`
`)}`}};I("head-view-module",Xe);var $e="head_importance",xe="ablated_prediction";function Kn(s,t){return Array.isArray(s)&&(t==null||s.length===t)&&s.every(e=>typeof e=="number"&&Number.isFinite(e))}function Ye(s,t,e){if(!Kn(s,e)){let n=e==null?"":`${e} `;throw new Error(`${t} is not a list of ${n}finite numbers.`)}return s}function Gn(s,t,e,n){if(!Array.isArray(s)||s.length!==e)throw new Error(`${t} has ${Array.isArray(s)?s.length:"no"} rows; expected ${e}.`);return s.map((r,o)=>Ye(r,`${t} row ${o}`,n))}var Yt=["ablation","gradient"];function Zt(s){let t=s,e=`'${$e}' interpreter`,n=y(t,"num_layers",e),r=y(t,"num_heads",e);return{method:y(t,"method",e),numLayers:n,numHeads:r,importance:Gn(y(t,"importance",e),"importance",n,r),label:y(t,"label",e),probability:y(t,"probability",e)}}function Jt(s){let t=s,e=`'${xe}' interpreter`,n=y(t,"labels",e);return{labels:n,probas:Ye(y(t,"probas",e),"probas",n.length),probasAblated:Ye(y(t,"probas_ablated",e),"probas_ablated",n.length),heads:y(t,"heads",e)}}function Qn(s,t){if(!(t>=1))throw new Error(`batch size must be at least 1, got ${t}`);let e=[];for(let n=0;n<s.length;n+=t)e.push(s.slice(n,n+t));return e}async function en(s,t,e,n,r,o,i={}){let a=Math.min(i.batchSize??32,32),l=[];i.onProgress?.(0,t.length);for(let c of Qn(t,a)){i.signal?.throwIfAborted();let d=await s.getInterpretations(c,e,n,r,o,i.message,!0);if(!Array.isArray(d)||d.length!==c.length)throw new Error(`'${r}' returned ${Array.isArray(d)?d.length:"no"} results for ${c.length} examples.`);l.push(...d),i.onBatch?.(c,d),i.onProgress?.(l.length,t.length)}return l}function Ze(s){let t=0;for(let e=1;e<s.length;e++)s[e]>s[t]&&(t=e);return t}function tn(s){return s.reduce((t,e)=>t+e,0)/s.length}function nn(s){if(s.length===0)throw new Error("No head importance to average.");let[t]=s;for(let r of s)if(r.numLayers!==t.numLayers||r.numHeads!==t.numHeads||r.method!==t.method)throw new Error(`Head importance of different shapes or methods: ${t.numLayers}×${t.numHeads} ${t.method} and ${r.numLayers}×${r.numHeads} ${r.method}.`);let e=t.importance.map((r,o)=>r.map((i,a)=>tn(s.map(l=>l.importance[o][a])))),n=Math.max(0,...e.flat().map(Math.abs));return{method:t.method,numLayers:t.numLayers,numHeads:t.numHeads,values:e,examples:s.length,extent:n}}function re(s,t){return`${s}:${t}`}function we(s){return[...s].map(t=>t.split(":").map(Number)).sort((t,e)=>t[0]-e[0]||t[1]-e[1]).map(([t,e])=>re(t,e)).join(",")}var rn=`.grid {
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
`;function Yn(s){let t=Math.abs(s).toFixed(3);return Number(t)===0?t:`${s>0?"+":"−"}${t}`}function sn(s,t){return u`
    <td class="num" data-col=${s} data-value=${t} title=${t.toPrecision(6)}>
      <span class="bar" style="width: ${Math.round(48*t)}px"></span>${t.toFixed(3)}</td>`}function on(s){let t=Ze(s.probas),e=Ze(s.probasAblated),n=s.heads.length===0?"No head is switched off.":t===e?`The prediction stays ${s.labels[t]}.`:`The prediction changes: ${s.labels[t]} → ${s.labels[e]}.`;return u`
    <table class="prediction-change">
      <thead>
        <tr><th>Class</th><th class="num">Full model</th><th class="num">Heads off</th>
          <th class="num">Δ</th></tr>
      </thead>
      <tbody>
        ${s.labels.map((r,o)=>u`
          <tr data-class=${r} class=${o===e?"predicted":""}>
            <td>${r}</td>
            ${sn("before",s.probas[o])}
            ${sn("after",s.probasAblated[o])}
            <td class="num delta" data-col="delta">${Yn(s.probasAblated[o]-s.probas[o])}</td>
          </tr>`)}
      </tbody>
    </table>
    <div class="verdict ${t===e?"":"changed"}">${n}</div>`}function an(s,t,e,n,[r,o,i]){let a=Math.min(n,s.width),l=new Float32Array(a*a),c=e*n*n;for(let m=0;m<n;m++){let b=Math.floor(m*a/n)*a;for(let g=0;g<n;g++){let v=b+Math.floor(g*a/n),L=t[c+m*n+g];L>l[v]&&(l[v]=L)}}let d=new ImageData(a,a);for(let m=0;m<a*a;m++){let b=Math.sqrt(Math.min(1,l[m]));d.data[4*m]=Math.round(255+(r-255)*b),d.data[4*m+1]=Math.round(255+(o-255)*b),d.data[4*m+2]=Math.round(255+(i-255)*b),d.data[4*m+3]=255}let p=document.createElement("canvas");p.width=a,p.height=a,p.getContext("2d").putImageData(d,0,0);let h=s.getContext("2d");h.imageSmoothingEnabled=!1,h.clearRect(0,0,s.width,s.height),h.drawImage(p,0,0,s.width,s.height)}var ln=[48,72,104],ke="importance",se="ablation",Je=class extends w{constructor(){super();this.observer=null;this.drawn=new Set;this.pending=new Set;this.frame=0;this.emptyMessage="Select an example to see its attention.";this.size=ln[1],this.selected=null,this.clickAction="open",this.switchedOff=new Set,this.ablation=null,this.colorByImportance=!1,this.importanceMethod="ablation",this.importance=null}static{this.title="Attention: Model View"}static{this.infoMarkdown=`Every layer and head as a small attention matrix (rows attend to columns). Click one to open it in the head view. With "Click a head to: switch it off", clicks switch heads off (their context vectors zeroed) and the example's prediction is shown with and without them. "Colour by importance" colours each head by how much the prediction depends on it, averaged over the selected examples: ablation = the drop in the predicted class's probability when the head alone is switched off (blue: it supports the prediction, orange: it works against it); gradient = |∂L/∂ξ| for a gate ξ on the head (Michel et al. 2019).`}static{this.numCols=6}static shouldDisplayModule(e){return ye(e)}static{this.styles=T(rn)}static{this.properties={size:{state:!0},selected:{state:!0},clickAction:{state:!0},switchedOff:{state:!0},ablation:{state:!0},colorByImportance:{state:!0},importanceMethod:{state:!0},importance:{state:!0}}}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.selectionService.selectedInputData,this.model],()=>this.loadImportance())}disconnectedCallback(){super.disconnectedCallback(),this.observer?.disconnect(),this.observer=null,cancelAnimationFrame(this.frame)}async load([e]){let n=q(this.appState.currentModelInfos[this.model]);if(n==null)throw new Error(`Model '${this.model}' returns no attention.`);return j(this.apiService,this.appState.currentDataset,this.model,n,e,null)}inputsChanged(){this.loadAblation()}async loadAblation(){let e=this.selectedInput;if(e==null||this.switchedOff.size===0&&this.clickAction==="open"){this.cancel(se),this.ablation=null;return}let n=this.apiService.getInterpretations([e],this.model,this.appState.currentDataset,xe,{heads:we(this.switchedOff)},"Predicting with heads switched off",!0),r=await this.request(se,n.then(([o])=>Jt(o)));r!=null&&(this.ablation=r)}async loadImportance(){let e=this.selectionService.selectedInputData;if(!this.colorByImportance||e.length===0){this.cancel(ke),this.importance=null;return}let n=en(this.apiService,e,this.model,this.appState.currentDataset,$e,{method:this.importanceMethod},{message:"Measuring head importance"}),r=await this.request(ke,n.then(o=>nn(o.map(Zt))));r!=null&&(this.importance=r)}onThumbnail(e,n){if(this.clickAction==="open"){this.selected=[e,n],A.focusHead({model:this.model,layer:e,head:n});return}let r=re(e,n),o=new Set(this.switchedOff);o.delete(r)||o.add(r),this.switchedOff=o,this.loadAblation()}switchAllOn(){this.switchedOff=new Set,this.loadAblation()}renderControls(){let e=i=>i.target.value,n=i=>{this.clickAction=e(i),this.loadAblation()},r=i=>{this.colorByImportance=i.target.checked,this.loadImportance()},o=i=>{this.importanceMethod=e(i),this.loadImportance()};return u`
      <div class="toolbar">
        <label>Size
          <select class="dropdown size-select" @change=${i=>{this.size=Number(e(i))}}>
            ${ln.map(i=>u`<option value=${i} ?selected=${i===this.size}>${i}px</option>`)}
          </select>
        </label>
        ${this.hasInterpreter(xe)?u`
          <label title=${"A switched-off head has its context vector zeroed before the attention output projection."}>Click a head to
            <select class="dropdown click-action" @change=${n}>
              <option value="open" ?selected=${this.clickAction==="open"}>open it in the head view</option>
              <option value="switch-off" ?selected=${this.clickAction==="switch-off"}>switch it off</option>
            </select>
          </label>`:u`<span class="hint">Rows attend to columns. Click a head to open it in the head view.</span>`}
        ${this.hasInterpreter($e)?u`
          <label><input type="checkbox" class="color-by-importance"
              .checked=${this.colorByImportance} @change=${r}>Colour by importance</label>
          <select class="dropdown importance-method" ?disabled=${!this.colorByImportance}
              @change=${o} title="How head importance is measured">
            ${Yt.map(i=>u`
              <option value=${i} ?selected=${i===this.importanceMethod}>${i}</option>`)}
          </select>`:f}
      </div>
      ${this.renderImportanceLegend()}
      ${this.renderAblation()}`}renderImportanceLegend(){if(!this.colorByImportance)return f;let e=this.importance,n=this.renderStatus(ke,null,"Measuring head importance…");if(e==null)return u`<div class="panel">${n}</div>`;let r=e.extent,o=a=>u`<span class="swatch"
        style="background: ${O(Ke(a,r))}"></span>`,i=`${e.examples} selected example${e.examples===1?"":"s"}`;return u`
      <div class="panel importance-legend">
        ${n}
        <span class="hint">Head importance (${e.method}), mean over ${i}:</span>
        ${e.method==="ablation"?u`${o(-r)}−${r.toFixed(3)}`:f}
        ${o(0)}0 ${o(r)}${r.toFixed(3)}
      </div>`}renderAblation(){if(this.clickAction==="open"&&this.switchedOff.size===0)return f;let e=we(this.switchedOff).split(",").filter(Boolean);return u`
      <div class="panel ablation">
        <div class="ablation-heads">
          <span class="hint">${e.length?`Switched off (layer:head): ${e.join(", ")}`:"Click heads to switch them off."}</span>
          ${e.length?u`<button class="hairline-button switch-all-on"
              @click=${()=>this.switchAllOn()}>Switch all on</button>`:f}
        </div>
        ${this.renderStatus(se,null,"Predicting…")}
        ${this.ablation&&!this.errorOf(se)?on(this.ablation):f}
      </div>`}thumbnailTitle(e,n){let r=this.colorByImportance?this.importance?.values[e]?.[n]:void 0,o=r==null?"":`, importance ${r.toFixed(4)}`,i=this.clickAction==="open"?"click to open in the head view":this.switchedOff.has(re(e,n))?"switched off: click to switch it on":"click to switch it off";return`Layer ${e}, head ${n}${o}: ${i}`}renderData(e){let n=[...e.layers.keys()].sort((o,i)=>o-i),r=Array.from({length:e.numHeads},(o,i)=>i);return u`
      <div class="grid" style="--thumb: ${this.size}px; --heads: ${e.numHeads}">
        <div class="corner"></div>
        ${r.map(o=>u`<div class="col-label">H${o}</div>`)}
        ${n.map(o=>u`
          <div class="row-label">L${o}</div>
          ${r.map(i=>{let a=this.selected?.[0]===o&&this.selected?.[1]===i,l=this.switchedOff.has(re(o,i));return u`
              <div class="thumb-cell ${l?"off":""}">
                <canvas class="thumb ${a?"selected":""}" width=${this.size}
                    height=${this.size} data-layer=${o} data-head=${i}
                    title=${this.thumbnailTitle(o,i)}
                    @click=${()=>this.onThumbnail(o,i)}></canvas>
              </div>`})}`)}
      </div>`}headColor(e,n){let r=this.colorByImportance?this.importance:null,o=r?.values[e]?.[n];return o==null?We(k(n)):Ke(o,r.extent)}updated(e){super.updated(e),Object.assign(this.dataset,{selected:this.selected?this.selected.join(":"):"",source:this.data?.source??"",switchedOff:we(this.switchedOff),ablation:this.stateOf(se,this.ablation!=null),importance:this.colorByImportance?this.stateOf(ke,this.importance!=null):"off"}),["data","size","importance","colorByImportance"].some(n=>e.has(n))&&(this.drawn.clear(),this.dataset.drawn="0",this.observeThumbnails())}observeThumbnails(){let e=this.renderRoot.querySelector(".body");e!=null&&(this.observer?.disconnect(),this.observer=new IntersectionObserver(n=>{for(let r of n){let o=r.target;r.isIntersecting&&!this.drawn.has(o)&&this.pending.add(o)}this.scheduleDraw()},{root:e,rootMargin:"64px"}),e.querySelectorAll("canvas.thumb").forEach(n=>this.observer.observe(n)))}scheduleDraw(){this.frame||this.pending.size===0||(this.frame=requestAnimationFrame(()=>{this.frame=0;let e=this.data;if(e==null)return;let n=e.tokens.length,r=performance.now();for(let o of this.pending){if(this.pending.delete(o),!o.isConnected)continue;let i=Number(o.dataset.layer),a=Number(o.dataset.head),l=e.layers.get(i);if(l!=null&&(an(o,l,a,n,this.headColor(i,a)),this.drawn.add(o),performance.now()-r>12))break}this.dataset.drawn=String(this.drawn.size),this.scheduleDraw()}))}};I("model-view-module",Je);var cn=new Map;async function Ae(s,t,e,n,r){let o=cn.get(e);if(o)return o;let i=q(n);if(i==null)throw new Error(`Model '${e}' has no 'attention' interpreter or AttentionHeads outputs, so its layers and heads are unknown.`);let a=await j(s,t,e,i,r,[0]),c={layers:a.allLayers??[...a.layers.keys()].sort((d,p)=>d-p),numHeads:a.numHeads};return cn.set(e,c),c}var dn=`.query-chips {
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
`;function hn(s,t){let e=s.tokens.length,n=s.headDim,r=t*e,o=s.query.subarray(t*n,(t+1)*n),i=[],a=new Float64Array(e);for(let m=0;m<e;m++){let b=new Float32Array(n),g=0;for(let v=0;v<n;v++)b[v]=o[v]*s.key[m*n+v],g+=b[v];i.push(b),a[m]=s.scale*g}let l=s.terms.map(m=>Float64Array.from(m.values.subarray(r,r+e))),c=a.map((m,b)=>l.reduce((g,v)=>g+v[b],m)),d=Array.from({length:e},(m,b)=>s.keyAllowed?.[r+b]!==0),p=Jn(c,d),h=0;for(let m=0;m<e;m++)h=Math.max(h,Math.abs(p[m]-s.attention[r+m]));return{query:o,products:i,scaled:a,terms:l,sums:c,allowed:d,softmax:p,maxDiff:h}}function Jn(s,t){let e=-1/0;s.forEach((o,i)=>{t[i]&&(e=Math.max(e,o))});let n=s.map((o,i)=>t[i]?Math.exp(o-e):0),r=n.reduce((o,i)=>o+i,0);return n.map(o=>r>0?o/r:0)}function et(s){return s.startsWith("1/")?`q·k/${s.slice(2)}`:`q·k·${s}`}function Se(s){return[et(s.scaleLabel),...s.terms.map(t=>t.name)].join(" + ")}var un=.001;function er(s){let t=s.toFixed(3);return Number(t)===0?0 .toFixed(3):t}function nt(s){return Math.max(3,Math.min(12,Math.floor(256/s)))}function G(s){let t=0;for(let e=0;e<s.length;e++)t=Math.max(t,Math.abs(s[e]));return t}function tt(s,t,e){let n=s.getContext("2d"),r=nt(t.length);for(let o=0;o<t.length;o++)n.fillStyle=O(ne(t[o],e)),n.fillRect(o*r,0,r,s.height)}var rt=class extends w{constructor(){super();this.rows=null;this.onFocus=e=>{let n=e.detail;n.model===this.model&&(this.layer=n.layer,this.head=n.head,this.reload())};this.emptyMessage="Select an example to see its query and key vectors.";this.onMouseMove=e=>{let n=e.composedPath()[0],r=this.data,o=this.rows;if(!(n instanceof HTMLCanvasElement)||!n.classList.contains("vec")||r==null||o==null){this.hideTooltip();return}let i=r.headDim,a=Math.min(i-1,Math.max(0,Math.floor(e.offsetX/nt(i)))),l=n.dataset.kind,c=Number(n.dataset.row),d=o.query[a],p=`query ${$(r,this.queryIndex)}, dim ${a}
q = ${d.toFixed(4)}`;if(l!=="query"){let m=r.key[c*i+a];p=`key ${$(r,c)}, dim ${a}
q = ${d.toFixed(4)}
k = ${m.toFixed(4)}
q∘k = ${(d*m).toFixed(4)}`}let h=this.renderRoot.querySelector(".tooltip");h.textContent=p,h.hidden=!1,h.style.left=`${e.clientX+14}px`,h.style.top=`${e.clientY+10}px`};this.hideTooltip=()=>{let e=this.renderRoot.querySelector(".tooltip");e&&(e.hidden=!0)};this.shape=null,this.layer=0,this.head=0,this.queryIndex=-1}static{this.title="Neurons: Query × Key"}static{this.infoMarkdown="For one layer, head and query token: every key vector, q∘k, the scaled score q·k/√d (or the model's own scale, e.g. q·k/√(3d) for DeBERTa), one column per term the model adds before the softmax (DeBERTa's content→position and position→content, MPNet's relative position bias; hover a column header or read the notes under the check for what each is), their sum, and the softmax over the keys the query may attend to (masked keys get 0). The view checks that this softmax equals the model's attention. q and k are shown after the model's position transform (rotary for ModernBERT). Blue = positive, orange = negative."}static{this.numCols=12}static shouldDisplayModule(e){return ge(e,ue)}static{this.styles=T(dn)}static{this.properties={shape:{state:!0},layer:{state:!0},head:{state:!0},queryIndex:{state:!0}}}connectedCallback(){super.connectedCallback(),A.addEventListener(D,this.onFocus)}disconnectedCallback(){super.disconnectedCallback(),A.removeEventListener(D,this.onFocus)}inputsChanged(){this.queryIndex=-1}async load([e]){let n=this.apiService,r=this.appState.currentDataset,o=this.model,i=await Ae(n,r,o,this.appState.currentModelInfos[o],e);this.model===o&&(this.shape=i);let a=i.layers.includes(this.layer)?this.layer:i.layers[0],l=this.head<i.numHeads?this.head:0,[c]=await n.getInterpretations([e],o,r,ue,{layer:a,head:l},"Fetching query/key vectors",!0);return St(c)}accept(e){this.data=e,this.layer=e.layer,this.head=e.head;let n=e.tokens.length;if(this.queryIndex<0||this.queryIndex>=n){let r=e.specialTokens.findIndex(o=>!o);this.queryIndex=Math.max(0,r)}}setLayerHead(e,n){this.layer=e,this.head=n,this.reload()}renderControls(){let e=this.shape,n=this.data,r=n?.displayTokens??[],o=l=>this.setLayerHead(Number(l.target.value),this.head),i=l=>this.setLayerHead(this.layer,Number(l.target.value)),a=l=>{this.queryIndex=Number(l.target.value)};return u`
      <div class="toolbar">
        <label>Layer
          <select class="dropdown layer-select" @change=${o} ?disabled=${!e}>
            ${(e?.layers??[]).map(l=>u`
              <option value=${l} ?selected=${l===this.layer}>${l}</option>`)}
          </select>
        </label>
        <label>Head
          <select class="dropdown head-select" @change=${i} ?disabled=${!e}>
            ${Array.from({length:e?.numHeads??0},(l,c)=>u`
              <option value=${c} ?selected=${c===this.head}>${c}</option>`)}
          </select>
        </label>
        <label>Query token
          <select class="dropdown query-select" @change=${a} ?disabled=${!r.length}>
            ${r.map((l,c)=>u`
              <option value=${c} ?selected=${c===this.queryIndex}
                  title=${$(n,c)}>${c}: ${l}</option>`)}
          </select>
        </label>
        <span class="hint legend">
          <span class="swatch" style="background: ${O(ne(1,1))}"></span>positive
          <span class="swatch" style="background: ${O(ne(-1,1))}"></span>negative
        </span>
      </div>`}renderQueryChips(e){return u`
      <div class="query-chips" role="listbox" aria-label="Query token">
        ${e.displayTokens.map((n,r)=>u`
          <button class="chip ${r===this.queryIndex?"selected":""}" data-index=${r}
              role="option" aria-selected=${r===this.queryIndex} title=${$(e,r)}
              @click=${()=>this.queryIndex=r}>${n}</button>`)}
      </div>`}renderCheck(e,n){let r=n.allowed.filter(l=>l).length,o=r<n.allowed.length?` over the ${r} allowed keys`:"",i=`softmax(${Se(e)})${o}`;if(n.maxDiff<un)return u`<span class="check ok">${i} equals the model's attention (max |Δ| ${n.maxDiff.toExponential(1)})</span>`;let a=Number.isFinite(n.maxDiff)?`by up to ${n.maxDiff.toFixed(4)}`:"(a value is not a number)";return u`<span class="check bad">${i} differs from the model's attention ${a}: these columns do not explain this head.</span>`}renderNotes(e,n){let r=n.allowed.length-n.allowed.filter(i=>i).length,o=[...e.positionTransform?[`q and k are shown after the ${e.positionTransform} position transform.`]:[],...e.terms.map(i=>`${i.label} (${i.name}): ${i.description}.`),...r?[`${r} key${r===1?" is":"s are"} masked for this query: the model does not let it attend to them (probability 0).`]:[]];return o.length?u`<ul class="notes hint">${o.map(i=>u`<li>${i}</li>`)}</ul>`:f}renderSigned(e,n,r){return u`
      <td class="num" data-col=${e} title=${n.toFixed(6)}>
        <span class="bar signed" style="width: ${28*Math.abs(n)/r}px; background: ${O(ne(n,r))}"></span>${er(n)}</td>`}renderTable(e,n){let r=e.headDim*nt(e.headDim),o=e.tokens.length,i=Math.max(G(n.scaled),...n.terms.map(G),G(n.sums))||1,a=e.terms.length>0,l=(c,d)=>u`
        <canvas class="vec" data-kind=${c} data-row=${d??f} width=${r}
            height="12" style="width: ${r}px"></canvas>`;return u`
      <div class="summary">
        Layer ${e.layer}, head ${e.head}, d = ${e.headDim}; query
        <b class="mono" title=${$(e,this.queryIndex)}>${e.displayTokens[this.queryIndex]}</b> (#${this.queryIndex}).
        ${this.renderCheck(e,n)}
      </div>
      ${this.renderNotes(e,n)}
      <table class="neurons">
        <thead>
          <tr>
            <th class="token-col">Key</th>
            <th>key k</th>
            <th>q ∘ k</th>
            <th class="num" title="q·k times the model's scale, ${e.scaleLabel}">${et(e.scaleLabel)}</th>
            ${e.terms.map(c=>u`
              <th class="num term" title="${c.name}: ${c.description}">${c.label}</th>`)}
            ${a?u`
              <th class="num" title="${Se(e)}: the score the softmax takes">sum</th>`:f}
            <th class="num" title="softmax over the keys this query may attend to">softmax</th>
          </tr>
          <tr class="query-row">
            <td class="token-col mono">query q</td>
            <td>${l("query")}</td>
            <td colspan=${3+e.terms.length+(a?1:0)}></td>
          </tr>
        </thead>
        <tbody>
          ${e.displayTokens.map((c,d)=>{let p=n.softmax[d],h=[d===this.queryIndex?"is-query":"",n.allowed[d]?"":"masked"].join(" ");return u`
              <tr class=${h} data-key=${d}>
                <td class="token-col mono" title=${$(e,d)}>${c}</td>
                <td>${l("key",d)}</td>
                <td>${l("product",d)}</td>
                ${this.renderSigned("scaled",n.scaled[d],i)}
                ${e.terms.map((m,b)=>this.renderSigned(`term:${m.name}`,n.terms[b][d],i))}
                ${a?this.renderSigned("sum",n.sums[d],i):f}
                ${n.allowed[d]?u`
                  <td class="num" data-col="softmax" title=${`softmax ${p.toFixed(6)}; model attention ${e.attention[this.queryIndex*o+d].toFixed(6)}`}>
                    <span class="bar" style="width: ${40*p}px"></span>${p.toFixed(3)}</td>`:u`<td class="num masked-cell" data-col="softmax"
                      title="masked: this query may not attend to this key (probability 0)"
                      >masked</td>`}
              </tr>`})}
        </tbody>
      </table>`}renderData(e){let n=this.queryIndex>=0&&this.queryIndex<e.tokens.length;return this.rows=n?hn(e,this.queryIndex):null,this.rows==null?f:u`
      <div @mousemove=${this.onMouseMove} @mouseleave=${this.hideTooltip}>
        ${this.renderQueryChips(e)}${this.renderTable(e,this.rows)}
        <div class="tooltip" hidden></div>
      </div>`}updated(e){super.updated(e);let n=this.data,r=this.rows;if(n==null||r==null||this.errorOf()!=null)return;let o=Math.max(G(n.key),G(r.query)),i=Math.max(...r.products.map(G))||1;for(let a of this.renderRoot.querySelectorAll("canvas.vec")){let l=a.dataset.kind,c=Number(a.dataset.row),d=n.headDim;l==="query"&&tt(a,r.query,o),l==="key"&&tt(a,n.key.subarray(c*d,(c+1)*d),o),l==="product"&&tt(a,r.products[c],i)}Object.assign(this.dataset,{layer:String(n.layer),head:String(n.head),query:String(this.queryIndex),queryToken:n.displayTokens[this.queryIndex],rows:String(n.tokens.length),headDim:String(n.headDim),maxDiff:r.maxDiff.toExponential(2),check:r.maxDiff<un?"ok":"bad",formula:Se(n),masked:String(r.allowed.filter(a=>!a).length)})}};I("neuron-view-module",rt);var pn=`.factor-picker {
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
`;var nr=Array.from({length:16},(s,t)=>t+1);function rr(s){let t=s.tokens.length;return Array.from({length:s.k},(e,n)=>{let r=0;for(let o=0;o<t;o++)r=Math.max(r,s.factors[n*t+o]);return r})}var st=class extends w{constructor(){super();this.emptyMessage="Select an example to factorise its neurons.";this.shape=null,this.k=8,this.fromLayer=0,this.toLayer=-1,this.excludeSpecial=!0,this.factor=null}static{this.title="NMF: Neuron Factors"}static{this.infoMarkdown="Non-negative matrix factorisation of the FFN neuron activations (Ecco's method): k factors of neurons that fire together, how strongly each token activates them, and which neurons and layers make up each factor."}static{this.numCols=12}static shouldDisplayModule(e){return ge(e,pe)}static{this.styles=T(pn)}static{this.properties={shape:{state:!0},k:{state:!0},fromLayer:{state:!0},toLayer:{state:!0},excludeSpecial:{state:!0},factor:{state:!0}}}async load([e]){let n=this.apiService,r=this.appState.currentDataset,o=this.model,i=await Ae(n,r,o,this.appState.currentModelInfos[o],e);this.model===o&&(this.shape=i);let a=i.layers[i.layers.length-1],l=this.toLayer<0||this.toLayer>a?a:this.toLayer,c=Math.min(this.fromLayer,l),d={n_components:this.k,from_layer:c,to_layer:l+1,exclude_special_tokens:this.excludeSpecial},[p]=await n.getInterpretations([e],o,r,pe,d,"Factorising neuron activations",!0);return Et(p)}accept(e){this.fromLayer=e.layers[0],this.toLayer=e.layers[e.layers.length-1],this.data=e,this.factor!=null&&this.factor>=e.k&&(this.factor=null)}renderControls(){let e=this.shape?.layers??[],n=e.length?e[e.length-1]:-1,r=this.toLayer<0||this.toLayer>n?n:this.toLayer,o=a=>Number(a.target.value),i=a=>{a(),this.reload()};return u`
      <div class="toolbar">
        <label title="Number of factors (NMF components)">Factors
          <select class="dropdown k-select"
              @change=${a=>i(()=>this.k=o(a))}>
            ${nr.map(a=>u`<option value=${a} ?selected=${a===this.k}>${a}</option>`)}
          </select>
        </label>
        <label>Layers
          <select class="dropdown from-select" ?disabled=${!e.length}
              @change=${a=>i(()=>{this.fromLayer=o(a),this.toLayer=Math.max(r,this.fromLayer)})}>
            ${e.map(a=>u`<option value=${a} ?selected=${a===this.fromLayer}>${a}</option>`)}
          </select>
          to
          <select class="dropdown to-select" ?disabled=${!e.length}
              @change=${a=>i(()=>{this.toLayer=o(a),this.fromLayer=Math.min(this.fromLayer,this.toLayer)})}>
            ${e.map(a=>u`<option value=${a} ?selected=${a===r}>${a}</option>`)}
          </select>
        </label>
        <label title=${me}><input type="checkbox" class="special-toggle"
            .checked=${this.excludeSpecial}
            @change=${a=>i(()=>{this.excludeSpecial=a.target.checked})}>Leave out special tokens</label>
        ${this.data?u`<span class="hint">Reconstruction error ${(this.data.reconstructionError*100).toFixed(1)}%</span>`:f}
      </div>`}renderFactorPicker(e){let n=r=>()=>{this.factor=this.factor===r?null:r};return u`
      <div class="factor-picker" role="group" aria-label="Factors">
        <button class="factor-chip all ${this.factor==null?"on":""}" @click=${n(null)}
            title="Tint each token by its dominant factor">Dominant</button>
        ${Array.from({length:e.k},(r,o)=>u`
          <button class="factor-chip ${this.factor===o?"on":""}" data-factor=${o}
              style="--factor-color: ${k(o)}" @click=${n(o)}
              title="Tint tokens by factor ${o} alone">F${o}</button>`)}
      </div>`}renderSentence(e,n){let r=e.tokens.length;return u`
      <div class="sentence">
        ${e.displayTokens.map((o,i)=>{if(!e.tokenMask[i])return u`<span class="token excluded" title="${$(e,i)}: not factorised">${o}</span>`;let a=this.factor;if(a==null){a=0;for(let d=1;d<e.k;d++)e.factors[d*r+i]>e.factors[a*r+i]&&(a=d)}let l=e.factors[a*r+i],c=n[a]>0?Math.max(.08,l/n[a]):0;return u`<span class="token" data-factor=${a}
              style="background: ${K(k(a),c*.85)}"
              title="${$(e,i)}: factor ${a} ${l.toFixed(4)}">${o}</span>`})}
      </div>`}renderHeatmap(e,n){let r=e.tokens.length,o=Array.from({length:e.k},(i,a)=>a);return u`
      <div class="heatmap" style="--tokens: ${r}">
        <div></div>
        ${e.displayTokens.map((i,a)=>u`
          <div class="col-label ${e.tokenMask[a]?"":"excluded"}"
              title=${$(e,a)}>${i}</div>`)}
        ${o.map(i=>u`
          <div class="row-label ${this.factor===i?"on":""}"
              @click=${()=>this.factor=this.factor===i?null:i}>F${i}</div>
          ${e.tokens.map((a,l)=>{let c=e.factors[i*r+l],d=n[i]>0?c/n[i]:0;return u`<div class="cell" title="factor ${i}, ${$(e,l)}: ${c.toFixed(4)}"
                style="background: ${K(k(i),d)}"></div>`})}`)}
      </div>`}renderFactorCards(e){return u`
      <div class="cards">
        ${e.topNeurons.map((n,r)=>{let o=e.layerShare[r],i=Math.max(...o,1e-9);return u`
            <div class="card ${this.factor===r?"on":""}" data-factor=${r}
                style="--factor-color: ${k(r)}">
              <div class="card-title"><span class="swatch"></span>Factor ${r}</div>
              <div class="card-section">Layer share</div>
              <div class="shares">
                ${e.layers.map((a,l)=>u`
                  <div class="share" title="layer ${a}: ${(o[l]*100).toFixed(1)}%">
                    <div class="share-bar" style="height: ${24*o[l]/i}px"></div>
                    <div class="share-label">${a}</div>
                  </div>`)}
              </div>
              <div class="card-section">Top neurons (layer·unit, loading)</div>
              <ol class="neurons mono">
                ${n.map(a=>u`
                  <li>L${a.layer}·${a.index}<span class="loading">${a.loading.toFixed(3)}</span></li>`)}
              </ol>
            </div>`})}
      </div>`}renderData(e){let n=rr(e);return u`
      ${this.renderFactorPicker(e)}
      ${this.renderSentence(e,n)}
      ${this.renderHeatmap(e,n)}
      ${this.renderFactorCards(e)}`}updated(e){super.updated(e);let n=this.data;n!=null&&Object.assign(this.dataset,{k:String(n.k),tokens:String(n.tokens.length),layers:`${n.layers[0]}-${n.layers[n.layers.length-1]}`,factor:this.factor==null?"":String(this.factor)})}};I("nmf-module",st);
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
