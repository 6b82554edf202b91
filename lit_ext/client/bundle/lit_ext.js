var je=window,Ue=je.ShadowRoot&&(je.ShadyCSS===void 0||je.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,Vt=Symbol(),Zr=new WeakMap,Ee=class{constructor(t,e,r){if(this._$cssResult$=!0,r!==Vt)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o,e=this.t;if(Ue&&t===void 0){let r=e!==void 0&&e.length===1;r&&(t=Zr.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),r&&Zr.set(e,t))}return t}toString(){return this.cssText}},Me=n=>new Ee(typeof n=="string"?n:n+"",void 0,Vt),Ve=(n,...t)=>{let e=n.length===1?n[0]:t.reduce(((r,o,s)=>r+(a=>{if(a._$cssResult$===!0)return a.cssText;if(typeof a=="number")return a;throw Error("Value passed to 'css' function must be a 'css' function result: "+a+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(o)+n[s+1]),n[0]);return new Ee(e,n,Vt)},zt=(n,t)=>{Ue?n.adoptedStyleSheets=t.map((e=>e instanceof CSSStyleSheet?e:e.styleSheet)):t.forEach((e=>{let r=document.createElement("style"),o=je.litNonce;o!==void 0&&r.setAttribute("nonce",o),r.textContent=e.cssText,n.appendChild(r)}))},ze=Ue?n=>n:n=>n instanceof CSSStyleSheet?(t=>{let e="";for(let r of t.cssRules)e+=r.cssText;return Me(e)})(n):n;var Wt,We=window,en=We.trustedTypes,ps=en?en.emptyScript:"",tn=We.reactiveElementPolyfillSupport,Qt={toAttribute(n,t){switch(t){case Boolean:n=n?ps:null;break;case Object:case Array:n=n==null?n:JSON.stringify(n)}return n},fromAttribute(n,t){let e=n;switch(t){case Boolean:e=n!==null;break;case Number:e=n===null?null:Number(n);break;case Object:case Array:try{e=JSON.parse(n)}catch{e=null}}return e}},rn=(n,t)=>t!==n&&(t==t||n==n),Kt={attribute:!0,type:String,converter:Qt,reflect:!1,hasChanged:rn},Xt="finalized",K=class extends HTMLElement{constructor(){super(),this._$Ei=new Map,this.isUpdatePending=!1,this.hasUpdated=!1,this._$El=null,this._$Eu()}static addInitializer(t){var e;this.finalize(),((e=this.h)!==null&&e!==void 0?e:this.h=[]).push(t)}static get observedAttributes(){this.finalize();let t=[];return this.elementProperties.forEach(((e,r)=>{let o=this._$Ep(r,e);o!==void 0&&(this._$Ev.set(o,r),t.push(o))})),t}static createProperty(t,e=Kt){if(e.state&&(e.attribute=!1),this.finalize(),this.elementProperties.set(t,e),!e.noAccessor&&!this.prototype.hasOwnProperty(t)){let r=typeof t=="symbol"?Symbol():"__"+t,o=this.getPropertyDescriptor(t,r,e);o!==void 0&&Object.defineProperty(this.prototype,t,o)}}static getPropertyDescriptor(t,e,r){return{get(){return this[e]},set(o){let s=this[t];this[e]=o,this.requestUpdate(t,s,r)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)||Kt}static finalize(){if(this.hasOwnProperty(Xt))return!1;this[Xt]=!0;let t=Object.getPrototypeOf(this);if(t.finalize(),t.h!==void 0&&(this.h=[...t.h]),this.elementProperties=new Map(t.elementProperties),this._$Ev=new Map,this.hasOwnProperty("properties")){let e=this.properties,r=[...Object.getOwnPropertyNames(e),...Object.getOwnPropertySymbols(e)];for(let o of r)this.createProperty(o,e[o])}return this.elementStyles=this.finalizeStyles(this.styles),!0}static finalizeStyles(t){let e=[];if(Array.isArray(t)){let r=new Set(t.flat(1/0).reverse());for(let o of r)e.unshift(ze(o))}else t!==void 0&&e.push(ze(t));return e}static _$Ep(t,e){let r=e.attribute;return r===!1?void 0:typeof r=="string"?r:typeof t=="string"?t.toLowerCase():void 0}_$Eu(){var t;this._$E_=new Promise((e=>this.enableUpdating=e)),this._$AL=new Map,this._$Eg(),this.requestUpdate(),(t=this.constructor.h)===null||t===void 0||t.forEach((e=>e(this)))}addController(t){var e,r;((e=this._$ES)!==null&&e!==void 0?e:this._$ES=[]).push(t),this.renderRoot!==void 0&&this.isConnected&&((r=t.hostConnected)===null||r===void 0||r.call(t))}removeController(t){var e;(e=this._$ES)===null||e===void 0||e.splice(this._$ES.indexOf(t)>>>0,1)}_$Eg(){this.constructor.elementProperties.forEach(((t,e)=>{this.hasOwnProperty(e)&&(this._$Ei.set(e,this[e]),delete this[e])}))}createRenderRoot(){var t;let e=(t=this.shadowRoot)!==null&&t!==void 0?t:this.attachShadow(this.constructor.shadowRootOptions);return zt(e,this.constructor.elementStyles),e}connectedCallback(){var t;this.renderRoot===void 0&&(this.renderRoot=this.createRenderRoot()),this.enableUpdating(!0),(t=this._$ES)===null||t===void 0||t.forEach((e=>{var r;return(r=e.hostConnected)===null||r===void 0?void 0:r.call(e)}))}enableUpdating(t){}disconnectedCallback(){var t;(t=this._$ES)===null||t===void 0||t.forEach((e=>{var r;return(r=e.hostDisconnected)===null||r===void 0?void 0:r.call(e)}))}attributeChangedCallback(t,e,r){this._$AK(t,r)}_$EO(t,e,r=Kt){var o;let s=this.constructor._$Ep(t,r);if(s!==void 0&&r.reflect===!0){let a=(((o=r.converter)===null||o===void 0?void 0:o.toAttribute)!==void 0?r.converter:Qt).toAttribute(e,r.type);this._$El=t,a==null?this.removeAttribute(s):this.setAttribute(s,a),this._$El=null}}_$AK(t,e){var r;let o=this.constructor,s=o._$Ev.get(t);if(s!==void 0&&this._$El!==s){let a=o.getPropertyOptions(s),i=typeof a.converter=="function"?{fromAttribute:a.converter}:((r=a.converter)===null||r===void 0?void 0:r.fromAttribute)!==void 0?a.converter:Qt;this._$El=s,this[s]=i.fromAttribute(e,a.type),this._$El=null}}requestUpdate(t,e,r){let o=!0;t!==void 0&&(((r=r||this.constructor.getPropertyOptions(t)).hasChanged||rn)(this[t],e)?(this._$AL.has(t)||this._$AL.set(t,e),r.reflect===!0&&this._$El!==t&&(this._$EC===void 0&&(this._$EC=new Map),this._$EC.set(t,r))):o=!1),!this.isUpdatePending&&o&&(this._$E_=this._$Ej())}async _$Ej(){this.isUpdatePending=!0;try{await this._$E_}catch(e){Promise.reject(e)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){var t;if(!this.isUpdatePending)return;this.hasUpdated,this._$Ei&&(this._$Ei.forEach(((o,s)=>this[s]=o)),this._$Ei=void 0);let e=!1,r=this._$AL;try{e=this.shouldUpdate(r),e?(this.willUpdate(r),(t=this._$ES)===null||t===void 0||t.forEach((o=>{var s;return(s=o.hostUpdate)===null||s===void 0?void 0:s.call(o)})),this.update(r)):this._$Ek()}catch(o){throw e=!1,this._$Ek(),o}e&&this._$AE(r)}willUpdate(t){}_$AE(t){var e;(e=this._$ES)===null||e===void 0||e.forEach((r=>{var o;return(o=r.hostUpdated)===null||o===void 0?void 0:o.call(r)})),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$Ek(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$E_}shouldUpdate(t){return!0}update(t){this._$EC!==void 0&&(this._$EC.forEach(((e,r)=>this._$EO(r,this[r],e))),this._$EC=void 0),this._$Ek()}updated(t){}firstUpdated(t){}};K[Xt]=!0,K.elementProperties=new Map,K.elementStyles=[],K.shadowRootOptions={mode:"open"},tn?.({ReactiveElement:K}),((Wt=We.reactiveElementVersions)!==null&&Wt!==void 0?Wt:We.reactiveElementVersions=[]).push("1.6.3");var Gt,Ke=window,be=Ke.trustedTypes,nn=be?be.createPolicy("lit-html",{createHTML:n=>n}):void 0,Qe="$lit$",Q=`lit$${(Math.random()+"").slice(9)}$`,Yt="?"+Q,ms=`<${Yt}>`,oe=document,_e=()=>oe.createComment(""),Ie=n=>n===null||typeof n!="object"&&typeof n!="function",un=Array.isArray,hn=n=>un(n)||typeof n?.[Symbol.iterator]=="function",Jt=`[ 	
\f\r]`,Te=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,on=/-->/g,sn=/>/g,re=RegExp(`>|${Jt}(?:([^\\s"'>=/]+)(${Jt}*=${Jt}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),an=/'/g,ln=/"/g,pn=/^(?:script|style|textarea|title)$/i,mn=n=>(t,...e)=>({_$litType$:n,strings:t,values:e}),h=mn(1),Y=mn(2),F=Symbol.for("lit-noChange"),g=Symbol.for("lit-nothing"),cn=new WeakMap,ne=oe.createTreeWalker(oe,129,null,!1);function fn(n,t){if(!Array.isArray(n)||!n.hasOwnProperty("raw"))throw Error("invalid template strings array");return nn!==void 0?nn.createHTML(t):t}var gn=(n,t)=>{let e=n.length-1,r=[],o,s=t===2?"<svg>":"",a=Te;for(let i=0;i<e;i++){let l=n[i],c,d,u=-1,m=0;for(;m<l.length&&(a.lastIndex=m,d=a.exec(l),d!==null);)m=a.lastIndex,a===Te?d[1]==="!--"?a=on:d[1]!==void 0?a=sn:d[2]!==void 0?(pn.test(d[2])&&(o=RegExp("</"+d[2],"g")),a=re):d[3]!==void 0&&(a=re):a===re?d[0]===">"?(a=o??Te,u=-1):d[1]===void 0?u=-2:(u=a.lastIndex-d[2].length,c=d[1],a=d[3]===void 0?re:d[3]==='"'?ln:an):a===ln||a===an?a=re:a===on||a===sn?a=Te:(a=re,o=void 0);let p=a===re&&n[i+1].startsWith("/>")?" ":"";s+=a===Te?l+ms:u>=0?(r.push(c),l.slice(0,u)+Qe+l.slice(u)+Q+p):l+Q+(u===-2?(r.push(void 0),i):p)}return[fn(n,s+(n[e]||"<?>")+(t===2?"</svg>":"")),r]},Ce=class n{constructor({strings:t,_$litType$:e},r){let o;this.parts=[];let s=0,a=0,i=t.length-1,l=this.parts,[c,d]=gn(t,e);if(this.el=n.createElement(c,r),ne.currentNode=this.el.content,e===2){let u=this.el.content,m=u.firstChild;m.remove(),u.append(...m.childNodes)}for(;(o=ne.nextNode())!==null&&l.length<i;){if(o.nodeType===1){if(o.hasAttributes()){let u=[];for(let m of o.getAttributeNames())if(m.endsWith(Qe)||m.startsWith(Q)){let p=d[a++];if(u.push(m),p!==void 0){let f=o.getAttribute(p.toLowerCase()+Qe).split(Q),b=/([.?@])?(.*)/.exec(p);l.push({type:1,index:s,name:b[2],strings:f,ctor:b[1]==="."?Ge:b[1]==="?"?Je:b[1]==="@"?Ye:ae})}else l.push({type:6,index:s})}for(let m of u)o.removeAttribute(m)}if(pn.test(o.tagName)){let u=o.textContent.split(Q),m=u.length-1;if(m>0){o.textContent=be?be.emptyScript:"";for(let p=0;p<m;p++)o.append(u[p],_e()),ne.nextNode(),l.push({type:2,index:++s});o.append(u[m],_e())}}}else if(o.nodeType===8)if(o.data===Yt)l.push({type:2,index:s});else{let u=-1;for(;(u=o.data.indexOf(Q,u+1))!==-1;)l.push({type:7,index:s}),u+=Q.length-1}s++}}static createElement(t,e){let r=oe.createElement("template");return r.innerHTML=t,r}};function se(n,t,e=n,r){var o,s,a,i;if(t===F)return t;let l=r!==void 0?(o=e._$Co)===null||o===void 0?void 0:o[r]:e._$Cl,c=Ie(t)?void 0:t._$litDirective$;return l?.constructor!==c&&((s=l?._$AO)===null||s===void 0||s.call(l,!1),c===void 0?l=void 0:(l=new c(n),l._$AT(n,e,r)),r!==void 0?((a=(i=e)._$Co)!==null&&a!==void 0?a:i._$Co=[])[r]=l:e._$Cl=l),l!==void 0&&(t=se(n,l._$AS(n,t.values),l,r)),t}var Xe=class{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){var e;let{el:{content:r},parts:o}=this._$AD,s=((e=t?.creationScope)!==null&&e!==void 0?e:oe).importNode(r,!0);ne.currentNode=s;let a=ne.nextNode(),i=0,l=0,c=o[0];for(;c!==void 0;){if(i===c.index){let d;c.type===2?d=new xe(a,a.nextSibling,this,t):c.type===1?d=new c.ctor(a,c.name,c.strings,this,t):c.type===6&&(d=new Ze(a,this,t)),this._$AV.push(d),c=o[++l]}i!==c?.index&&(a=ne.nextNode(),i++)}return ne.currentNode=oe,s}v(t){let e=0;for(let r of this._$AV)r!==void 0&&(r.strings!==void 0?(r._$AI(t,r,e),e+=r.strings.length-2):r._$AI(t[e])),e++}},xe=class n{constructor(t,e,r,o){var s;this.type=2,this._$AH=g,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=r,this.options=o,this._$Cp=(s=o?.isConnected)===null||s===void 0||s}get _$AU(){var t,e;return(e=(t=this._$AM)===null||t===void 0?void 0:t._$AU)!==null&&e!==void 0?e:this._$Cp}get parentNode(){let t=this._$AA.parentNode,e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=se(this,t,e),Ie(t)?t===g||t==null||t===""?(this._$AH!==g&&this._$AR(),this._$AH=g):t!==this._$AH&&t!==F&&this._(t):t._$litType$!==void 0?this.g(t):t.nodeType!==void 0?this.$(t):hn(t)?this.T(t):this._(t)}k(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}$(t){this._$AH!==t&&(this._$AR(),this._$AH=this.k(t))}_(t){this._$AH!==g&&Ie(this._$AH)?this._$AA.nextSibling.data=t:this.$(oe.createTextNode(t)),this._$AH=t}g(t){var e;let{values:r,_$litType$:o}=t,s=typeof o=="number"?this._$AC(t):(o.el===void 0&&(o.el=Ce.createElement(fn(o.h,o.h[0]),this.options)),o);if(((e=this._$AH)===null||e===void 0?void 0:e._$AD)===s)this._$AH.v(r);else{let a=new Xe(s,this),i=a.u(this.options);a.v(r),this.$(i),this._$AH=a}}_$AC(t){let e=cn.get(t.strings);return e===void 0&&cn.set(t.strings,e=new Ce(t)),e}T(t){un(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,r,o=0;for(let s of t)o===e.length?e.push(r=new n(this.k(_e()),this.k(_e()),this,this.options)):r=e[o],r._$AI(s),o++;o<e.length&&(this._$AR(r&&r._$AB.nextSibling,o),e.length=o)}_$AR(t=this._$AA.nextSibling,e){var r;for((r=this._$AP)===null||r===void 0||r.call(this,!1,!0,e);t&&t!==this._$AB;){let o=t.nextSibling;t.remove(),t=o}}setConnected(t){var e;this._$AM===void 0&&(this._$Cp=t,(e=this._$AP)===null||e===void 0||e.call(this,t))}},ae=class{constructor(t,e,r,o,s){this.type=1,this._$AH=g,this._$AN=void 0,this.element=t,this.name=e,this._$AM=o,this.options=s,r.length>2||r[0]!==""||r[1]!==""?(this._$AH=Array(r.length-1).fill(new String),this.strings=r):this._$AH=g}get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}_$AI(t,e=this,r,o){let s=this.strings,a=!1;if(s===void 0)t=se(this,t,e,0),a=!Ie(t)||t!==this._$AH&&t!==F,a&&(this._$AH=t);else{let i=t,l,c;for(t=s[0],l=0;l<s.length-1;l++)c=se(this,i[r+l],e,l),c===F&&(c=this._$AH[l]),a||(a=!Ie(c)||c!==this._$AH[l]),c===g?t=g:t!==g&&(t+=(c??"")+s[l+1]),this._$AH[l]=c}a&&!o&&this.j(t)}j(t){t===g?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},Ge=class extends ae{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===g?void 0:t}},fs=be?be.emptyScript:"",Je=class extends ae{constructor(){super(...arguments),this.type=4}j(t){t&&t!==g?this.element.setAttribute(this.name,fs):this.element.removeAttribute(this.name)}},Ye=class extends ae{constructor(t,e,r,o,s){super(t,e,r,o,s),this.type=5}_$AI(t,e=this){var r;if((t=(r=se(this,t,e,0))!==null&&r!==void 0?r:g)===F)return;let o=this._$AH,s=t===g&&o!==g||t.capture!==o.capture||t.once!==o.once||t.passive!==o.passive,a=t!==g&&(o===g||s);s&&this.element.removeEventListener(this.name,this,o),a&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){var e,r;typeof this._$AH=="function"?this._$AH.call((r=(e=this.options)===null||e===void 0?void 0:e.host)!==null&&r!==void 0?r:this.element,t):this._$AH.handleEvent(t)}},Ze=class{constructor(t,e,r){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=r}get _$AU(){return this._$AM._$AU}_$AI(t){se(this,t)}},yn={O:Qe,P:Q,A:Yt,C:1,M:gn,L:Xe,R:hn,D:se,I:xe,V:ae,H:Je,N:Ye,U:Ge,F:Ze},dn=Ke.litHtmlPolyfillSupport;dn?.(Ce,xe),((Gt=Ke.litHtmlVersions)!==null&&Gt!==void 0?Gt:Ke.litHtmlVersions=[]).push("2.8.0");var bn=(n,t,e)=>{var r,o;let s=(r=e?.renderBefore)!==null&&r!==void 0?r:t,a=s._$litPart$;if(a===void 0){let i=(o=e?.renderBefore)!==null&&o!==void 0?o:null;s._$litPart$=a=new xe(t.insertBefore(_e(),i),i,void 0,e??{})}return a._$AI(n),a};var Zt,er;var ve=class extends K{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){var t,e;let r=super.createRenderRoot();return(t=(e=this.renderOptions).renderBefore)!==null&&t!==void 0||(e.renderBefore=r.firstChild),r}update(t){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=bn(e,this.renderRoot,this.renderOptions)}connectedCallback(){var t;super.connectedCallback(),(t=this._$Do)===null||t===void 0||t.setConnected(!0)}disconnectedCallback(){var t;super.disconnectedCallback(),(t=this._$Do)===null||t===void 0||t.setConnected(!1)}render(){return F}};ve.finalized=!0,ve._$litElement$=!0,(Zt=globalThis.litElementHydrateSupport)===null||Zt===void 0||Zt.call(globalThis,{LitElement:ve});var xn=globalThis.litElementPolyfillSupport;xn?.({LitElement:ve});((er=globalThis.litElementVersions)!==null&&er!==void 0?er:globalThis.litElementVersions=[]).push("3.3.3");var tr="attention_search";function et(n){throw new Error(`Malformed attention_search answer: ${n}.`)}function vn(n){let t=n,e=t?.matches;Array.isArray(e)||et("no list of matches");let r=t.num_examples;return typeof r!="number"&&et("no num_examples"),{numExamples:r,matches:e.map((o,s)=>{let a=o?.weight;return(typeof a!="number"||!Number.isFinite(a))&&et(`match ${s} has no weight`),typeof o.id!="string"&&et(`match ${s} has no LIT id`),{id:o.id,weight:a,query:Number(o.query),key:Number(o.key),queryToken:String(o.query_token),keyToken:String(o.key_token)}})}}function $n(n){return{numExamples:n.reduce((t,e)=>t+e.numExamples,0),matches:n.flatMap(t=>t.matches).sort((t,e)=>e.weight-t.weight)}}var wn=`.toolbar input.pattern {
  width: 7em;
  font: inherit;
}

.summary {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 6px 12px;
  margin-bottom: 6px;
}

table.matches {
  border-collapse: collapse;
  font-size: 12px;
}

table.matches th,
table.matches td {
  padding: 2px 10px 2px 0;
  text-align: left;
  vertical-align: top;
}

table.matches tbody tr {
  cursor: pointer;
}

table.matches tbody tr:hover {
  background: var(--lit-neutral-100, #f1f3f4);
}

table.matches .num {
  text-align: right;
  font-family: 'Roboto Mono', monospace;
}

table.matches .pair {
  white-space: nowrap;
}

table.matches .token {
  padding: 0 3px;
  border-radius: 2px;
  background: var(--lit-cyea-100, #d5e8ee);
}

table.matches th {
  white-space: nowrap;
}
`;var Sn=Symbol.for(""),ys=n=>{if(n?.r===Sn)return n?._$litStatic$},An=n=>({_$litStatic$:n,r:Sn});var kn=new Map,En=n=>(t,...e)=>{let r=e.length,o,s,a=[],i=[],l,c=0,d=!1;for(;c<r;){for(l=t[c];c<r&&(s=e[c],(o=ys(s))!==void 0);)l+=o+t[++c],d=!0;c!==r&&i.push(s),a.push(l),c++}if(c===r&&a.push(t[r]),d){let u=a.join("$$lit$$");(t=kn.get(u))===void 0&&(a.raw=a,kn.set(u,t=a)),e=i}return n(t,...e)},Mn=En(h),ai=En(Y);var Tn=`/* Layout and status styles shared by lit-ext's modules. */
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

/* A token tinted by a value (NMF factors, corpus factors); dashed: left out of the fit. */
.token {
  padding: 0 3px;
  border-radius: 3px;
  font-size: 14px;
}

.token.excluded {
  color: var(--lit-neutral-500, #9aa0a6);
  outline: 1px dashed var(--lit-neutral-300, #dadce0);
}
`;var xs=["svg","png","html","json"],vs=1;function $s(n,t){return{format:"lit-ext",format_version:vs,view:n,data:t}}function Z(n,t){let e=Float32Array.from(n),r=new Uint8Array(e.buffer),o="";for(let s=0;s<r.length;s+=32768)o+=String.fromCharCode(...r.subarray(s,s+32768));return{dtype:"float32",shape:t,data:btoa(o)}}function ws(n){return n.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;")}function ks(n){return JSON.stringify(n).replace(/</g,"\\u003c")}function Ss(n,t,e){let r=`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${ws(n)}</title></head>
<body>
`;return e==null?`${r}<div class="lit-ext-export" data-view="figure">
${t.toSvg()}
</div>
</body></html>
`:`${r}<div id="lit-ext-view" class="lit-ext-export"></div>
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
  try { window.litExtStandalone.render(root, ${ks(e)}); }
  catch (e) { root.insertAdjacentText('afterbegin', 'lit-ext: ' + e.message); }
})();<\/script>
</body></html>
`}function As(n,t){return`${n.replace(/[^\w.-]+/g,"_")}.${t}`}function Es(n,t){let e=URL.createObjectURL(n),r=document.createElement("a");r.href=e,r.download=t,r.style.display="none",document.body.append(r),r.click(),r.remove(),setTimeout(()=>URL.revokeObjectURL(e),6e4)}async function Ms(n,t){if(t==="json")return new Blob([JSON.stringify($s(n.view,n.data()))],{type:"application/json"});let e=n.figure();return t==="svg"?new Blob([e.toSvg()],{type:"image/svg+xml"}):t==="png"?e.toPng():new Blob([Ss(n.title,e,n.standalone())],{type:"text/html"})}async function Ts(n,t){let e=As(n.name,t);return Es(await Ms(n,t),e),e}function _n(n,t){let e=r=>async()=>{let o=n();if(o!=null)try{await Ts(o,r)}catch(s){t(`Export as ${r.toUpperCase()} failed: ${s.message??s}`)}};return h`
    <span class="export-menu" role="group" aria-label="Export">
      <span class="hint">Export</span>
      ${xs.map(r=>h`
        <button class="hairline-button export" data-format=${r} @click=${e(r)}
            title=${_s[r]}>${r.toUpperCase()}</button>`)}
    </span>`}var _s={svg:"A vector figure of what this view shows (tokens as text)",png:"The same figure as a PNG, 2 pixels per screen pixel",html:"A self-contained page: opens offline, with no server",json:"The data this view shows"};var tt="classification-module";function Is(n){let t=n.prototype;return Object.prototype.hasOwnProperty.call(t,"renderImpl")&&Object.prototype.hasOwnProperty.call(t,"loadLatest")&&Object.prototype.hasOwnProperty.call(n,"shouldDisplayModule")}function Cs(){let n=customElements.get(tt);if(n==null)throw new Error(`lit-ext: LIT's <${tt}> is not defined; load lit-ext's bundle right after LIT's main.js.`);let t=n;for(;t!=null&&t!==HTMLElement;){if(Is(t))return t;t=Object.getPrototypeOf(t)}throw new Error(`lit-ext: could not find LIT's LitModule class above <${tt}>; this LIT version is not supported.`)}var rt=Cs(),In=(()=>{let t=customElements.get(tt)?.styles;return Array.isArray(t)&&t.length>0?[t[0]]:[]})();function C(n,t){return Object.values(n).some(e=>e.interpreters?.includes(t))}function nt(n){let e=(n instanceof Error?n.message:String(n)).split(`

Details:`)[0].replace(/^Uncaught error:\s*/,"").trim();return e.length>500?`${e.slice(0,500)}…`:e||"Unknown error"}function _(n){return[In,Ve`${Me(Tn)}`,Ve`${Me(n)}`]}var $e="main",rr="export",T=class extends rt{constructor(){super();this.requestSeqs=new Map;this.requestsInFlight=new Set;this.requestErrors=new Map;this.data=null}static{this.duplicateForExampleComparison=!0}static{this.duplicateForModelComparison=!0}static{this.properties={data:{state:!0}}}get inputs(){let e=this.selectedInput;return e==null?[]:[e]}get canLoad(){return this.inputs.length>0}accept(e){this.data=e}inputsChanged(){}renderControls(){return g}exportSource(e){return null}exportName(e,...r){let o=this.inputs.length===1?[this.inputs[0].id.slice(0,8)]:[`${this.inputs.length}_examples`];return[e,this.model,...o,...r].join("_")}get loadingMessage(){return"Loading…"}hasInterpreter(e){return this.appState.currentModelInfos[this.model]?.interpreters?.includes(e)??!1}get selectedInput(){return this.selectionService.primarySelectedInputData}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.inputs,this.model],()=>{this.inputsChanged(),this.reload()})}async reload(){if(!this.canLoad){this.cancel($e),this.data=null;return}let e=await this.request($e,this.load(this.inputs));e!=null&&this.accept(e)}async request(e,r){let o=(this.requestSeqs.get(e)??0)+1;this.requestSeqs.set(e,o),this.requestsInFlight.add(e),this.requestErrors.delete(e),this.requestUpdate();let s=()=>this.requestSeqs.get(e)===o;try{let a=await this.loadLatest(e,r);return s()?(this.requestsInFlight.delete(e),this.requestUpdate(),a):null}catch(a){return s()&&(this.requestsInFlight.delete(e),this.requestErrors.set(e,nt(a)),this.setIsLoading(!1),this.requestUpdate()),null}}cancel(e){this.requestSeqs.set(e,(this.requestSeqs.get(e)??0)+1),this.requestsInFlight.delete(e),this.requestErrors.delete(e),this.requestUpdate()}isLoading(e=$e){return this.requestsInFlight.has(e)}errorOf(e=$e){return this.requestErrors.get(e)??null}stateOf(e,r){return this.requestErrors.has(e)?"error":this.requestsInFlight.has(e)?"loading":r?"ready":"empty"}renderStatus(e,r=null,o="Loading…"){let s=this.errorOf(e);return s?h`<div class="status error" role="alert">${s}</div>`:this.isLoading(e)?h`<div class="status" role="status"><div class="spinner"></div>${o}</div>`:r?h`<div class="status hint">${r}</div>`:g}renderExport(){let e=this.data;return e==null||this.errorOf()!=null||this.exportSource(e)==null?g:h`
      <div class="export-bar">${_n(()=>(this.requestErrors.delete(rr),this.requestUpdate(),this.data==null?null:this.exportSource(this.data)),s=>{this.requestErrors.set(rr,s),this.requestUpdate()})}${this.renderStatus(rr)}</div>`}renderImpl(){let e=this.data==null&&!this.canLoad?this.emptyMessage:null;return h`
      <div class="module-container">
        ${this.renderExport()}
        ${this.renderControls()}
        <div class="body">
          ${this.renderStatus($e,e,this.loadingMessage)}
          ${this.data!=null&&!this.errorOf()?this.renderData(this.data):g}
        </div>
      </div>`}updated(e){super.updated(e),this.dataset.state=this.stateOf($e,this.data!=null)}};function I(n,t){let e=An(n);t.template=(r,o,s)=>Mn`<${e} model=${r} .shouldReact=${s}
          selectionServiceIndex=${o}></${e}>`,customElements.define(n,t)}function nr(n,t){if(!(t>=1))throw new Error(`batch size must be at least 1, got ${t}`);let e=[];for(let r=0;r<n.length;r+=t)e.push(n.slice(r,r+t));return e}async function ie(n,t,e,r,o,s,a={}){let i=Math.min(a.batchSize??32,32),l=[];a.onProgress?.(0,t.length);for(let c of nr(t,i)){a.signal?.throwIfAborted();let d=await n.getInterpretations(c,e,r,o,s,a.message,!0);if(!Array.isArray(d)||d.length!==c.length)throw new Error(`'${o}' returned ${Array.isArray(d)?d.length:"no"} results for ${c.length} examples.`);l.push(...d),a.onBatch?.(c,d),a.onProgress?.(l.length,t.length)}return l}async function ot(n,t,e,r,o,s,a={}){if(t.length===0)throw new Error(`No examples to send to '${o}'.`);let i=Math.min(a.batchSize??32,32),l=[],c=0;a.onProgress?.(0,t.length);for(let d of nr(t,i)){a.signal?.throwIfAborted();let u=await n.getInterpretations(d,e,r,o,s,a.message,!0);if(u==null||typeof u!="object"||Array.isArray(u))throw new Error(`'${o}' should answer one object per request, got ${Array.isArray(u)?"a list":String(u)}.`);l.push(u),c+=d.length,a.onProgress?.(c,t.length)}return l}var q=class{constructor(t){this.onChange=t;this.progress=null;this.controller=null}get running(){return this.controller!=null}async track(t){this.stop();let e=new AbortController;this.controller=e,this.onChange();let r=(o,s)=>{e.signal.aborted||(this.progress=[o,s],this.onChange())};try{return await t({signal:e.signal,onProgress:r})}finally{this.controller===e&&(this.controller=null,this.progress=null,this.onChange())}}stop(){this.controller!=null&&(this.controller.abort(),this.controller=null,this.progress=null,this.onChange())}};var le="head-focus",or=class extends EventTarget{constructor(){super(...arguments);this.current=null}get focus(){return this.current}focusHead(e){this.current={...e},this.dispatchEvent(new CustomEvent(le,{detail:{...e}}))}},R=new or;var st="search",sr=class extends T{constructor(){super();this.run=new q(()=>this.requestUpdate());this.emptyMessage="Choose a head and the patterns, then search the dataset for that attention.";this.layer=0,this.head=0,this.fromToken="*",this.toToken="*",this.threshold=.5,this.caseSensitive=!1}static{this.title="Attention Search"}static{this.infoMarkdown=`Finds the examples where layer L, head H sends at least the threshold of attention from a token matching "From" to a token matching "To", over the whole dataset, strongest first. A pattern is a word (the token's text, without ## or Ġ), /regex/ (searched in the token's text), or * for any token but [CLS], [SEP] and the like (which only a word spelling them matches). Patterns match one token: a word split into pieces is found by a piece. "Select" makes the matches LIT's selection, the strongest primary.`}static{this.numCols=6}static{this.duplicateForExampleComparison=!1}static shouldDisplayModule(e){return C(e,tr)}static{this.styles=_(wn)}static{this.properties={layer:{state:!0},head:{state:!0},fromToken:{state:!0},toToken:{state:!0},threshold:{state:!0},caseSensitive:{state:!0}}}get inputs(){return[]}async load(){throw new Error("Attention search runs from its Search button.")}disconnectedCallback(){super.disconnectedCallback(),this.stop()}inputsChanged(){this.stop()}async search(){let e={layer:this.layer,head:this.head,from_token:this.fromToken,to_token:this.toToken,threshold:this.threshold,case_sensitive:this.caseSensitive},r=this.run.track(s=>ot(this.apiService,this.appState.currentInputData,this.model,this.appState.currentDataset,tr,{...e},{...s,message:"Searching attention"})),o=await this.request(st,r.then(s=>({config:e,...$n(s.map(vn))})));o!=null&&(this.data=o)}stop(){this.run.stop(),this.cancel(st)}selectMatches(e,{layer:r,head:o}){this.selectionService.selectIds(e),this.selectionService.setPrimarySelection(e[0]??null),R.focusHead({model:this.model,layer:r,head:o})}textOf(e){let r=this.appState.currentInputData.find(s=>s.id===e);return r==null?`(example ${e} is no longer in the dataset)`:Object.entries(this.appState.currentDatasetSpec).filter(([,s])=>s.name==="TextSegment").map(([s])=>s).map(s=>String(r.data[s]??"")).join(" | ")}renderControls(){let e=a=>a.target.value,r=a=>Number(a.target.value),o=this.run.progress,s=this.appState.currentInputData.length;return h`
      <div class="toolbar">
        <label>Layer <input type="number" class="layer" min="0" .value=${String(this.layer)}
            @change=${a=>this.layer=r(a)}></label>
        <label>Head <input type="number" class="head" min="0" .value=${String(this.head)}
            @change=${a=>this.head=r(a)}></label>
        <label title="A word, /regex/ or * (any token)">From
          <input type="text" class="from-token pattern" .value=${this.fromToken}
              @change=${a=>this.fromToken=e(a)}></label>
        <label title="A word, /regex/ or * (any token)">To
          <input type="text" class="to-token pattern" .value=${this.toToken}
              @change=${a=>this.toToken=e(a)}></label>
        <label>At least <input type="number" class="threshold" min="0" max="1" step="0.05"
            .value=${String(this.threshold)}
            @change=${a=>this.threshold=r(a)}></label>
        <label><input type="checkbox" class="case-sensitive" .checked=${this.caseSensitive}
            @change=${a=>this.caseSensitive=a.target.checked}>Case-sensitive</label>
        <button class="hairline-button search" ?disabled=${this.run.running}
            @click=${()=>this.search()}>Search all ${s} examples</button>
        ${o?h`
          <progress max=${o[1]} value=${o[0]}></progress>
          <span class="hint">${o[0]} / ${o[1]}</span>
          <button class="hairline-button stop" @click=${()=>this.stop()}>Stop</button>`:g}
      </div>
      ${this.renderStatus(st,null,"Searching…")}`}renderData(e){let{config:r,matches:o}=e,s=o.map(a=>a.id);return h`
      <div class="summary">
        <span class="hint">${o.length} of ${e.numExamples} examples: layer ${r.layer}, head ${r.head} sends ≥ ${r.threshold} from
          <code>${r.from_token}</code> to <code>${r.to_token}</code>.</span>
        ${o.length?h`<button class="hairline-button select-matches"
            @click=${()=>this.selectMatches(s,r)}>Select these ${o.length} in LIT</button>`:g}
      </div>
      ${o.length?h`
        <table class="matches">
          <thead><tr><th class="num">Weight</th><th>From → to</th><th>Example</th></tr></thead>
          <tbody>
            ${o.map(a=>h`
              <tr data-id=${a.id} title="Click to select this example"
                  @click=${()=>this.selectMatches([a.id],r)}>
                <td class="num weight">${a.weight.toFixed(3)}</td>
                <td class="pair"><span class="token">${a.queryToken}</span> → <span
                    class="token">${a.keyToken}</span></td>
                <td class="text">${this.textOf(a.id)}</td>
              </tr>`)}
          </tbody>
        </table>`:g}`}updated(e){super.updated(e),Object.assign(this.dataset,{search:this.stateOf(st,this.data!=null),matches:String(this.data?.matches.length??"")})}};I("attention-search-module",sr);var Pn=["#d62728","#1f5fd6","#2ca02c","#ff7f0e","#8e44ad","#17a2b8","#e6399b","#8c564b","#556b2f","#000080","#b8860b","#7f7f7f","#00a087","#b22d5b","#5b3fd6","#6b8e23"];function S(n){return n<Pn.length?Pn[n]:`hsl(${(n*137.508%360).toFixed(1)}, 65%, 42%)`}function Pe(n){if(n.startsWith("#")){let a=parseInt(n.slice(1),16);return[a>>16&255,a>>8&255,a&255]}let[t,e,r]=(n.match(/[\d.]+/g)??["0","0","0"]).map(Number),o=e/100*Math.min(r/100,1-r/100),s=a=>{let i=(a+t/30)%12;return Math.round(255*(r/100-o*Math.max(-1,Math.min(i-3,9-i,1))))};return[s(0),s(8),s(4)]}function ee(n,t){let[e,r,o]=Pe(n);return`rgba(${e}, ${r}, ${o}, ${t.toFixed(3)})`}var ar=[33,102,172],ir=[202,72,34];function O(n,t){let e=t>0?Math.min(1,Math.abs(n)/t):0,[r,o,s]=n>=0?ar:ir;return[Math.round(255+(r-255)*e),Math.round(255+(o-255)*e),Math.round(255+(s-255)*e)]}function at(n){let[t,e,r]=n>=0?ar:ir;return`#${(t<<16|e<<8|r).toString(16).padStart(6,"0")}`}function X([n,t,e]){return`rgb(${n}, ${t}, ${e})`}var Ln=[128,134,139];function lr(n,t){let e=t>0?Math.min(1,Math.abs(n)/t):0,r=n>=0?ar:ir;return[0,1,2].map(o=>Math.round(Ln[o]+(r[o]-Ln[o])*e))}function Ps(n){let t=n;return t!=null&&typeof t=="object"&&typeof t.data=="string"&&Array.isArray(t.shape)&&(t.dtype==="uint10"||t.dtype==="float32")}function Ls(n){let t=Uint8Array.fromBase64;if(t)return t(n);let e=atob(n),r=new Uint8Array(e.length);for(let o=0;o<e.length;o++)r[o]=e.charCodeAt(o);return r}var Fs=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Rs(n,t,e){if(n.byteLength!==t*4)throw new Error(`encoded float32 array has ${n.byteLength} bytes; its shape needs ${t*4}.`);if(e)return new Float32Array(n.buffer.slice(n.byteOffset,n.byteOffset+t*4));let r=new DataView(n.buffer,n.byteOffset,n.byteLength),o=new Float32Array(t);for(let s=0;s<t;s++)o[s]=r.getFloat32(4*s,!0);return o}function Ns(n,t,e){let r=t+Math.ceil(t/4);if(n.byteLength!==r)throw new Error(`encoded uint10 array has ${n.byteLength} bytes; its shape needs ${r}.`);if(!(e>0))throw new Error(`uint10 array needs a positive scale, got ${e}.`);let o=new Float32Array(1024);for(let i=0;i<1024;i++)o[i]=i/e;let s=new Float32Array(t),a=t-t%4;for(let i=0,l=t;i<a;i+=4,l++){let c=n[l];s[i]=o[n[i]|(c&192)<<2],s[i+1]=o[n[i+1]|(c&48)<<4],s[i+2]=o[n[i+2]|(c&12)<<6],s[i+3]=o[n[i+3]|(c&3)<<8]}for(let i=a;i<t;i++){let l=n[t+(i>>2)]>>6-2*(i&3)&3;s[i]=o[n[i]|l<<8]}return s}function B(n){if(!Ps(n))throw new Error("expected an encoded array {dtype, shape, scale, data}.");let t=Ls(n.data),e=n.shape.reduce((o,s)=>o*s,1),r=n.dtype==="uint10"?Ns(t,e,n.scale??0):Rs(t,e,Fs);return{shape:[...n.shape],values:r}}var it="attention",lt="neuron_view",ct="nmf";function w(n,t,e){if(!(t in n))throw new Error(`${e} response has no '${t}' field.`);return n[t]}function ce(n,t,e){if(!(t.length===e.length&&t.every((o,s)=>e[s]<0||o===e[s]))){let o=e.map(s=>s<0?"?":s).join(", ");throw new Error(`${n} has shape (${t.join(", ")}); expected (${o}).`)}}function cr(n,t,e){if(!Array.isArray(t)||t.length!==e){let r=Array.isArray(t)?t.length:typeof t;throw new Error(`${n} has ${r} entries but there are ${e} tokens.`)}}function dr(n,t){let e=w(n,"tokens",t),r={tokens:e,displayTokens:w(n,"display_tokens",t),specialTokens:w(n,"special_tokens",t),segmentIds:w(n,"segment_ids",t)};return cr("display_tokens",r.displayTokens,e.length),cr("special_tokens",r.specialTokens,e.length),cr("segment_ids",r.segmentIds,e.length),r}var dt="Special tokens: the tokenizer's markup, such as [CLS], [SEP], <s>, </s> and padding. Unknown-word tokens ([UNK], <unk>) stand for real text, such as an emoji, and are not special.";function P(n,t){let e=n.displayTokens[t],r=n.tokens[t];return r===e?`${e} (#${t})`:`${e} (#${t}, token ${r})`}function Fn(n){let t=n,e=`'${it}' interpreter`,r=dr(t,e),o=w(t,"layers",e),s=w(t,"num_heads",e),a=B(w(t,"attention",e)),i=r.tokens.length;ce("attention",a.shape,[o.length,s,i,i]);let l=s*i*i,c=o.map((u,m)=>a.values.subarray(m*l,(m+1)*l)),d=typeof t.num_layers=="number"?t.num_layers:null;return{...r,layers:o,numHeads:s,numLayers:d,weights:c}}function Hs(n,t,e){let r=n,o=w(r,"name",`${e} term`),s=B(w(r,"values",`${e} term '${o}'`));return ce(`term '${o}'`,s.shape,[t,t]),{name:o,label:String(r.label??o),description:String(r.description??""),values:s.values}}function Rn(n){let t=n,e=`'${lt}' interpreter`,r=dr(t,e),o=r.tokens.length,s=B(w(t,"query",e)),a=B(w(t,"key",e)),i=B(w(t,"attention",e));ce("query",s.shape,[o,-1]),ce("key",a.shape,s.shape),ce("attention",i.shape,[o,o]);let l=w(t,"key_allowed",e),c=null;if(l!=null){let u=B(l);ce("key_allowed",u.shape,[o,o]),c=Uint8Array.from(u.values,m=>m>.5?1:0)}let d=w(t,"scale",e);if(!(typeof d=="number"&&Number.isFinite(d)))throw new Error(`${e} response has scale ${d}; expected a finite number.`);return{...r,layer:w(t,"layer",e),head:w(t,"head",e),headDim:s.shape[1],query:s.values,key:a.values,scale:d,scaleLabel:w(t,"scale_label",e),positionTransform:w(t,"position_transform",e),terms:w(t,"terms",e).map(u=>Hs(u,o,e)),keyAllowed:c,attention:i.values}}function Nn(n){let t=n,e=`'${ct}' interpreter`,r=dr(t,e),o=r.tokens,s=B(w(t,"factors",e));ce("factors",s.shape,[-1,o.length]);let a=s.shape[0],i=w(t,"top_neurons",e),l=w(t,"layer_share",e);if(i.length!==a||l.length!==a)throw new Error(`nmf response has ${a} factors but ${i.length} neuron lists and ${l.length} layer shares.`);return{...r,tokenMask:t.token_mask??o.map(()=>!0),layers:w(t,"layers",e),k:a,factors:s.values,topNeurons:i,layerShare:l,reconstructionError:Number(t.reconstruction_error??NaN)}}var ut="corpus_nmf";function Hn(n){let t=n,e=`'${ut}' interpreter`;if(t==null||typeof t!="object")throw new Error(`${e} sent no answer.`);let r=w(t,"tokens",e),o=r.length,s=d=>{let u=w(t,d,e);if(!Array.isArray(u)||u.length!==o)throw new Error(`${d} has ${Array.isArray(u)?u.length:typeof u} entries but there are ${o} tokens.`);return u},a=B(w(t,"activations",e)),[i,l]=a.shape;if(a.shape.length!==2||l!==o)throw new Error(`activations has shape (${a.shape.join(", ")}); expected (k, ${o}).`);let c=d=>{let u=w(t,d,e);if(!Array.isArray(u)||u.length!==i)throw new Error(`${e}: ${d} has ${Array.isArray(u)?u.length:"no"} entries for ${i} factors.`);return u};return{tokens:r,displayTokens:s("display_tokens"),specialTokens:s("special_tokens"),tokenMask:s("token_mask"),k:i,activations:a.values,max:c("max"),mean:c("mean"),topExamples:c("top_examples"),topTokens:c("top_tokens"),topExamplesOver:typeof t.top_examples_over=="string"?t.top_examples_over:null,topTokensOver:typeof t.top_tokens_over=="string"?t.top_tokens_over:null,fit:t.fit??{}}}function On(n){let{topExamplesOver:t,topTokensOver:e}=n;return t==null||e==null?null:t===e?`top lists over the ${t}`:`top examples over the ${t}, top tokens over the ${e}`}function Dn(n){return n.map(t=>{if(t.source!=="store"||t.row==null||t.data==null)throw new Error(`Top example ${t.id} is not a store row (no row and data).`);return{row:t.row,id:t.id,data:t.data,values:{max:t.max}}})}function ur(n,t){let e=n.tokens.length;return n.activations.subarray(t*e,(t+1)*e)}function de(n,t){return!(t>0)||!(n>0)?0:Math.min(1,n/t)}function ue(n){return n.reduce((t,e)=>Math.max(t,e),0)}function qn(n,t){return ue(n.topExamples[t].map(e=>e.max))}function Os(n){return n.length?n.every((e,r)=>r===0||e===n[r-1]+1)&&n.length>1?`${n[0]}–${n[n.length-1]}`:n.join(", "):"?"}function ht(n,t){let e=n.model??{},r=n.data??{},o=n.sample??{},s=Array.isArray(n.layers)?n.layers:[],a=[e.name,e.kind?`(${e.kind})`:null].filter(l=>l).join(" ")||"a model",i=[`${t} factors of ${a}'s FFN units, layers ${Os(s)}`];if(r.name!=null){let l=r.n_examples!=null?` (${r.n_examples} examples)`:"";i.push(`fitted on ${r.name}${l}`)}return o.n_sampled_rows!=null&&o.n_token_rows!=null&&i.push(`${o.n_sampled_rows} of ${o.n_token_rows} token rows sampled`),i.join("; ")}function N(n){return Math.abs(n)>=1e4?n.toFixed(0):n.toPrecision(4)}function Bn(n,t,e){return{fit:n.fit,n_components:n.k,picked_factor:t,factors:Array.from({length:n.k},(r,o)=>({factor:o,top_tokens:n.topTokens[o],top_examples:n.topExamples[o]})),example:e==null?null:{id:e.id,tokens:n.tokens,display_tokens:n.displayTokens,token_mask:n.tokenMask,activations:Array.from({length:n.k},(r,o)=>[...ur(n,o)]),max:n.max,mean:n.mean}}}var jn=`.factor-picker {
  display: inline-flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px;
}

.factor-chip {
  min-width: 30px;
  height: 22px;
  padding: 0 6px;
  border: 2px solid var(--factor-color);
  border-radius: 4px;
  background: white;
  color: var(--factor-color);
  font: 500 12px 'Roboto', sans-serif;
  cursor: pointer;
}

.factor-chip.on {
  background: var(--factor-color);
  color: white;
}

.fit {
  margin-bottom: 6px;
}

.example {
  margin-bottom: 10px;
}

.sentence {
  display: flex;
  flex-wrap: wrap;
  gap: 3px 2px;
  margin-top: 4px;
  line-height: 22px;
}

.cards {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(330px, 1fr));
  gap: 10px;
}

.card {
  border: 1px solid var(--lit-neutral-300, #dadce0);
  border-top: 3px solid var(--factor-color);
  border-radius: 4px;
  padding: 4px 8px 6px;
  min-width: 0;
}

.card.on {
  box-shadow: 0 0 0 1px var(--factor-color);
}

.card-title {
  display: flex;
  align-items: center;
  gap: 8px;
  margin-bottom: 4px;
  font-weight: 500;
  white-space: nowrap;
}

.card-title .name {
  cursor: pointer;
}

.card-title .select-top {
  margin-left: auto;
}

.swatch {
  width: 10px;
  height: 10px;
  border-radius: 2px;
  background: var(--factor-color);
}

table {
  width: 100%;
  border-collapse: collapse;
  font-size: 12px;
  table-layout: fixed;
  margin-bottom: 4px;
}

th {
  text-align: left;
  font-weight: 500;
  color: var(--lit-neutral-600, #80868b);
  white-space: nowrap;
}

td,
th {
  padding: 1px 4px 1px 0;
}

.top-tokens th:nth-child(1) { width: 30%; }
.top-tokens th:nth-child(2) { width: 40%; }
.top-examples th:nth-child(1) { width: 22%; }
.top-examples th:nth-child(2) { width: 14%; }

.num {
  text-align: right;
  font-family: 'Roboto Mono', monospace;
}

.display {
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}

.track {
  display: block;
  height: 10px;
  background: var(--lit-neutral-100, #f1f3f4);
}

.bar {
  display: block;
  height: 100%;
}

.top-examples tbody tr {
  cursor: pointer;
}

.top-examples tbody tr:hover {
  background: var(--lit-neutral-100, #f1f3f4);
}

.top-examples tbody tr.selected {
  outline: 1px solid var(--factor-color);
}

.top-examples .text {
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}

.outside {
  color: var(--lit-cyea-500, #348199);
  cursor: help;
}
`;var hr="store_query";var Un=["=","!=","<","<=",">",">=","contains","regex"],qs=new Set(["contains","regex"]);function pr(n){let t=new Map;for(let{row:e,data:r,values:o}of n)for(let[s,a]of Object.entries({row:e,...r,...o}))t.has(s)||a==null||t.set(s,typeof a=="number"?"number":typeof a=="boolean"?"boolean":"text");return t}function Bs(n,t){let e=n.value.trim();if(qs.has(n.operator)||t==="text")return n.value;let r=e===""?NaN:Number(e),o=e.toLowerCase();if(t==="number"||t==null&&Number.isFinite(r)){if(!Number.isFinite(r))throw new Error(`${n.column} holds numbers: "${n.value}" is not one (e.g. 0.5).`);return r}if(t==="boolean"||t==null&&(o==="true"||o==="false")){if(o!=="true"&&o!=="false")throw new Error(`${n.column} is true or false: "${n.value}" is neither.`);return o==="true"}return n.value}function js(n,t){if(t.edgeMinWeight==null)throw new Error("This store holds no attention edges: precompute it with the attention_edges columns to search patterns over every row.");let e=(r,o)=>Number.isInteger(r)&&r>=0&&r<o;if(!e(n.layer,t.numLayers))throw new Error(`Layer ${n.layer} does not exist: choose 0–${t.numLayers-1}.`);if(!e(n.head,t.numHeads))throw new Error(`Head ${n.head} does not exist: choose 0–${t.numHeads-1}.`);if(!(n.threshold>=t.edgeMinWeight&&n.threshold<=1))throw new Error(`The threshold must be between ${t.edgeMinWeight} (the smallest weight this store keeps) and 1, not ${n.threshold}.`);return{layer:n.layer,head:n.head,threshold:n.threshold,from_token:n.fromToken.trim()||"*",to_token:n.toToken.trim()||"*",case_sensitive:n.caseSensitive}}function Vn(n,t,e,r){if(!Number.isInteger(n.limit)||n.limit<1||n.limit>1e3)throw new Error(`Show between 1 and 1000 rows, not ${n.limit}.`);let o={filters:n.filters.map(s=>({column:s.column,operator:s.operator,value:Bs(s,t.get(s.column))})),order_by:n.pattern?null:n.orderBy||null,descending:n.descending,limit:n.limit,dataset_name:e};return n.pattern&&(o.pattern=js(n.pattern,r??{edgeMinWeight:null,numLayers:0,numHeads:0})),o}function pt(n){return n!=null&&typeof n=="object"&&!Array.isArray(n)}function zn(n){if(!pt(n))throw new Error("The store_query answer is not an object.");let{total:t,columns:e,rows:r}=n;if(typeof t!="number"||!Number.isInteger(t)||t<0)throw new Error("The store_query answer has no row count (total).");if(!Array.isArray(e)||!e.every(a=>typeof a=="string"))throw new Error("The store_query answer's columns are not a list of names.");if(!Array.isArray(r))throw new Error("The store_query answer has no rows list.");r.forEach((a,i)=>{if(!pt(a)||typeof a.row!="number"||typeof a.id!="string"||!pt(a.data)||!pt(a.values))throw new Error(`store_query rows[${i}] is not {row, id, data, values}.`)});let o=n.edge_min_weight,s={edgeMinWeight:typeof o=="number"?o:null,numLayers:Number(n.num_layers??0),numHeads:Number(n.num_heads??0)};return{total:t,columns:e,rows:r,limits:s}}var Us=["weight","query_token","key_token"];function Wn(n,t,e){let r=[],o=[];for(let{data:l,values:c}of n.rows){for(let d of Object.keys(l))r.includes(d)||r.push(d);for(let d of Object.keys(c))o.includes(d)||o.push(d)}let s=pr(n.rows),a=(l,c)=>({key:l,source:c,numeric:s.get(l)==="number"}),i=[a("row","row"),...r.filter(l=>!t.has(l)).map(l=>a(l,"data")),...r.filter(l=>t.has(l)).map(l=>a(l,"data")),...o.filter(l=>l==="predicted"||l.startsWith("p_")).map(l=>a(l,"values")),...Us.filter(l=>o.includes(l)).map(l=>a(l,"values"))];return e&&!i.some(l=>l.key===e)&&i.push(a(e,o.includes(e)?"values":"data")),i}function Kn(n){return n==null?"–":typeof n=="number"?Number.isInteger(n)?String(n):n.toFixed(3):typeof n=="boolean"?n?"✓":"✗":String(n)}function Qn(n,t){return t.source==="row"?n.row:t.source==="data"?n.data[t.key]:n.values[t.key]}function Vs(n,t){let e=[...new Set(n.map(s=>s.id))],r=new Set,o=n.filter(s=>!t(s.id)&&!r.has(s.id)&&r.add(s.id));return{ids:e,missing:o}}function zs(n){let t={added:!0,source:"store"};return{id:n.id,data:{...n.data,_id:n.id,_meta:t},meta:t}}function Ws(n,t){if(t.length!==n.length)throw new Error(`Asked to add ${n.length} store rows, the server annotated ${t.length}.`);n.forEach((e,r)=>{if(t[r].id!==e.id)throw new Error(`Store row ${e.row} got id ${t[r].id} from LIT, but the store query gave ${e.id}: the store's ids do not match LIT's hashing (restart the server with this lit-ext version).`)})}async function mt(n,t){let e=t.currentInputDataById,r=Vs(n,o=>e.has(o));if(r.missing.length>0){let o=await t.annotateNewData(r.missing.map(zs));Ws(r.missing,o),t.commitNewDatapoints(o)}return r}var j=64,Ks=12e3,D=8,Qs=150,Gn=n=>`${n}px Roboto, sans-serif`;function Xs(n){return n<=40?[20,13]:n<=128?[16,12]:[13,10]}function Jn(n,t,e){let[r,o]=Xs(t.visible.length);n.font=Gn(o);let s=20;for(let p of t.visible)s=Math.max(s,n.measureText(t.labels[p]).width);s=Math.min(Qs,Math.ceil(s));let a=Math.min(8,r-6),l=t.numHeads*(a+1)+D+s+D,c=Math.max(80,Math.min(360,e-2*l)),d=Math.max(0,Math.floor((e-c-2*l)/2)),u=new Int32Array(t.tokens.length).fill(-1);t.visible.forEach((p,f)=>u[p]=f);let m=6;return{width:Math.max(e,c+2*l),height:m*2+t.visible.length*r,rowHeight:r,fontSize:o,top:m,leftTextRight:d+l-D,rightTextLeft:d+l+c+D,textWidth:s,squareSize:a,rowOf:u}}function mr(n){return n==="all"?null:[n[0]==="A"?0:1,n[1]==="A"?0:1]}function fr(n,t,e){let r=mr(n.filter);return r==null||n.segmentIds[t]===r[0]&&n.segmentIds[e]===r[1]}function ft(n,t){return n.top+n.rowOf[t]*n.rowHeight+n.rowHeight/2}function Gs(n){return n.diverging?[at(1),at(-1)]:n.headColors}function Xn(n,t){let e=n.tokens.length,{weights:r,visible:o,active:s,threshold:a}=n,i=n.diverging?1/n.diverging.extent:1,l=mr(n.filter),c=n.segmentIds,d=s?.side==="left"?[s.index]:o,u=s?.side==="right"?[s.index]:o;for(let m of n.heads){let p=m*e*e;for(let f of d){if(l&&c[f]!==l[0])continue;let b=p+f*e;for(let y of u){if(l&&c[y]!==l[1])continue;let $=r[b+y],x=n.diverging?Math.abs($):$;if(x>=a&&x>0){let E=n.diverging?$<0?1:0:m,v=Math.round(x*i*j);t(E,f,y,Math.min(j,Math.max(1,v)))}}}}}function Yn(n,t,e){n.clearRect(0,0,e.width,e.height);let r=new Int32Array(j+1);Xn(t,(y,$,x,E)=>r[E]++);let o=1,s=0;for(let y=j;y>=1;y--){if(s>0&&s+r[y]>Ks){o=y+1;break}s+=r[y]}let a=0;for(let y=1;y<=j;y++)a+=r[y];let i=e.leftTextRight+D/2,l=e.rightTextLeft-D/2,c=new Float64Array(t.tokens.length);for(let y of t.visible)c[y]=ft(e,y);let d=new Map;Xn(t,(y,$,x,E)=>{if(E<o)return;let v=y*(j+1)+E,k=d.get(v);k==null&&d.set(v,k=new Path2D),k.moveTo(i,c[$]),k.lineTo(l,c[x])}),n.lineWidth=1;let u=Gs(t),m=y=>y%(j+1),p=t.diverging?[...d].sort((y,$)=>m(y[0])-m($[0])):d;for(let[y,$]of p)n.strokeStyle=ee(u[Math.floor(y/(j+1))],m(y)/j),n.stroke($);let f=(o-.5)/j*(t.diverging?t.diverging.extent:1),b=o>1?f:t.threshold;return{lines:s,overBudget:a-s,cutoff:b}}function Js(n,t,e){if(n.measureText(t).width<=e)return t;let r=t.length;for(;r>1&&n.measureText(`${t.slice(0,r)}…`).width>e;)r--;return`${t.slice(0,r)}…`}function Ys(n,t,e){let r=[];n.font=Gn(e.fontSize),n.textBaseline="middle";let o=mr(t.filter);for(let s of["left","right"]){n.textAlign=s==="left"?"right":"left";let a=s==="left"?e.leftTextRight:e.rightTextLeft;for(let i of t.visible){let l=ft(e,i),c=t.active?.side===s&&t.active.index===i;if(c){let p=s==="left"?a-e.textWidth-2:a-2;n.fillStyle=t.pinned?"#c0e7e3":"#e8eaed",n.fillRect(p,l-e.rowHeight/2+1,e.textWidth+4,e.rowHeight-2)}let d=o?o[s==="left"?0:1]:null,u=d!=null&&t.segmentIds[i]!==d;n.fillStyle=u?"#bdc1c6":c?"#202124":"#3c4043";let m=Js(n,t.labels[i],e.textWidth);n.fillText(m,a,l),s==="left"&&r.push(m)}}return r}function Zs(n,t,e){let r=t.active;if(r==null)return;let o=t.tokens.length,s=e.squareSize,a=r.side==="right";for(let i of t.visible){let[l,c]=a?[i,r.index]:[r.index,i];if(!fr(t,l,c))continue;let d=ft(e,i);t.heads.forEach((u,m)=>{let p=t.weights[u*o*o+l*o+c],[f,b]=t.diverging?[at(p),Math.abs(p)/t.diverging.extent]:[t.headColors[u],p],y=a?e.leftTextRight-e.textWidth-D-(m+1)*(s+1):e.rightTextLeft+e.textWidth+D+m*(s+1);n.fillStyle=ee(f,Math.min(1,b)),n.fillRect(y,d-s/2,s,s)})}}function Zn(n,t,e){n.clearRect(0,0,e.width,e.height);let r=Ys(n,t,e);return Zs(n,t,e),r}function eo(n,t,e,r){for(let o of[n,t])o.style.width=`${e.width}px`,o.style.height=`${e.height}px`;n.width=e.width,n.height=e.height,t.width=Math.round(e.width*r),t.height=Math.round(e.height*r),t.getContext("2d").setTransform(r,0,0,r,0,0)}function to(n,t,e,r){let o=Math.floor((r-t.top)/t.rowHeight);if(o<0||o>=n.visible.length)return null;let s=(t.leftTextRight+t.rightTextLeft)/2,a=e<s?"left":"right",i=n.numHeads*(t.squareSize+1)+D;return(a==="left"?e>=t.leftTextRight-t.textWidth-i&&e<=t.leftTextRight+D:e>=t.rightTextLeft-D&&e<=t.rightTextLeft+t.textWidth+i)?{side:a,index:n.visible[o]}:null}function ro(n,t,e){return e<0||e>=n.rowOf.length||n.rowOf[e]<0?null:{x:t==="left"?n.leftTextRight-10:n.rightTextLeft+10,y:ft(n,e)}}function gr(n,t){let e=n.tokens.length,r=n.headDim,o=t*e,s=n.query.subarray(t*r,(t+1)*r),a=[],i=new Float64Array(e);for(let p=0;p<e;p++){let f=new Float32Array(r),b=0;for(let y=0;y<r;y++)f[y]=s[y]*n.key[p*r+y],b+=f[y];a.push(f),i[p]=n.scale*b}let l=n.terms.map(p=>Float64Array.from(p.values.subarray(o,o+e))),c=i.map((p,f)=>l.reduce((b,y)=>b+y[f],p)),d=Array.from({length:e},(p,f)=>n.keyAllowed?.[o+f]!==0),u=ea(c,d),m=0;for(let p=0;p<e;p++)m=Math.max(m,Math.abs(u[p]-n.attention[o+p]));return{query:s,products:a,scaled:i,terms:l,sums:c,allowed:d,softmax:u,maxDiff:m}}function ea(n,t){let e=-1/0;n.forEach((s,a)=>{t[a]&&(e=Math.max(e,s))});let r=n.map((s,a)=>t[a]?Math.exp(s-e):0),o=r.reduce((s,a)=>s+a,0);return r.map(s=>o>0?s/o:0)}function yr(n){return n.startsWith("1/")?`q·k/${n.slice(2)}`:`q·k·${n}`}function we(n){return[yr(n.scaleLabel),...n.terms.map(t=>t.name)].join(" + ")}var oo="DejaVu Sans, Verdana, Arial, sans-serif",ta=1.05,ra=2,br=null;function te(n,t=12){return br??=document.createElement("canvas").getContext("2d"),br.font=`${t}px ${oo}`,br.measureText(n).width*ta}function gt(n){return n.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;")}function L(n){return String(Math.round(n*100)/100)}function U(n){return"#"+(typeof n=="string"?Pe(n):n).map(e=>e.toString(16).padStart(2,"0")).join("")}function xr({className:n,data:t}){let e=n?` class="${gt(n)}"`:"",r=Object.entries(t).map(([o,s])=>` data-${o}="${gt(String(s))}"`).join("");return e+r}function no(n){return n?`<title>${gt(n)}</title>`:""}var V=class{constructor(t,e){this.width=t;this.height=e;this.shapes=[]}text(t,e,r,{anchor:o="start",size:s=12,color:a="#3c4043",...i}={}){this.shapes.push({type:"text",x:t,y:e,text:r,anchor:o,size:s,color:a,className:i.className??"",title:i.title??"",data:i.data??{}}),o==="start"&&(this.width=Math.max(this.width,t+te(r,s)+8))}line(t,e,r,o,s,a,{width:i=1,...l}={}){this.shapes.push({type:"line",x1:t,y1:e,x2:r,y2:o,color:s,opacity:a,width:i,className:l.className??"",data:l.data??{}})}rect(t,e,r,o,s,a=1,{stroke:i=null,...l}={}){this.shapes.push({type:"rect",x:t,y:e,width:r,height:o,color:s,opacity:a,stroke:i,className:l.className??"",title:l.title??"",data:l.data??{}})}toSvg(){let t=L(Math.ceil(this.width)),e=L(Math.ceil(this.height)),r=[`<svg xmlns="http://www.w3.org/2000/svg" width="${t}" height="${e}" viewBox="0 0 ${t} ${e}" font-family="${oo}">`,'<rect width="100%" height="100%" fill="#ffffff"/>'];for(let o of this.shapes)if(o.type==="line")r.push(`<line${xr(o)} x1="${L(o.x1)}" y1="${L(o.y1)}" x2="${L(o.x2)}" y2="${L(o.y2)}" stroke="${U(o.color)}" stroke-opacity="${o.opacity.toFixed(4)}" stroke-width="${o.width}"/>`);else if(o.type==="rect"){let s=o.stroke?` stroke="${U(o.stroke)}" stroke-width="2"`:"";r.push(`<rect${xr(o)} x="${L(o.x)}" y="${L(o.y)}" width="${L(o.width)}" height="${L(o.height)}" fill="${U(o.color)}" fill-opacity="${o.opacity.toFixed(4)}"${s}>${no(o.title)}</rect>`)}else r.push(`<text${xr(o)} x="${L(o.x)}" y="${L(o.y)}" font-size="${L(o.size)}" fill="${U(o.color)}" text-anchor="${o.anchor}" dominant-baseline="central">${no(o.title)}${gt(o.text)}</text>`);return r.push("</svg>"),r.join(`
`)}async toPng(t=ra){let e=this.toSvg(),r=URL.createObjectURL(new Blob([e],{type:"image/svg+xml"}));try{let o=new Image;o.src=r,await o.decode();let s=document.createElement("canvas");s.width=Math.ceil(this.width)*t,s.height=Math.ceil(this.height)*t;let a=s.getContext("2d");return a.fillStyle="#ffffff",a.fillRect(0,0,s.width,s.height),a.drawImage(o,0,0,s.width,s.height),await new Promise((i,l)=>s.toBlob(c=>c?i(c):l(new Error("PNG encoding failed.")),"image/png"))}finally{URL.revokeObjectURL(r)}}};var A=16,wr=12,na=150;function xt(n,t=wr){return Math.min(na,Math.max(20,...n.map(e=>te(e,t))))}function vt(n,t){return{tokens:t.map(e=>n.tokens[e]),display_tokens:t.map(e=>n.displayTokens[e]),special_tokens:t.map(e=>n.specialTokens[e]),segment_ids:t.map(e=>n.segmentIds[e]),token_indices:t}}function kr(n){return{tokens:n.tokens,display_tokens:n.displayTokens,special_tokens:n.specialTokens,segment_ids:n.segmentIds}}function ao(n,t,e,r,o){return r.map(s=>o.map(a=>n[t+s*e+a]))}function $t(n,t){let e=[...n.layers.keys()].sort((a,i)=>a-i),r=n.tokens.length,o=n.numHeads*r*r,s=new Float32Array(e.length*o);return e.forEach((a,i)=>s.set(n.layers.get(a),i*o)),{format_version:1,view:"attention",payload:{...kr(n),layers:e,num_heads:n.numHeads,num_layers:n.allLayers?.length??null,attention:Z(s,[e.length,n.numHeads,r,r])},colors:Array.from({length:n.numHeads},(a,i)=>S(i)),options:t}}function io(n,t){let e=n.tokens.length,{visible:r,weights:o,threshold:s,active:a}=n,i=xt(r.map(v=>n.labels[v])),l=8+i,c=l+8,d=c+240,u=d+8,m=44,p=new V(u+i+8,m+r.length*A+8),f=n.heads.length===n.numHeads?"all heads":n.heads.length?`heads ${n.heads.join(", ")}`:"no heads",b=[n.filter==="all"?"":`sentences ${n.filter[0]} → ${n.filter[1]}`,r.length<e?`${e-r.length} special tokens hidden`:"",a?`lines of ${a.side==="left"?"query":"key"} '${n.labels[a.index]}' only`:""].filter(Boolean);p.text(8,12,`Layer ${t}, ${f}: query (left) → key (right), opacity = attention weight (≥ ${s})${b.length?`; ${b.join("; ")}`:""}`,{size:11,className:"caption"});let y=8;for(let v of n.heads)p.rect(y,26,10,10,n.headColors[v],1,{className:"head-key",data:{head:v}}),p.text(y+13,31,`H${v}`,{size:10}),y+=13+te(`H${v}`,10)+10;let $=new Map(r.map((v,k)=>[v,m+k*A+A/2]));if(a){let v=a.side==="left"?l-i-2:u-2;p.rect(v,$.get(a.index)-A/2+1,i+4,A-2,"#c0e7e3",1,{className:"active-token"})}let x=a?.side==="left"?[a.index]:r,E=a?.side==="right"?[a.index]:r;for(let v of n.heads)for(let k of x)for(let M of E){let ye=o[v*e*e+k*e+M];!(ye>=s&&ye>0)||!fr(n,k,M)||p.line(c,$.get(k),d,$.get(M),n.headColors[v],ye,{className:"attention",data:{head:v,query:k,key:M}})}for(let v of r){let k=n.tokens[v];p.text(l,$.get(v),n.labels[v],{anchor:"end",className:"query",title:k,data:{index:v}}),p.text(u,$.get(v),n.labels[v],{anchor:"start",className:"key",title:k,data:{index:v}})}return p}function lo(n,t,e){let r=n.tokens.length;return{...vt(n,t.visible),layer:e,heads:t.heads,threshold:t.threshold,filter:t.filter,active:t.active?{...t.active,pinned:t.pinned}:null,weights:t.heads.map(o=>ao(t.weights,o*r*r,r,t.visible,t.visible))}}var oa=48,z=72;function co(n,t){let e=[...n.layers.keys()].sort((u,m)=>u-m),r=n.tokens.length,o=Math.min(r,oa),s=z/o,a=36,i=56,l=z+8,c=new V(a+n.numHeads*l+8,i+e.length*l+8),d=o<r?`, max-pooled to ${o} × ${o}`:"";c.text(8,12,`Attention of every layer (rows) and head (columns): cell (i, j) = weight of query i → key j as opacity${d}. ${t.colorNote}`,{size:11,className:"caption"}),c.text(8,28,`Tokens: ${n.displayTokens.join(" ")}`,{size:10});for(let u=0;u<n.numHeads;u++)c.text(a+u*l+z/2,i-8,`H${u}`,{anchor:"middle",size:10});return e.forEach((u,m)=>{let p=n.layers.get(u),f=i+m*l;c.text(a-6,f+z/2,`L${u}`,{anchor:"end",size:10});for(let b=0;b<n.numHeads;b++){let y=a+b*l,$=t.color(u,b),x=new Float32Array(o*o);for(let v=0;v<r;v++)for(let k=0;k<r;k++){let M=Math.floor(v*o/r)*o+Math.floor(k*o/r);x[M]=Math.max(x[M],p[b*r*r+v*r+k])}let E=t.selected?.[0]===u&&t.selected?.[1]===b;c.rect(y,f,z,z,"#ffffff",1,{stroke:E?"#202124":"#dadce0",className:"thumb",data:{layer:u,head:b,selected:E?1:0}});for(let v=0;v<o;v++)for(let k=0;k<o;k++){let M=x[v*o+k];M<=0||c.rect(y+k*s,f+v*s,s,s,$,M,{className:"cell",data:{layer:u,head:b,query:v,key:k}})}t.switchedOff.has(`${u}:${b}`)&&(c.line(y,f,y+z,f+z,"#202124",1,{width:2,className:"off",data:{layer:u,head:b}}),c.line(y+z,f,y,f+z,"#202124",1,{width:2,className:"off"}))}}),c}function uo(n,t){let e=[...n.layers.keys()].sort((s,a)=>s-a),r=n.tokens.length,o=n.tokens.map((s,a)=>a);return{...vt(n,o),layers:e,num_heads:n.numHeads,weights:e.map(s=>Array.from({length:n.numHeads},(a,i)=>ao(n.layers.get(s),i*r*r,r,o,o))),...t}}function ho(n,t){let e=n.tokens.length;return{format_version:1,view:"neuron",payload:{...kr(n),layer:n.layer,head:n.head,query:Z(n.query,[e,n.headDim]),key:Z(n.key,[e,n.headDim]),attention:Z(n.attention,[e,e]),scale:n.scale,scale_label:n.scaleLabel,position_transform:n.positionTransform,terms:n.terms.map(r=>({name:r.name,label:r.label,description:r.description,values:Z(r.values,[e,e])})),key_allowed:n.keyAllowed?Z(n.keyAllowed,[e,e]):null},colors:Array.from({length:n.head+1},(r,o)=>S(o)),options:{query:t}}}function yt(n){let t=0;for(let e=0;e<n.length;e++)t=Math.max(t,Math.abs(n[e]));return t}function po(n,t,e){let r=n.tokens.length,o=n.headDim,s=Math.max(2,Math.min(6,Math.floor(192/o))),a=xt(n.displayTokens),i=16+a,l=i+o*s+12,c=["scaled",...n.terms.map($=>$.name),...n.terms.length?["sum"]:[]],d=l+o*s+12,u=d+c.length*64+10,m=64,p=new V(u+100+60,m+r*A+8);p.text(8,12,`Layer ${n.layer}, head ${n.head}, query '${n.displayTokens[t]}' (#${t}): softmax(${we(n)}) per key; max |softmax − model attention| ${e.maxDiff.toExponential(1)}`,{size:11,className:"caption"}),p.text(8+a,32,"q",{anchor:"end",className:"header"}),p.text(i,50,"k",{className:"header"}),p.text(l,50,"q∘k",{className:"header"}),c.forEach(($,x)=>p.text(d+(x+1)*64-6,50,$,{anchor:"end",size:10,className:"header"})),p.text(u,50,"softmax",{className:"header"});let f=Math.max(yt(n.key),yt(e.query)),b=Math.max(...e.products.map(yt))||1;e.query.forEach(($,x)=>p.rect(i+x*s,26,s,12,U(O($,f)),1,{className:"q",title:`q[${x}] = ${$.toFixed(4)}`}));let y=S(n.head);for(let $=0;$<r;$++){let x=m+$*A;p.text(8+a,x+A/2,n.displayTokens[$],{anchor:"end",className:"key-token",title:n.tokens[$],data:{index:$}});for(let k=0;k<o;k++)p.rect(i+k*s,x+2,s,12,U(O(n.key[$*o+k],f)),1,{className:"k"}),p.rect(l+k*s,x+2,s,12,U(O(e.products[$][k],b)),1,{className:"product"});[e.scaled[$],...e.terms.map(k=>k[$]),...n.terms.length?[e.sums[$]]:[]].forEach((k,M)=>p.text(d+(M+1)*64-6,x+A/2,k.toFixed(3),{anchor:"end",size:10,className:"score",data:{column:c[M],key:$}}));let v=e.softmax[$];p.rect(u,x+2,100,12,y,v,{className:"softmax",title:v.toFixed(4),data:{key:$}}),p.text(u+104,x+A/2,e.allowed[$]?v.toFixed(3):"masked",{size:10})}return p}function mo(n,t,e){let r=n.tokens.length,o=n.headDim,s=n.tokens.map((a,i)=>i);return{...vt(n,s),layer:n.layer,head:n.head,query_index:t,scale:n.scale,scale_label:n.scaleLabel,position_transform:n.positionTransform,query:[...e.query],key:s.map(a=>[...n.key.subarray(a*o,(a+1)*o)]),scaled:[...e.scaled],terms:Object.fromEntries(n.terms.map((a,i)=>[a.name,[...e.terms[i]]])),sum:[...e.sums],allowed:e.allowed,softmax:[...e.softmax],attention:[...n.attention.subarray(t*r,(t+1)*r)]}}function fo(n){return{format_version:1,view:"nmf",payload:{...kr(n),token_mask:n.tokenMask,layers:n.layers,n_components:n.k,factors:Z(n.factors,[n.k,n.tokens.length]),top_neurons:n.topNeurons,layer_share:n.layerShare,reconstruction_error:n.reconstructionError},colors:Array.from({length:n.k},(t,e)=>S(e)),options:{}}}function sa(n){let t=n.tokens.length;return Array.from({length:n.k},(e,r)=>yt(n.factors.subarray(r*t,(r+1)*t)))}function go(n,t){let e=n.tokens.length,r=sa(n),o=xt(n.displayTokens),s=16+o,a=44,i=26,l=new V(s+n.k*(i+2)+8,a+e*A+16+n.k*A),c=t==null?"":`; factor ${t} picked`;l.text(8,12,`NMF: ${n.k} factors of the FFN neurons of layers ${n.layers[0]}–${n.layers[n.layers.length-1]} (relative error ${n.reconstructionError.toFixed(3)}); opacity = activation / the factor's largest${c}`,{size:11,className:"caption"});for(let u=0;u<n.k;u++){let m=s+u*(i+2);u===t&&l.rect(m-1,24,i+2,20+e*A,"#ffffff",0,{stroke:"#202124",className:"picked",data:{factor:u}}),l.text(m+i/2,34,`F${u}`,{anchor:"middle",color:S(u),className:"factor"})}for(let u=0;u<e;u++){let m=a+u*A;l.text(8+o,m+A/2,n.displayTokens[u],{anchor:"end",color:n.tokenMask[u]?"#3c4043":"#bdc1c6",className:"token",title:n.tokens[u],data:{index:u}});for(let p=0;p<n.k;p++){let f=n.factors[p*e+u];l.rect(s+p*(i+2),m+1,i,A-2,S(p),r[p]>0?f/r[p]:0,{className:"cell",title:`F${p}: ${f.toFixed(4)}`,data:{factor:p,token:u}})}}let d=a+e*A+16;return n.topNeurons.forEach((u,m)=>l.text(8,d+m*A,`F${m} top neurons (layer·unit): ${u.slice(0,5).map(p=>`L${p.layer}·${p.index}`).join(", ")}`,{size:10,color:S(m),className:"neurons"})),l}function yo(n,t){let e=n.tokens.length;return{...vt(n,n.tokens.map((r,o)=>o)),token_mask:n.tokenMask,layers:n.layers,picked_factor:t,factors:Array.from({length:n.k},(r,o)=>[...n.factors.subarray(o*e,(o+1)*e)]),top_neurons:n.topNeurons,layer_share:n.layerShare,reconstruction_error:n.reconstructionError}}function bo(n,t){let i=22+Math.max(1,...n.topTokens.map(c=>c.length),...n.topExamples.map(c=>c.length))*A+10,l=new V(908,28+n.k*i);l.text(8,12,`Corpus factors: ${t}`,{size:11,className:"caption"});for(let c=0;c<n.k;c++){let d=S(c),u=28+c*i;l.text(8,u+8,`F${c}: top tokens (total over occurrences, count)`,{color:d,className:"factor",data:{factor:c}}),l.text(308,u+8,"top examples (max activation)",{color:d});let m=ue(n.topTokens[c].map(f=>f.total));n.topTokens[c].forEach((f,b)=>{let y=u+22+b*A;l.text(114,y+A/2,vr(f.display,102,wr),{anchor:"end",title:f.token,className:"token"}),l.rect(118,y+3,80*de(f.total,m),A-6,d,1,{className:"bar",data:{factor:c,value:f.total}}),l.text(202,y+A/2,`${N(f.total)} ×${f.count}`,{size:10})});let p=ue(n.topExamples[c].map(f=>f.max));n.topExamples[c].forEach((f,b)=>{let y=u+22+b*A;l.rect(308,y+3,80*de(f.max,p),A-6,d,1,{className:"bar",data:{factor:c,value:f.max,id:f.id}}),l.text(392,y+A/2,N(f.max),{size:10}),l.text(444,y+A/2,vr(f.text,460,11),{size:11,title:f.text,className:"example"})})}return l}var bt=260;function vr(n,t,e){if(te(n,e)<=t)return n;let r=n.length;for(;r>1&&te(`${n.slice(0,r)}…`,e)>t;)r--;return`${n.slice(0,r)}…`}var $r=120;function so(n,t,e,r,o,s,a){let i=t+30,l=t+bt-8,c=e+22,d=e+$r-18,u=p=>i+(p+.5)*(l-i)/o.length,m=p=>d-Math.min(1,Math.max(0,p))*(d-c);n.text(t,e+8,vr(r,bt-8,11),{size:11,title:r});for(let p of[0,.5,1])n.line(i,m(p),l,m(p),"#dadce0",1),n.text(i-4,m(p),String(p),{anchor:"end",size:9});o.forEach((p,f)=>n.text(u(f),d+9,p==="embeddings"?"emb":p,{anchor:"middle",size:9}));for(let p of s)p.values.forEach((f,b)=>{if(a){let y=.7*(l-i)/o.length;n.rect(u(b)-y/2,m(f),y,d-m(f),p.color,1,{className:"bar",title:f.toFixed(3),data:{layer:o[b],value:f}})}else b>0&&n.line(u(b-1),m(p.values[b-1]),u(b),m(f),p.color,1,{width:1.5}),n.rect(u(b)-2.5,m(f)-2.5,5,5,p.color,1,{className:"point",title:`${p.name} at ${o[b]}: ${f.toFixed(3)}`,data:{series:p.name,layer:o[b],value:f}})});return e+$r}function xo(n,t){let e=n[0]?.layers.labels??[],r=2,o=new V(8+r*(bt+12),0);o.text(8,12,"Probability of each class read off every layer (the model's own classification head); the last layer is the prediction.",{size:11,className:"caption"});let s=8;e.forEach((i,l)=>{o.rect(s,24,10,10,S(l),1),o.text(s+13,29,i,{size:10}),s+=13+te(i,10)+12});let a=40;return n.forEach((i,l)=>{let c=8+l%r*(bt+12),d=40+Math.floor(l/r)*($r+8),u=e.map((m,p)=>({name:m,color:S(p),values:i.layers.probas.map(f=>f[p])}));a=Math.max(a,so(o,c,d,i.text,i.layers.layers,u,!1))}),t&&(a=so(o,8,a+8,`Accuracy by layer over ${t.scored} examples (chance ${t.majority.toFixed(3)})`,t.layers,[{name:"accuracy",color:"#1f5fd6",values:t.accuracy}],!0)),o.height=a+8,o}function vo(n,t,e){let r=xt(e.map(a=>a.name))+16,o=Math.max(...t.map(a=>te(a.label,wr)))+20,s=new V(8+r+t.length*o+8,44+(e.length+1)*20);return s.text(8,12,n,{size:11,className:"caption"}),t.forEach((a,i)=>s.text(8+r+(i+1)*o-6,40,a.label,{anchor:"end",className:"header"})),s.line(8,50,s.width-8,50,"#3c4043",1),e.forEach((a,i)=>{let l=62+i*20;s.text(8,l,a.name,{className:"row",data:{row:a.name}}),t.forEach((c,d)=>{let u=a.values[c.key];s.text(8+r+(d+1)*o-6,l,u==null?"–":u.toFixed(3),{anchor:"end",className:"value",data:{row:a.name,column:c.key,value:u??"null"}})})}),s}var aa=[5,10,20],wt="select",Sr=class extends T{constructor(){super();this.emptyMessage="The dataset is empty: there are no factors to show.";this.factor=0,this.top=10}static{this.title="Corpus Factors"}static{this.infoMarkdown="NMF factors fitted once over a corpus (the model's corpus_nmf setting) and applied to every example with the same components. Per factor: the served dataset's tokens with the most activation summed over their occurrences (total, occurrences) and the examples with the highest max activation; bars are proportional to the numbers, relative to the factor's first entry. Click an example to select it; the selected example's tokens are tinted by the picked factor, relative to the factor's largest max over the dataset. Served from a precomputed store, the top examples are those of every row of the store (the top tokens those of the sample in the data table); rows outside the sample are marked ◦ and added to the data table when selected."}static{this.numCols=12}static{this.duplicateForExampleComparison=!1}static shouldDisplayModule(e){return C(e,ut)}static{this.styles=_(jn)}static{this.properties={factor:{state:!0},top:{state:!0}}}get inputs(){let e=this.selectedInput??this.appState.currentInputData[0];return e==null?[]:[e]}async load([e]){let r=this.top,o=this.selectedInput?.id===e.id,[s]=await this.apiService.getInterpretations([e],this.model,this.appState.currentDataset,ut,{top:r},"Applying corpus factors",!0);return{payload:Hn(s),exampleId:o?e.id:null,top:r}}accept(e){this.data=e,this.factor>=e.payload.k&&(this.factor=0)}async select(e){let r=this.appState.currentInputDataById,o=e.filter(a=>!r.has(a.id));if(o.length>0){if(await this.request(wt,mt(Dn(o),this.appState))==null)return}else this.cancel(wt);let s=[...new Set(e.map(a=>a.id))];this.selectionService.selectIds(s),this.selectionService.setPrimarySelection(s[0]??null)}renderControls(){let e=this.data?.payload.k??0;return h`
      <div class="toolbar">
        <label title="Top tokens and examples listed per factor">Top
          <select class="dropdown top-select" @change=${r=>{this.top=Number(r.target.value),this.reload()}}>
            ${aa.map(r=>h`<option value=${r} ?selected=${r===this.top}>${r}</option>`)}
          </select>
        </label>
        <span class="factor-picker" role="group" aria-label="Factor to tint by">
          <span class="hint">Tint by</span>
          ${Array.from({length:e},(r,o)=>h`
            <button class="factor-chip ${this.factor===o?"on":""}" data-factor=${o}
                style="--factor-color: ${S(o)}" @click=${()=>this.factor=o}
                title="Tint the selected example's tokens by factor ${o}">F${o}</button>`)}
        </span>
      </div>`}renderFit(e){let r=On(e);return h`<div class="fit hint">${ht(e.fit,e.k)}${r?h`<span class="over">; ${r}</span>`:g}</div>
      ${this.renderStatus(wt,null,"Adding store rows to the data table…")}`}renderExample({payload:e,exampleId:r}){if(r==null)return h`<div class="example hint">Select an example to see its tokens' activation of
          each factor.</div>`;let o=this.factor,s=ur(e,o),a=qn(e,o),i=S(o);return h`
      <div class="example" data-id=${r}>
        <span class="hint">Selected example, factor ${o} (max ${N(e.max[o])},
          mean ${N(e.mean[o])}; tint relative to the dataset's largest, ${N(a)}):</span>
        <div class="sentence">
          ${e.displayTokens.map((l,c)=>{if(!e.tokenMask[c])return h`<span class="token excluded" data-index=${c}
                  title="${e.tokens[c]}: left out of the factors">${l}</span>`;let d=s[c],u=de(d,a);return h`<span class="token" data-index=${c} data-value=${d}
                data-strength=${u.toFixed(4)}
                style="background: ${ee(i,u*.85)}"
                title="${e.tokens[c]}: factor ${o} ${N(d)} (${(u*100).toFixed(0)}% of the dataset's largest)">${l}</span>`})}
        </div>
      </div>`}bar(e,r){return h`<span class="track"><span class="bar" data-fraction=${e.toFixed(6)}
        style="width: ${(e*100).toFixed(3)}%; background: ${r}"></span></span>`}renderCard(e,r,o){let s=S(r),a=e.topTokens[r],i=e.topExamples[r],l=ue(a.map(u=>u.total)),c=ue(i.map(u=>u.max)),d=this.appState.currentInputDataById;return h`
      <div class="card ${this.factor===r?"on":""}" data-factor=${r}
          style="--factor-color: ${s}">
        <div class="card-title">
          <span class="swatch"></span><span class="name" @click=${()=>this.factor=r}
              title="Tint the selected example by this factor">Factor ${r}</span>
          ${o!=null?h`<span class="hint selected-max">selected: max ${N(e.max[r])}</span>`:g}
          <button class="hairline-button select-top" data-factor=${r}
              ?disabled=${!i.length} @click=${()=>this.select(i)}
              title="Select these ${i.length} examples in LIT, the strongest primary">Select top ${i.length}</button>
        </div>
        <table class="top-tokens">
          <thead><tr><th>Top token</th><th></th><th class="num" title="Activation summed over
              occurrences">Total</th><th class="num" title="Occurrences in the dataset">Count</th>
          </tr></thead>
          <tbody>
            ${a.map(u=>h`
              <tr data-token=${u.token}>
                <td class="display" title=${`${u.token}; largest single activation ${N(u.max)}`}>${u.display}</td>
                <td class="bar-cell">${this.bar(de(u.total,l),s)}</td>
                <td class="num total">${N(u.total)}</td>
                <td class="num count">${u.count}</td>
              </tr>`)}
          </tbody>
        </table>
        <table class="top-examples">
          <thead><tr><th></th><th class="num" title="The example's largest token activation">Max
              </th><th>Top example</th></tr></thead>
          <tbody>
            ${i.map(u=>h`
              <tr data-id=${u.id} data-row=${u.row??""}
                  class=${u.id===o?"selected":""}
                  title="Click to select this example" @click=${()=>this.select([u])}>
                <td class="bar-cell">${this.bar(de(u.max,c),s)}</td>
                <td class="num max">${N(u.max)}</td>
                <td class="text">${d.has(u.id)?g:h`<span class="outside"
                    title="Store row ${u.row}, outside the data table's sample: selecting ${""}adds it">◦ </span>`}${u.text}</td>
              </tr>`)}
          </tbody>
        </table>
      </div>`}renderData(e){let{payload:r}=e;return h`
      ${this.renderFit(r)}
      ${this.renderExample(e)}
      <div class="cards">
        ${Array.from({length:r.k},(o,s)=>this.renderCard(r,s,e.exampleId))}
      </div>`}exportSource(e){let{payload:r,exampleId:o}=e,s=this.factor,a=o==null?null:{id:o};return{view:"corpus_factors",name:["corpus_factors",this.model,`k${r.k}`,`top${e.top}`].join("_"),title:`Corpus factors: ${ht(r.fit,r.k)}`,figure:()=>bo(r,ht(r.fit,r.k)),data:()=>({model:this.model,top:e.top,...Bn(r,s,a)}),standalone:()=>null}}updated(e){super.updated(e);let r=this.data;r!=null&&Object.assign(this.dataset,{k:String(r.payload.k),top:String(r.top),factor:String(this.factor),example:r.exampleId??"",selectState:this.stateOf(wt,!1)})}};I("corpus-factors-module",Sr);var he={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},$o=n=>(...t)=>({_$litDirective$:n,values:t}),kt=class{constructor(t){}get _$AU(){return this._$AM._$AU}_$AT(t,e,r){this._$Ct=t,this._$AM=e,this._$Ci=r}_$AS(t,e){return this.update(t,e)}update(t,e){return this.render(...e)}};var{I:_l}=yn;var wo=n=>n.strings===void 0;var ia={},ko=(n,t=ia)=>n._$AH=t;var H=$o(class extends kt{constructor(n){if(super(n),n.type!==he.PROPERTY&&n.type!==he.ATTRIBUTE&&n.type!==he.BOOLEAN_ATTRIBUTE)throw Error("The `live` directive is not allowed on child or event bindings");if(!wo(n))throw Error("`live` bindings can only contain a single expression")}render(n){return n}update(n,[t]){if(t===F||t===g)return t;let e=n.element,r=n.name;if(n.type===he.PROPERTY){if(t===e[r])return F}else if(n.type===he.BOOLEAN_ATTRIBUTE){if(!!t===e.hasAttribute(r))return F}else if(n.type===he.ATTRIBUTE&&e.getAttribute(r)===t+"")return F;return ko(n),t}});var At="head_importance",Et="ablated_prediction",Le="layer_predictions",Mt="faithfulness";function la(n,t){return Array.isArray(n)&&(t==null||n.length===t)&&n.every(e=>typeof e=="number"&&Number.isFinite(e))}function St(n,t,e){if(!la(n,e)){let r=e==null?"":`${e} `;throw new Error(`${t} is not a list of ${r}finite numbers.`)}return n}function So(n,t,e,r){if(!Array.isArray(n)||n.length!==e)throw new Error(`${t} has ${Array.isArray(n)?n.length:"no"} rows; expected ${e}.`);return n.map((o,s)=>St(o,`${t} row ${s}`,r))}var Ao=["ablation","gradient"];function Eo(n){let t=n,e=`'${At}' interpreter`,r=w(t,"num_layers",e),o=w(t,"num_heads",e);return{method:w(t,"method",e),numLayers:r,numHeads:o,importance:So(w(t,"importance",e),"importance",r,o),label:w(t,"label",e),probability:w(t,"probability",e)}}function Mo(n){let t=n,e=`'${Et}' interpreter`,r=w(t,"labels",e);return{labels:r,probas:St(w(t,"probas",e),"probas",r.length),probasAblated:St(w(t,"probas_ablated",e),"probas_ablated",r.length),heads:w(t,"heads",e)}}function Er(n){let t=n,e=`'${Le}' interpreter`,r=w(t,"labels",e),o=w(t,"layers",e);return{labels:r,layers:o,probas:So(w(t,"probas",e),"probas",o.length,r.length)}}function Ar(n,t){if(n==null)return null;if(typeof n!="number"||!Number.isFinite(n))throw new Error(`${t} is ${String(n)}; expected a finite number or null.`);return n}function To(n){let t=n,e=`'${Mt}' interpreter`,r=w(t,"methods",e).map(o=>{let s=w(o,"name",`${e} method`);return{name:s,comprehensiveness:Ar(o.comprehensiveness,`${s} comprehensiveness`),sufficiency:Ar(o.sufficiency,`${s} sufficiency`),kendallTau:Ar(o.kendall_tau,`${s} kendall_tau`),...o.error==null?{}:{error:String(o.error)}}});return{label:w(t,"label",e),probability:w(t,"probability",e),fractions:St(w(t,"fractions",e),"fractions"),methods:r}}var _o=`.scope {
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
`;function pe(n){let t=0;for(let e=1;e<n.length;e++)n[e]>n[t]&&(t=e);return t}function Tt(n){return n.reduce((t,e)=>t+e,0)/n.length}var me=[{key:"comprehensiveness",label:"Comprehensiveness",higherIsBetter:!0,definition:"how much the predicted class's probability drops when the method's top words are deleted, averaged over the fractions of words removed (AOPC)"},{key:"sufficiency",label:"Sufficiency",higherIsBetter:!1,definition:"how much it drops when only the top words are kept (AOPC)"},{key:"kendallTau",label:"Kendall τ",higherIsBetter:!0,definition:"rank correlation of the method's word scores with leave-one-out importance (the drop when that word alone is deleted)"}];function Mr(n){let t=new Map;for(let e of n)for(let r of e.methods)t.set(r.name,[...t.get(r.name)??[],r]);return[...t].map(([e,r])=>{let o={name:e,comprehensiveness:null,sufficiency:null,kendallTau:null,counts:{comprehensiveness:0,sufficiency:0,kendallTau:0},refused:r.filter(s=>s.error!=null).length,errors:[...new Set(r.flatMap(s=>s.error==null?[]:[s.error]))]};for(let{key:s}of me){let a=r.map(i=>i[s]).filter(i=>i!=null);o.counts[s]=a.length,o[s]=a.length?Tt(a):null}return o})}function Tr(n,t){let r=me.find(o=>o.key===t).higherIsBetter?-1:1;return[...n].sort((o,s)=>{let a=o[t],i=s[t];return a==null||i==null?(a==null?1:0)-(i==null?1:0):r*(a-i)})}var da=4,_r="random",ua=["LIME"];function Io(n){return`${Math.round(n*100)}%`}var Ir=class extends T{constructor(){super();this.scores=new Map;this.run=new q(()=>this.requestUpdate());this.emptyMessage="Select examples to score the salience methods on them, or score the whole dataset.";this.scope="selection",this.excluded=new Set(ua),this.sortKey="comprehensiveness"}static{this.title="Faithfulness of Salience Maps"}static{this.infoMarkdown=`Which salience map to trust (ERASER, DeYoung et al. 2020), for each salience method averaged over the examples; words are deleted from the text, top-scored first.

* **Comprehensiveness** (higher is better): p(predicted class | text) − p(predicted class | text without the method's top words), averaged over removing the top 10, 20 and 50% of the words (AOPC). Deleting truly important words should hurt.
* **Sufficiency** (lower is better): p(predicted class | text) − p(predicted class | only the top words), averaged the same way. The top words alone should be enough.
* **Kendall τ** (higher is better): rank correlation between the method's word scores and leave-one-out importance (the drop when that word alone is deleted).

The **random** row scores words at random: a method that does not beat it explains nothing about this model. Subword scores are summed into words. LIME, by far the slowest, is scored once you tick it.`}static{this.numCols=6}static{this.duplicateForExampleComparison=!1}static shouldDisplayModule(e){return C(e,Mt)}static{this.styles=_(_o)}static{this.properties={scope:{state:!0},excluded:{state:!0},sortKey:{state:!0}}}get inputs(){return this.scope==="dataset"?this.appState.currentInputData:this.selectionService.selectedInputData}disconnectedCallback(){super.disconnectedCallback(),this.run.stop()}get methods(){let e=this.appState.metadata?.interpreters??{};return(this.appState.currentModelInfos[this.model]?.interpreters??[]).filter(o=>Object.values(e[o]?.metaSpec??{}).some(s=>s?.name==="TokenSalience"))}get methodsConfig(){let e=this.methods.filter(r=>!this.excluded.has(r));return e.length===this.methods.length?"":e.join(",")}async load(e){let r=this.methodsConfig,o=[this.model,this.appState.currentDataset,r].join("\0"),s=i=>`${o}\0${i.id}`,a=e.filter(i=>!this.scores.has(s(i)));return await this.run.track(i=>ie(this.apiService,a,this.model,this.appState.currentDataset,Mt,{methods:r},{...i,batchSize:da,message:"Scoring the faithfulness of salience maps",onBatch:(l,c)=>c.forEach((d,u)=>this.scores.set(s(l[u]),To(d)))})),e.map(i=>this.scores.get(s(i)))}get loadingMessage(){let[e,r]=this.run.progress??[0,0];return r?`Scoring examples: ${e} / ${r}…`:"Scoring…"}inputsChanged(){this.run.stop()}setScope(e){this.scope=e,this.run.stop(),this.reload()}toggleMethod(e){let r=new Set(this.excluded);if(r.delete(e)||r.add(e),this.methods.every(o=>r.has(o))){this.requestUpdate();return}this.excluded=r,this.reload()}renderControls(){let e=this.selectionService.selectedInputData.length,r=this.appState.currentInputData.length,o=this.run.progress;return h`
      <div class="toolbar">
        <span class="scope" role="group" aria-label="Examples">
          <button class="hairline-button scope-selection ${this.scope==="selection"?"on":""}"
              @click=${()=>this.setScope("selection")}>Selected (${e})</button>
          <button class="hairline-button scope-dataset ${this.scope==="dataset"?"on":""}"
              @click=${()=>this.setScope("dataset")}>All ${r} examples</button>
        </span>
        ${o?h`
          <progress max=${o[1]} value=${o[0]}></progress>
          <button class="hairline-button stop" @click=${()=>this.setScope("selection")}
              ?hidden=${this.scope!=="dataset"}>Stop</button>`:g}
      </div>
      <div class="methods" role="group" aria-label="Salience methods">
        <span class="hint">Methods</span>
        ${this.methods.map(s=>h`
          <label><input type="checkbox" class="method" data-method=${s}
              .checked=${H(!this.excluded.has(s))} @change=${()=>this.toggleMethod(s)}
              >${s}</label>`)}
      </div>`}renderData(e){if(e.length===0)return g;let r=Tr(Mr(e),this.sortKey),o=e[0].fractions.map(Io).join(", "),s=`${e.length} example${e.length===1?"":"s"}`;return h`
      <div class="hint summary">Mean over ${s}; top ${o} of the words removed.
        Click a column to rank by it.</div>
      <table class="faithfulness">
        <thead>
          <tr>
            <th>Method</th>
            ${me.map(a=>h`
              <th class="num sortable ${a.key===this.sortKey?"sorted":""}"
                  data-col=${a.key} title=${`${a.label}: ${a.definition}; ${a.higherIsBetter?"higher":"lower"} is better`}
                  @click=${()=>this.sortKey=a.key}>
                ${a.label} ${a.higherIsBetter?"↑":"↓"}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${r.map(a=>h`
            <tr data-method=${a.name} class=${a.name===_r?"baseline":""}>
              <td>${a.name===_r?"random (baseline)":a.name}${a.refused?h`
                <span class="refused" title=${a.errors.join(`
`)}>refused ${a.refused} of ${e.length}</span>`:g}</td>
              ${me.map(({key:i})=>{let l=a[i],c=`over ${a.counts[i]} of ${e.length} examples`;return h`<td class="num" data-col=${i}
                    title=${l==null?"undefined on every example":`${l.toPrecision(6)} ${c}`}>${l==null?"–":l.toFixed(3)}</td>`})}
            </tr>`)}
        </tbody>
      </table>`}exportSource(e){if(e.length===0)return null;let r=Tr(Mr(e),this.sortKey),o=e[0].fractions,a=`Faithfulness of salience maps, mean over ${`${e.length} example${e.length===1?"":"s"}`} (top ${o.map(Io).join(", ")} of the words removed), best first by ${me.find(l=>l.key===this.sortKey).label}.`,i=me.map(l=>({key:l.key,label:`${l.label} ${l.higherIsBetter?"↑":"↓"}`}));return{view:"faithfulness",name:this.exportName("faithfulness",this.sortKey),title:"Faithfulness of salience maps",figure:()=>vo(a,i,r.map(l=>({name:l.name===_r?"random (baseline)":l.name,values:{comprehensiveness:l.comprehensiveness,sufficiency:l.sufficiency,kendallTau:l.kendallTau}}))),data:()=>({model:this.model,examples:this.inputs.map(l=>l.id),fractions:o,sort_key:this.sortKey,rows:r}),standalone:()=>null}}updated(e){super.updated(e),Object.assign(this.dataset,{scope:this.scope,sortKey:this.sortKey,methods:this.methodsConfig,examples:String(this.data?.length??0)})}};I("faithfulness-module",Ir);function Cr(n,t){if(n.length!==t.length)throw new Error(`Cannot subtract attention of ${t.length} values from ${n.length} values.`);let e=new Float32Array(n.length);for(let r=0;r<n.length;r++)e[r]=n[r]-t[r];return e}function _t(n,t,e,r){if(t.length!==e*r*r)throw new Error(`Layer ${n} has ${t.length} values; expected ${e} heads × ${r} × ${r}.`);return Array.from({length:e},(o,s)=>{let a=0,i=0,l=s*r*r;for(let c=0;c<r*r;c++){let d=Math.abs(t[l+c]);i+=d,d>a&&(a=d)}return{layer:n,head:s,maxAbs:a,meanAbs:r>0?i/(r*r):0}})}function It(n){return[...n].sort((t,e)=>e.maxAbs-t.maxAbs||e.meanAbs-t.meanAbs||t.layer-e.layer||t.head-e.head)}function Po(n,t,e){let r=0;for(let o of t){let s=o*e*e;for(let a=0;a<e*e;a++)r=Math.max(r,Math.abs(n[s+a]))}return r}function Co(n){return(n.length<=8?n:[...n.slice(0,4),"…",...n.slice(-3)]).join(" ")}function Lo(n,t,e,r){if(!(n.tokens.length===t.tokens.length&&n.tokens.every((i,l)=>i===t.tokens[l])))throw new Error(`No difference: '${e}' and '${r}' split this example into different tokens (${n.tokens.length}: ${Co(n.tokens)}; ${t.tokens.length}: ${Co(t.tokens)}), so their attention cells do not correspond. A difference needs two models with the same tokenizer; compare these side by side (Show: attention).`);if(n.numHeads!==t.numHeads)throw new Error(`No difference: '${e}' has ${n.numHeads} heads per layer and '${r}' ${t.numHeads}; a difference needs the same heads.`);let s=n.allLayers?.join(","),a=t.allLayers?.join(",");if(s!=null&&a!=null&&s!==a)throw new Error(`No difference: '${e}' has layers [${s}] and '${r}' [${a}]; a difference needs the same layers.`)}function Ct(n){if(n.kind==="models")return`Difference A − B, A = ${n.minuend} (this view's model), B = ${n.subtrahend}.`;let t=n.alignment,e=t.added+t.removed>0?` (${t.added} token${t.added===1?"":"s"} only in the selected and ${t.removed} only in the pinned example left out)`:"";return`Difference A − B, A = the selected (edited) example, B = the pinned (original) one, over the ${t.edited.length} tokens they share, aligned by their position in the edit${e}.`}function Fo(n,t,e,r){let o=t>=0?"+":"−";return`  head ${String(n).padStart(2)}: ${o}${Math.abs(t).toFixed(4)} (A ${e.toFixed(4)}, B ${r.toFixed(4)})`}var ha=/^(\[(CLS|SEP|PAD|MASK)\]|<\/?s>|<pad>|<mask>|<cls>|<sep>)$/;function Pr(n){return ha.test(n)}function Ro(n){return Pr(n)?n:n.replace(/^##(?=.)/,"").replace(/<\/w>$/,"").replace(/^[Ġ▁]+/,"")||"␣"}function No(n){let t=n.findIndex(e=>e==="[SEP]"||e==="</s>");return n.map((e,r)=>t>=0&&r>t?1:0)}function pa(n){let t=n.spec?.output??{},e=new Map;for(let[l,c]of Object.entries(t))c?.name!=="AttentionHeads"||!c.align_in||!(c.align_in in t)||e.set(c.align_in,[...e.get(c.align_in)??[],l]);let r=null;for(let l of e)(r==null||l[1].length>r[1].length)&&(r=l);if(r==null)return null;let[o,s]=r,a=ma(s),i=s.map((l,c)=>[a[c],l]).sort((l,c)=>l[0]-c[0]);return{tokensField:o,layers:i}}function ma(n){let t=n.map(o=>{let s=/(\d+)/.exec(o);return s?Number(s[1]):NaN});if(!(t.every(o=>Number.isFinite(o))&&new Set(t).size===t.length))return n.map((o,s)=>s);let r=t.includes(0)?0:1;return t.map(o=>o-r)}function G(n){if(n==null)return null;if(n.interpreters?.includes(it))return{kind:"interpreter"};let t=pa(n);return t?{kind:"predictions",...t}:null}function Lt(n){return Object.values(n).some(t=>G(t)!=null)}var fa=8,fe=new Map,Pt=new Map,Lr=new Map;function ga(n,t){for(fe.delete(n),fe.set(n,t);fe.size>fa;)fe.delete(fe.keys().next().value)}function ya(n,t){if(n==null)return!1;let e=t??n.allLayers;return e!=null&&e.every(r=>n.layers.has(r))}function ba(n,t,e){let r=n;if(!Array.isArray(r)||r.some(s=>!Array.isArray(s)||s.length!==t)){let s=Array.isArray(r)&&Array.isArray(r[0])?r[0].length:"?";throw new Error(`${e} has ${s} positions but the tokens have ${t}.`)}let o=new Float32Array(r.length*t*t);return r.forEach((s,a)=>s.forEach((i,l)=>{if(!Array.isArray(i)||i.length!==t)throw new Error(`${e} row ${l} has ${i?.length} values, not ${t}.`);i.forEach((c,d)=>{o[(a*t+d)*t+l]=c})})),[r.length,o]}async function xa(n,t,e,r,o){let s=o.layers.map(([,d])=>d),[a]=await n.getPreds([r],e,t,[],[o.tokensField,...s],"Fetching attention"),i=a[o.tokensField],l=new Map,c=0;for(let[d,u]of o.layers){let[m,p]=ba(a[u],i.length,u);c=m,l.set(d,p)}return{tokens:i,displayTokens:i.map(Ro),specialTokens:i.map(Pr),segmentIds:No(i),numHeads:c,allLayers:o.layers.map(([d])=>d),layers:l,source:"predictions"}}async function va(n,t,e,r,o){let s=o?{layers:o}:{},[a]=await n.getInterpretations([r],e,t,it,s,"Fetching attention",!0),i=Fn(a),l=i.numLayers!=null?Array.from({length:i.numLayers},(c,d)=>d):o==null?i.layers:Lr.get(e)??null;return l&&Lr.set(e,l),{tokens:i.tokens,displayTokens:i.displayTokens,specialTokens:i.specialTokens,segmentIds:i.segmentIds,numHeads:i.numHeads,allLayers:l,layers:new Map(i.layers.map((c,d)=>[c,i.weights[d]])),source:"interpreter"}}function $a(){return new Promise(n=>setTimeout(n,0))}async function J(n,t,e,r,o,s){let a=`${e}\0${t}\0${o.id}`,i=fe.get(a);if(ya(i,s))return i;let l=r.kind==="interpreter"&&s!=null&&Lr.has(e)?s:null,c=`${a}\0${l?.join(",")??"all"}`,d=Pt.get(c);return d==null&&(d=(l==null?$a().then(()=>Promise.allSettled([...Pt].filter(([m])=>m.startsWith(`${a}\0`)&&m!==c).map(([,m])=>m))):Promise.resolve()).then(()=>r.kind==="interpreter"?va(n,t,e,o,l):xa(n,t,e,o,r)).then(m=>{let p=fe.get(a);return p&&(m.layers.forEach((f,b)=>p.layers.set(b,f)),p.allLayers??=m.allLayers,m=p),ga(a,m),m}).finally(()=>Pt.delete(c)),Pt.set(c,d)),d}var Ho=Object.getOwnPropertyDescriptor(rt.prototype,"selectionService")?.get;function Oo(n){return Ho?Ho.call({selectionServiceIndex:n}):null}function Fr(n){let t=Oo(0)?.primarySelectedInputData??null,e=Oo(1)?.primarySelectedInputData??null;return!n.compareExamplesEnabled||t==null||e==null||t.id===e.id?null:[t,e]}function ke(n,t){return n.currentModels.filter(e=>e!==t)}function Fe(n,t,e){let r=["attention"];return ke(n,t).length>0&&r.push("models"),e&&Fr(n)!=null&&r.push("examples"),r}function Ft(n,t,e,r){return Fe(n,t,r).includes(e)?e:"attention"}function Rt(n,t,e){let r=ke(n,t);return e!=null&&r.includes(e)?e:r[0]}function wa(n,t,e){return n==="models"?`difference ${t} − ${e??"other model"}`:n==="examples"?"difference selected − pinned example":"attention"}function Nt(n,t,e,r,o,s,a){if(n.length<2)return g;let i=l=>l.target.value;return h`
    <label title="A difference subtracts, cell by cell, the second's attention from the first's.">
      Show
      <select class="dropdown show-mode" @change=${l=>s(i(l))}>
        ${n.map(l=>h`<option value=${l} ?selected=${l===t}>${wa(l,e,o)}</option>`)}
      </select>
    </label>
    ${t==="models"&&r.length>1?h`
      <label>B
        <select class="dropdown other-model" @change=${l=>a(i(l))}>
          ${r.map(l=>h`<option value=${l} ?selected=${l===o}>${l}</option>`)}
        </select>
      </label>`:g}`}var Re=class{diff(t,e,r={}){let o;typeof r=="function"?(o=r,r={}):"callback"in r&&(o=r.callback);let s=this.castInput(t,r),a=this.castInput(e,r),i=this.removeEmpty(this.tokenize(s,r)),l=this.removeEmpty(this.tokenize(a,r));return this.diffWithOptionsObj(i,l,r,o)}diffWithOptionsObj(t,e,r,o){var s;let a=x=>{if(x=this.postProcess(x,r),o){setTimeout(function(){o(x)},0);return}else return x},i=e.length,l=t.length,c=1,d=i+l;r.maxEditLength!=null&&(d=Math.min(d,r.maxEditLength));let u=(s=r.timeout)!==null&&s!==void 0?s:1/0,m=Date.now()+u,p=[{oldPos:-1,lastComponent:void 0}],f=this.extractCommon(p[0],e,t,0,r);if(p[0].oldPos+1>=l&&f+1>=i)return a(this.buildValues(p[0].lastComponent,e,t));let b=-1/0,y=1/0,$=()=>{for(let x=Math.max(b,-c);x<=Math.min(y,c);x+=2){let E,v=p[x-1],k=p[x+1];v&&(p[x-1]=void 0);let M=!1;if(k){let Yr=k.oldPos-x;M=k&&0<=Yr&&Yr<i}let ye=v&&v.oldPos+1<l;if(!M&&!ye){p[x]=void 0;continue}if(!ye||M&&v.oldPos<k.oldPos?E=this.addToPath(k,!0,!1,0,r):E=this.addToPath(v,!1,!0,1,r),f=this.extractCommon(E,e,t,x,r),E.oldPos+1>=l&&f+1>=i)return a(this.buildValues(E.lastComponent,e,t))||!0;p[x]=E,E.oldPos+1>=l&&(y=Math.min(y,x-1)),f+1>=i&&(b=Math.max(b,x+1))}c++};if(o)(function x(){setTimeout(function(){if(c>d||Date.now()>m)return o(void 0);$()||x()},0)})();else for(;c<=d&&Date.now()<=m;){let x=$();if(x)return x}}addToPath(t,e,r,o,s){let a=t.lastComponent;return a&&!s.oneChangePerToken&&a.added===e&&a.removed===r?{oldPos:t.oldPos+o,lastComponent:{count:a.count+1,added:e,removed:r,previousComponent:a.previousComponent}}:{oldPos:t.oldPos+o,lastComponent:{count:1,added:e,removed:r,previousComponent:a}}}extractCommon(t,e,r,o,s){let a=e.length,i=r.length,l=t.oldPos,c=l-o,d=0;for(;c+1<a&&l+1<i&&this.equals(r[l+1],e[c+1],s);)c++,l++,d++,s.oneChangePerToken&&(t.lastComponent={count:1,previousComponent:t.lastComponent,added:!1,removed:!1});return d&&!s.oneChangePerToken&&(t.lastComponent={count:d,previousComponent:t.lastComponent,added:!1,removed:!1}),t.oldPos=l,c}equals(t,e,r){return r.comparator?r.comparator(t,e):t===e||!!r.ignoreCase&&t.toLowerCase()===e.toLowerCase()}removeEmpty(t){let e=[];for(let r=0;r<t.length;r++)t[r]&&e.push(t[r]);return e}castInput(t,e){return t}tokenize(t,e){return Array.from(t)}join(t){return t.join("")}postProcess(t,e){return t}get useLongestToken(){return!1}buildValues(t,e,r){let o=[],s;for(;t;)o.push(t),s=t.previousComponent,delete t.previousComponent,t=s;o.reverse();let a=o.length,i=0,l=0,c=0;for(;i<a;i++){let d=o[i];if(d.removed)d.value=this.join(r.slice(c,c+d.count)),c+=d.count;else{if(!d.added&&this.useLongestToken){let u=e.slice(l,l+d.count);u=u.map(function(m,p){let f=r[c+p];return f.length>m.length?f:m}),d.value=this.join(u)}else d.value=this.join(e.slice(l,l+d.count));l+=d.count,d.added||(c+=d.count)}}return o}};var Rr=class extends Re{tokenize(t){return t.slice()}join(t){return t}removeEmpty(t){return t}},Do=new Rr;function Nr(n,t,e){return Do.diff(n,t,e)}function qo(n,t){let e={original:[],edited:[],removed:0,added:0},r=0,o=0;for(let s of Nr(n,t)){let a=s.value.length;if(s.removed)r+=a,e.removed+=a;else if(s.added)o+=a,e.added+=a;else{for(let i=0;i<a;i++)e.original.push(r+i),e.edited.push(o+i);r+=a,o+=a}}return e}function Hr(n,t,e,r){if(n.length!==t*e*e)throw new Error(`Attention has ${n.length} values; expected ${t} heads × ${e} × ${e}.`);let o=r.length,s=new Float32Array(t*o*o);for(let a=0;a<t;a++)for(let i=0;i<o;i++){let l=(a*e+r[i])*e;for(let c=0;c<o;c++)s[(a*o+i)*o+c]=n[l+r[c]]}return s}function Bo(n,t){let e=G(n[t]);if(e==null)throw new Error(`Model '${t}' returns no attention.`);return e}async function Ht(n,t,e,r,o,s,a){let[i,l]=await Promise.all([r,o].map(m=>J(n,t,m,Bo(e,m),s,a)));Lo(i,l,r,o);let c=new Map,d=new Map,u=new Map;for(let m of a??i.allLayers??[...i.layers.keys()]){let[p,f]=[i.layers.get(m),l.layers.get(m)];p==null||f==null||(c.set(m,Cr(p,f)),d.set(m,p),u.set(m,f))}return{...i,layers:c,allLayers:i.allLayers??l.allLayers,difference:{kind:"models",minuend:r,subtrahend:o,a:d,b:u,alignment:null}}}async function jo(n,t,e,r,o,s,a){let i=Bo(e,r),[l,c]=await Promise.all([o,s].map(x=>J(n,t,r,i,x,a))),d=qo(c.tokens,l.tokens);if(d.edited.length===0)throw new Error("No difference: the selected and the pinned example share no tokens.");let u=l.numHeads,[m,p]=[l.tokens.length,c.tokens.length],f=new Map,b=new Map,y=new Map;for(let x of a??l.allLayers??[...l.layers.keys()]){let[E,v]=[l.layers.get(x),c.layers.get(x)];if(E==null||v==null)continue;let k=Hr(E,u,m,d.edited),M=Hr(v,u,p,d.original);f.set(x,Cr(k,M)),b.set(x,k),y.set(x,M)}let $=x=>d.edited.map(E=>x[E]);return{...l,tokens:$(l.tokens),displayTokens:$(l.displayTokens),specialTokens:$(l.specialTokens),segmentIds:$(l.segmentIds),layers:f,difference:{kind:"examples",minuend:"selected",subtrahend:"pinned",a:b,b:y,alignment:d}}}var Uo=`.heads {
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
`;var Sa=[["all","All"],["AA","A → A"],["AB","A → B"],["BA","B → A"],["BB","B → B"]],Vo=[.01,.02,.05,.1,.2],Or=class extends T{constructor(){super();this.hovered=null;this.scene=null;this.geometry=null;this.canvasWidth=0;this.sceneKey="";this.drawnWeights=null;this.labelsDrawn=[];this.fullLines=null;this.fullResult=null;this.resizeObserver=null;this.laidOut=null;this.emptyMessage="Select an example to see its attention.";this.onFocus=e=>{this.applyFocus(e.detail,!0)};this.onMouseMove=e=>{let r=this.tokenAt(e),o=(s,a)=>s?.side===a?.side&&s?.index===a?.index;this.pinned==null&&!o(r,this.hovered)&&(this.hovered=r,this.repaintActive()),this.showTooltip(e,r)};this.onMouseLeave=()=>{this.showTooltip(null,null),this.hovered!=null&&(this.hovered=null,this.pinned==null&&this.repaintActive())};this.onCanvasClick=e=>{let r=this.tokenAt(e),o=r&&this.pinned&&r.side===this.pinned.side&&r.index===this.pinned.index;this.pinned=r==null||o?null:r,this.hovered=r};this.layer=0,this.selectedHeads=[],this.filter="all",this.hideSpecial=!1,this.threshold=Vo[0],this.pinned=null,this.show="attention",this.otherModel=null}static{this.title="Attention: Head View"}static{this.infoMarkdown="Attention of one layer: lines from each token (left) to the tokens it attends to (right), one colour per head, opacity = weight. Hover or click a token to isolate it."}static{this.numCols=6}static shouldDisplayModule(e){return Lt(e)}static{this.styles=_(Uo)}static{this.properties={layer:{state:!0},selectedHeads:{state:!0},filter:{state:!0},hideSpecial:{state:!0},threshold:{state:!0},pinned:{state:!0},show:{state:!0},otherModel:{state:!0}}}connectedCallback(){super.connectedCallback(),R.addEventListener(le,this.onFocus),R.focus?.model===this.model&&this.applyFocus(R.focus,!1)}disconnectedCallback(){super.disconnectedCallback(),R.removeEventListener(le,this.onFocus),this.resizeObserver?.disconnect(),this.resizeObserver=null}applyFocus(e,r){e.model===this.model&&(this.selectedHeads=[e.head],e.layer!==this.layer&&(this.layer=e.layer,this.reload()),r&&this.scrollIntoView({block:"nearest"}))}inputsChanged(){this.pinned=null}get mode(){return Ft(this.appState,this.model,this.show,!0)}get subtrahend(){return Rt(this.appState,this.model,this.otherModel)}get inputs(){let e=Fr(this.appState);return this.mode==="examples"&&e!=null?e:super.inputs}setShow(e){this.show=e,this.pinned=null,this.reload()}setOtherModel(e){this.otherModel=e,this.reload()}async load(e){let[r]=e,o=this.appState.currentDataset,s=this.appState.currentModelInfos;if(this.mode==="models")return Ht(this.apiService,o,s,this.model,this.subtrahend,r,[this.layer]);if(this.mode==="examples")return jo(this.apiService,o,s,this.model,e[0],e[1],[this.layer]);let a=G(this.appState.currentModelInfos[this.model]);if(a==null)throw new Error(`Model '${this.model}' returns no attention.`);return performance.mark("lit-ext:head-view:request"),J(this.apiService,this.appState.currentDataset,this.model,a,r,[this.layer])}accept(e){if(performance.mark("lit-ext:head-view:data",{detail:{tokens:e.tokens.length}}),e.allLayers&&!e.allLayers.includes(this.layer)&&(this.layer=e.allLayers[0],!e.layers.has(this.layer))){this.reload();return}let r=this.data!=null&&this.data.numHeads!==e.numHeads,o=this.data==null&&this.selectedHeads.length===0;(r||o||this.selectedHeads.some(s=>s>=e.numHeads))&&(this.selectedHeads=Array.from({length:e.numHeads},(s,a)=>a)),this.data=e,this.requestUpdate()}setLayer(e){this.layer=e,this.pinned=null,!this.data?.layers.has(e)&&this.reload()}toggleHead(e){this.selectedHeads=this.selectedHeads.includes(e)?this.selectedHeads.filter(r=>r!==e):[...this.selectedHeads,e].sort((r,o)=>r-o)}soloHead(e){let r=this.data?.numHeads??0,o=this.selectedHeads.length===1&&this.selectedHeads[0]===e;this.selectedHeads=o?Array.from({length:r},(s,a)=>a):[e]}get isPair(){return this.data!=null&&this.data.segmentIds.some(e=>e===1)}renderControls(){let e=this.data,r=e?.allLayers??[...e?.layers.keys()??[]],o=d=>this.setLayer(Number(d.target.value)),s=d=>{this.filter=d.target.value},a=d=>{this.threshold=Number(d.target.value)},i=d=>{this.hideSpecial=d.target.checked,this.pinned=null},l=ke(this.appState,this.model),c=Fe(this.appState,this.model,!0);return h`
      <div class="toolbar">
        ${Nt(c,this.mode,this.model,l,this.subtrahend,d=>this.setShow(d),d=>this.setOtherModel(d))}
        <label>Layer
          <select class="dropdown layer-select" @change=${o} ?disabled=${!r.length}>
            ${r.map(d=>h`<option value=${d} ?selected=${d===this.layer}>${d}</option>`)}
          </select>
        </label>
        ${this.isPair?h`
          <label>Sentences
            <select class="dropdown pair-filter" @change=${s}>
              ${Sa.map(([d,u])=>h`
                <option value=${d} ?selected=${d===this.filter}>${u}</option>`)}
            </select>
          </label>`:g}
        <label title="Lines for smaller weights are not drawn (they would be nearly invisible).">
          Hide weights below
          <select class="dropdown threshold" @change=${a}>
            ${Vo.map(d=>h`
              <option value=${d} ?selected=${d===this.threshold}>${d}</option>`)}
          </select>
        </label>
        <label title=${dt}><input type="checkbox" class="hide-special"
            .checked=${this.hideSpecial} @change=${i}>Hide special tokens</label>
      </div>
      ${e?this.renderHeads(e.numHeads):g}`}renderHeads(e){let r=()=>{this.selectedHeads=Array.from({length:e},(o,s)=>s)};return h`
      <div class="heads" role="group" aria-label="Heads">
        <span class="hint">Heads</span>
        ${Array.from({length:e},(o,s)=>{let a=this.selectedHeads.includes(s),i=S(s);return h`
            <button class="head-chip ${a?"on":""}" data-head=${s}
                style="--head-color: ${i}" aria-pressed=${a}
                title="Head ${s}: click to toggle, double-click to show it alone"
                @click=${()=>this.toggleHead(s)} @dblclick=${()=>this.soloHead(s)}>
              ${s}
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
      <div class="tooltip" hidden></div>`}legendText(){let e=this.pinned?"Click the pinned token again (or empty space) to unpin.":"Hover a token to isolate its lines; click to pin it.";return h`${this.renderDifferenceLegend()}Left: attending tokens; right: attended tokens. ${e}`}renderDifferenceLegend(){let e=this.data,r=e?.difference,o=e?.layers.get(this.layer);if(e==null||r==null||o==null)return g;let s=e.tokens.length,a=It(_t(this.layer,o,e.numHeads,s)).slice(0,4),i=this.differenceExtent(o);return h`
      <div class="difference-legend">
        <div>${Ct(r)}</div>
        <div>
          <span class="swatch positive"></span>A attends more
          <span class="swatch negative"></span>B attends more;
          opacity = |Δ| / ${i.toFixed(3)} (this layer's largest change), largest on top.
          Most changed heads: ${a.map(l=>`H${l.head} (max |Δ| ${l.maxAbs.toFixed(3)}, mean ${l.meanAbs.toFixed(4)})`).join(", ")}.
        </div>
      </div>`}differenceExtent(e){let r=this.data,o=Array.from({length:r.numHeads},(s,a)=>a);return Po(e,o,r.tokens.length)||1}observeWidth(){let e=this.renderRoot.querySelector(".body");e==null||this.resizeObserver!=null||(this.resizeObserver=new ResizeObserver(()=>{let r=Math.floor(e.clientWidth-16);r>0&&r!==this.canvasWidth&&(this.canvasWidth=r,this.redraw())}),this.resizeObserver.observe(e))}updated(e){super.updated(e),this.observeWidth(),this.redraw()}buildScene(){let e=this.data,r=e?.layers.get(this.layer);if(e==null||r==null)return null;let o=e.tokens.map((s,a)=>a).filter(s=>!this.hideSpecial||!e.specialTokens[s]);return{tokens:e.tokens,labels:e.displayTokens,segmentIds:e.segmentIds,numHeads:e.numHeads,weights:r,heads:this.selectedHeads,headColors:Array.from({length:e.numHeads},(s,a)=>S(a)),visible:o,filter:this.isPair?this.filter:"all",threshold:this.threshold,active:this.pinned??this.hovered,pinned:this.pinned!=null,diverging:e.difference?{extent:this.differenceExtent(r)}:null}}canvases(){let e=this.renderRoot.querySelector("canvas.lines"),r=this.renderRoot.querySelector("canvas.labels");return e&&r?[e,r]:null}redraw(){let e=this.buildScene();this.scene=e;let r=this.canvases();if(e==null||r==null||this.canvasWidth<=0)return;let[o,s]=r,a=[this.mode,this.layer,e.heads.join(","),e.filter,e.threshold,e.visible.length,this.canvasWidth].join("|");if(a!==this.sceneKey||e.weights!==this.drawnWeights||o!==this.laidOut||this.geometry==null){this.sceneKey=a,this.laidOut=o,this.drawnWeights=e.weights,this.fullLines=null,this.fullResult=null;let i=Jn(s.getContext("2d"),e,this.canvasWidth);this.geometry=i,eo(o,s,i,window.devicePixelRatio||1)}this.paint()}paint(){let e=this.canvases(),r=this.scene,o=this.geometry;if(e==null||r==null||o==null)return;let[s,a]=e,i=s.getContext("2d"),l;if(r.active==null&&this.fullLines&&this.fullResult)i.clearRect(0,0,o.width,o.height),i.drawImage(this.fullLines,0,0),l=this.fullResult;else{if(r.active!=null&&this.fullLines==null&&this.fullResult!=null){let d=document.createElement("canvas");d.width=s.width,d.height=s.height,d.getContext("2d").drawImage(s,0,0),this.fullLines=d}l=Yn(i,r,o),r.active==null&&(this.fullResult=l)}this.labelsDrawn=Zn(a.getContext("2d"),r,o),this.describeLines(l);let c=r.tokens.length;requestAnimationFrame(()=>{performance.mark("lit-ext:head-view:painted",{detail:{tokens:c,lines:l.lines}})})}describeLines(e){Object.assign(this.dataset,{source:this.data?.source??"",layer:String(this.layer),filter:this.scene?.filter??"",show:this.data?.difference?this.mode:"attention",extent:this.scene?.diverging?String(this.scene.diverging.extent):"",heads:this.scene?.heads.join(",")??"",tokens:String(this.scene?.tokens.length??0),lines:String(e.lines),hiddenLines:String(e.overBudget),active:this.scene?.active?`${this.scene.active.side}:${this.scene.active.index}`:""});let r=this.renderRoot.querySelector(".line-stats");if(r==null)return;let o=e.lines.toLocaleString("en-US"),s=this.scene?.diverging?"|Δ|":"weights";r.textContent=e.overBudget>0?`${o} strongest lines drawn (${s} ≥ ${e.cutoff.toFixed(3)}); ${e.overBudget.toLocaleString("en-US")} weaker ones hidden to stay fast.`:`${o} lines (${s} ≥ ${e.cutoff}).`}repaintActive(){this.scene!=null&&(this.scene.active=this.pinned??this.hovered,this.scene.pinned=this.pinned!=null,this.paint())}exportSource(e){if(e.difference!=null)return null;let r=this.buildScene();if(r==null)return null;let o=this.layer,s=r.heads.length===e.numHeads?"all":r.heads.join("-");return{view:"head_view",name:this.exportName("head_view",`layer${o}`,`heads_${s}`),title:`Head view, layer ${o}: ${e.displayTokens.join(" ")}`,figure:()=>io(r,o),data:()=>({model:this.model,example:this.inputs[0]?.id,...lo(e,r,o),hide_special:this.hideSpecial}),standalone:()=>$t(e,{layer:o,heads:r.heads,threshold:r.threshold,hideSpecial:this.hideSpecial,pinned:this.pinned})}}drawnLabels(){return[...this.labelsDrawn]}tokenPosition(e,r){return this.geometry?ro(this.geometry,e,r):null}tokenAt(e){if(this.scene==null||this.geometry==null)return null;let r=e.target.getBoundingClientRect();return to(this.scene,this.geometry,e.clientX-r.left,e.clientY-r.top)}showTooltip(e,r){let o=this.renderRoot.querySelector(".tooltip");if(o==null)return;let s=e&&r?this.tooltipText(r):"";o.hidden=!s,!(!s||!e)&&(o.textContent=s,o.style.left=`${e.clientX+14}px`,o.style.top=`${e.clientY+10}px`)}tooltipText(e){let r=this.scene,o=this.data;if(r==null||o==null)return"";let s=m=>P(o,m),a=this.pinned??this.hovered,i=r.tokens.length;if(a==null||a.side===e.side){let m=e.side==="left"?"attends from":"is attended by";return`${s(e.index)}
layer ${this.layer}: ${m} the lines shown`+(this.pinned?"":`
click to pin`)}let[l,c]=a.side==="left"?[a.index,e.index]:[e.index,a.index],d=o.difference,u=r.heads.map(m=>{let p=m*i*i+l*i+c,f=r.weights[p];return d?Fo(m,f,d.a.get(this.layer)[p],d.b.get(this.layer)[p]):`  head ${String(m).padStart(2)}: ${f.toFixed(4)}`});return`${s(l)} → ${s(c)}, layer ${this.layer}
${u.join(`
`)}`}};I("head-view-module",Or);function Dr(n,t,e={left:28,right:8,top:8,bottom:18}){return{width:n,height:t,left:e.left,right:n-e.right,top:e.top,bottom:t-e.bottom}}function Ne(n,t,e){return n.left+(t+.5)*(n.right-n.left)/e}function W(n,t){let e=Math.min(1,Math.max(0,t));return n.bottom-e*(n.bottom-n.top)}function zo(n,t,e=.7){return e*(n.right-n.left)/t}function Wo(n,t){if(n.length!==t.length)throw new Error(`${n.length} layer predictions for ${t.length} labels.`);if(n.length===0)throw new Error("No examples to score.");let e=n[0].layers,r=e.map(()=>0),o=new Map,s=0;return n.forEach((a,i)=>{if(a.layers.length!==e.length)throw new Error(`Example ${i} has ${a.layers.length} layers, not ${e.length}.`);let l=t[i]?a.labels.indexOf(t[i]):-1;l<0||(s++,o.set(l,(o.get(l)??0)+1),a.probas.forEach((c,d)=>{pe(c)===l&&r[d]++}))}),{layers:e,correct:r,scored:s,skipped:n.length-s,accuracy:r.map(a=>s?a/s:NaN),majority:s?Math.max(...o.values())/s:NaN}}var Ko=`.panel {
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
`;var Ea=8,Ot="dataset";function qr(n){return n==="embeddings"?"emb":n}function Qo(n){return[0,.5,1].map(t=>Y`
    <line class="grid" x1=${n.left} x2=${n.right} y1=${W(n,t)} y2=${W(n,t)}></line>
    <text class="tick" x=${n.left-4} y=${W(n,t)+3} text-anchor="end">${t}</text>`)}function Xo(n,t){return t.map((e,r)=>Y`
    <text class="tick" x=${Ne(n,r,t.length)} y=${n.bottom+12}
        text-anchor="middle">${qr(e)}</text>`)}function Go(n){return[n.left,n.right,n.top,n.bottom].join(",")}var Br=class extends T{constructor(){super();this.run=new q(()=>this.requestUpdate());this.emptyMessage="Select examples to see their prediction layer by layer.";this.accuracy=null}static{this.title="Layer Predictions"}static{this.infoMarkdown="When does the label appear? The model's own classification head applied to each layer's hidden state at the pooling position ([CLS], <s>), from the embeddings up; the last layer's row is the model's prediction. Per selected example: the probability of each class by layer. Over the dataset: the accuracy of each layer's predicted class against the gold labels."}static{this.numCols=6}static{this.duplicateForExampleComparison=!1}static shouldDisplayModule(e){return C(e,Le)}static{this.styles=_(Ko)}static{this.properties={accuracy:{state:!0}}}get inputs(){return this.selectionService.selectedInputData}connectedCallback(){super.connectedCallback(),this.react(()=>[this.model,this.appState.currentDataset],()=>this.stopScoring())}disconnectedCallback(){super.disconnectedCallback(),this.run.stop()}async load(e){let r=e.slice(0,Ea);return(await ie(this.apiService,r,this.model,this.appState.currentDataset,Le,{},{message:"Predicting layer by layer"})).map((s,a)=>({input:r[a],layers:Er(s)}))}goldField(){let e=this.appState.currentModelInfos[this.model]?.spec?.output??{};return Object.values(e).find(o=>o?.name==="MulticlassPreds")?.parent??null}async scoreDataset(){let e=this.appState.currentInputData,r=this.goldField();this.accuracy=null;let o=this.run.track(a=>ie(this.apiService,e,this.model,this.appState.currentDataset,Le,{},{...a,message:"Predicting layer by layer over the dataset"})),s=await this.request(Ot,o.then(a=>Wo(a.map(Er),e.map(i=>r==null?null:i.data[r]))));s!=null&&(this.accuracy=s)}stopScoring(){this.run.stop(),this.accuracy=null,this.cancel(Ot)}renderControls(){let e=this.appState.currentInputData.length,r=this.run.running,[o,s]=this.run.progress??[0,e];return h`
      <div class="toolbar">
        <button class="hairline-button score-dataset" ?disabled=${r||e===0}
            @click=${()=>this.scoreDataset()}>
          Accuracy by layer over the dataset (${e} examples)</button>
        ${r?h`
          <progress class="dataset-progress" max=${s} value=${o}></progress>
          <span class="hint">${o} / ${s}</span>
          <button class="hairline-button stop" @click=${()=>this.stopScoring()}>Stop</button>`:g}
      </div>
      ${this.renderAccuracy()}`}renderAccuracy(){let e=this.renderStatus(Ot),r=this.accuracy;if(r==null)return e===g?g:h`<div class="panel">${e}</div>`;let o=Dr(Math.max(240,36*r.layers.length),120),s=r.layers.length,a=zo(o,s),i=r.skipped?`; ${r.skipped} without a gold label the model predicts were left out`:"";return h`
      <div class="panel accuracy">
        <div class="hint">Accuracy of each layer's predicted class over ${r.scored}
          examples${i}. Dashed: the most frequent label's share (chance level).</div>
        <svg class="accuracy-chart" width=${o.width} height=${o.height}
            data-area=${Go(o)}>
          ${Qo(o)}
          ${r.accuracy.map((l,c)=>Y`
            <rect class="bar" x=${Ne(o,c,s)-a/2} y=${W(o,l)}
                width=${a} height=${o.bottom-W(o,l)}
                data-layer=${r.layers[c]}>
              <title>${qr(r.layers[c])}: ${r.correct[c]} / ${r.scored} = ${l.toFixed(3)}</title>
            </rect>
            <text class="value" x=${Ne(o,c,s)} y=${W(o,l)-3}
                text-anchor="middle">${l.toFixed(2)}</text>`)}
          <line class="majority" x1=${o.left} x2=${o.right} y1=${W(o,r.majority)}
              y2=${W(o,r.majority)}>
            <title>Always predicting the most frequent label: ${r.majority.toFixed(3)}</title>
          </line>
          ${Xo(o,r.layers)}
        </svg>
      </div>`}renderData(e){let r=this.inputs.length-e.length,o=e[0]?.layers.labels??[];return h`
      <div class="legend">
        ${o.map((s,a)=>h`
          <span class="legend-item"><span class="swatch"
              style="background: ${S(a)}"></span>${s}</span>`)}
      </div>
      <div class="charts">
        ${e.map(s=>this.renderExample(s))}
      </div>
      ${r>0?h`<div class="hint">${r} more selected examples are not shown.</div>`:g}`}renderExample({input:e,layers:r}){let o=Dr(Math.max(200,26*r.layers.length),110),s=r.layers.length,a=Object.values(e.data).find(l=>typeof l=="string"),i=r.labels[pe(r.probas[s-1])];return h`
      <figure class="example" data-id=${e.id}>
        <figcaption title=${a??e.id}>${a??e.id}</figcaption>
        <svg class="layer-chart" width=${o.width} height=${o.height}
            data-area=${Go(o)}>
          ${Qo(o)}
          ${r.labels.map((l,c)=>{let d=r.probas.map((u,m)=>[Ne(o,m,s),W(o,u[c])]);return Y`
              <polyline class="line" stroke=${S(c)}
                  points=${d.map(u=>u.join(",")).join(" ")}></polyline>
              ${d.map(([u,m],p)=>Y`
                <circle class="point" cx=${u} cy=${m} r="3" fill=${S(c)}
                    data-class=${l} data-layer=${r.layers[p]}>
                  <title>${l} at ${qr(r.layers[p])}: ${r.probas[p][c].toFixed(3)}</title>
                </circle>`)}`})}
          ${Xo(o,r.layers)}
        </svg>
        <div class="hint">Prediction: ${i}</div>
      </figure>`}exportSource(e){let r=e.map(({input:s,layers:a})=>({id:s.id,layers:a,text:Object.values(s.data).find(i=>typeof i=="string")??s.id})),o=this.accuracy;return{view:"layer_predictions",name:this.exportName("layer_predictions"),title:"Layer predictions",figure:()=>xo(r,o),data:()=>({model:this.model,examples:r.map(({id:s,text:a,layers:i})=>({id:s,text:a,...i})),accuracy:o}),standalone:()=>null}}updated(e){super.updated(e),this.dataset.accuracy=this.stateOf(Ot,this.accuracy!=null),this.dataset.charts=String(this.data?.length??0)}};I("layer-predictions-module",Br);function Jo(n){if(n.length===0)throw new Error("No head importance to average.");let[t]=n;for(let o of n)if(o.numLayers!==t.numLayers||o.numHeads!==t.numHeads||o.method!==t.method)throw new Error(`Head importance of different shapes or methods: ${t.numLayers}×${t.numHeads} ${t.method} and ${o.numLayers}×${o.numHeads} ${o.method}.`);let e=t.importance.map((o,s)=>o.map((a,i)=>Tt(n.map(l=>l.importance[s][i])))),r=Math.max(0,...e.flat().map(Math.abs));return{method:t.method,numLayers:t.numLayers,numHeads:t.numHeads,values:e,examples:n.length,extent:r}}function He(n,t){return`${n}:${t}`}function Oe(n){return[...n].map(t=>t.split(":").map(Number)).sort((t,e)=>t[0]-e[0]||t[1]-e[1]).map(([t,e])=>He(t,e)).join(",")}var qt="head_statistics",Se={cls:"attention to [CLS]",sep:"attention to [SEP]",punctuation:"attention to punctuation",previous:"attention to the previous token",next:"attention to the next token",self:"attention to itself",entropy:"attention entropy"},jr=Object.keys(Se),Ma="entropy";function qe(n){throw new Error(`Malformed head_statistics answer: ${n}.`)}function Dt(n,t){return(typeof n!="number"||!Number.isFinite(n))&&qe(`${t} is not a number`),n}function Yo(n){let t=n,e=t?.aggregate;(e==null||typeof e!="object")&&qe("no aggregate");let r=t.statistics;(!Array.isArray(r)||!r.every(i=>typeof i=="string"))&&qe("no list of statistics");let o=e.weighting;o!=="token"&&o!=="example"&&qe(`weighting ${String(o)}`);let s=e.values,a={};for(let i of r){let l=s?.[i];(!Array.isArray(l)||!l.every(c=>Array.isArray(c)))&&qe(`values of '${i}' are not [layer][head]`),a[i]=l.map((c,d)=>c.map((u,m)=>Dt(u,`${i}[${d}][${m}]`)))}return{weighting:o,statistics:r,units:t.units??{},numExamples:Dt(t.num_examples,"num_examples"),numQueries:Dt(e.num_queries,"num_queries"),uniformEntropy:Dt(e.uniform_entropy,"uniform_entropy"),values:a}}function Zo(n){if(n.length===0)throw new Error("No head statistics to merge.");let[t]=n,e=i=>i.statistics.map(l=>`${l}:${i.values[l].map(c=>c.length).join(",")}`).join(" ");for(let i of n)if(i.weighting!==t.weighting||e(i)!==e(t))throw new Error(`Head statistics of different weightings or shapes: ${t.weighting} ${e(t)} and ${i.weighting} ${e(i)}.`);let r=n.map(i=>t.weighting==="token"?i.numQueries:i.numExamples),o=r.reduce((i,l)=>i+l,0),s=i=>n.reduce((l,c,d)=>l+r[d]*i(c),0)/o,a={};for(let i of t.statistics)a[i]=t.values[i].map((l,c)=>l.map((d,u)=>s(m=>m.values[i][c][u])));return{...t,values:a,numExamples:n.reduce((i,l)=>i+l.numExamples,0),numQueries:n.reduce((i,l)=>i+l.numQueries,0),uniformEntropy:s(i=>i.uniformEntropy)}}function Ur(n,t){return t===Ma?n.uniformEntropy:1}var De=[[160,160,160],[33,145,140],[68,1,84]];function Vr(n,t){let r=(t>0?Math.min(1,Math.max(0,n/t)):0)*(De.length-1),o=Math.min(De.length-2,Math.floor(r)),s=r-o;return[0,1,2].map(a=>Math.round(De[o][a]+(De[o+1][a]-De[o][a])*s))}var es=`.grid {
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

.statistic-legend .scope {
  display: inline-flex;
  gap: 4px;
}

.statistic-legend .scope .on {
  background: var(--lit-cyea-100, #d5e8ee);
  border-color: var(--lit-cyea-500, #348199);
}

.statistic-scale {
  display: inline-flex;
  align-items: center;
  gap: 4px;
  font-size: 12px;
}

.statistic-scale .ramp {
  display: inline-block;
  width: 120px;
  height: 10px;
  border: 1px solid var(--lit-neutral-300, #dadce0);
}
`;function _a(n){let t=Math.abs(n).toFixed(3);return Number(t)===0?t:`${n>0?"+":"−"}${t}`}function ts(n,t){return h`
    <td class="num" data-col=${n} data-value=${t} title=${t.toPrecision(6)}>
      <span class="bar" style="width: ${Math.round(48*t)}px"></span>${t.toFixed(3)}</td>`}function rs(n){let t=pe(n.probas),e=pe(n.probasAblated),r=n.heads.length===0?"No head is switched off.":t===e?`The prediction stays ${n.labels[t]}.`:`The prediction changes: ${n.labels[t]} → ${n.labels[e]}.`;return h`
    <table class="prediction-change">
      <thead>
        <tr><th>Class</th><th class="num">Full model</th><th class="num">Heads off</th>
          <th class="num">Δ</th></tr>
      </thead>
      <tbody>
        ${n.labels.map((o,s)=>h`
          <tr data-class=${o} class=${s===e?"predicted":""}>
            <td>${o}</td>
            ${ts("before",n.probas[s])}
            ${ts("after",n.probasAblated[s])}
            <td class="num delta" data-col="delta">${_a(n.probasAblated[s]-n.probas[s])}</td>
          </tr>`)}
      </tbody>
    </table>
    <div class="verdict ${t===e?"":"changed"}">${r}</div>`}var Bt=class{constructor(t,e){this.context=t;this.onChange=e;this.statistic=null;this.scope="selection";this.aggregate=null;this.aggregateKey="";this.runKey="";this.error=null;this.seq=0;this.run=new q(e)}get paintKey(){return this.statistic&&this.aggregate?`${this.statistic}\0${this.aggregateKey}`:""}get state(){return this.statistic==null?"off":this.run.running?"loading":this.error?"error":this.aggregate?"ready":"empty"}setStatistic(t){this.statistic=t,this.refresh()}setScope(t){this.scope=t,this.refresh()}async refresh(){if(this.statistic==null){this.seq++,this.run.stop();return}let{api:t,model:e,dataset:r,selected:o,all:s}=this.context(),a=this.scope==="dataset"?s:o,i=[e,r,...a.map(c=>c.id)].join("\0");if(i===this.runKey&&this.run.running)return;let l=++this.seq;if(i===this.aggregateKey&&this.aggregate){this.run.stop(),this.onChange();return}if(this.aggregate=null,this.aggregateKey="",this.error=null,a.length===0){this.run.stop(),this.onChange();return}this.runKey=i;try{let c=await this.run.track(d=>ot(t,a,e,r,qt,{weighting:"token"},{...d,message:"Computing head statistics"}));if(l!==this.seq)return;this.aggregate=Zo(c.map(Yo)),this.aggregateKey=i}catch(c){if(l!==this.seq||c?.name==="AbortError")return;this.error=nt(c)}this.onChange()}stop(){this.run.stop()}color(t,e){let r=this.valueOf(t,e);return r==null?null:Vr(r,Ur(this.aggregate,this.statistic))}describe(t,e){let r=this.valueOf(t,e);if(r==null)return"";let o=this.aggregate.units[this.statistic]??"";return`, ${Se[this.statistic]??this.statistic} ${r.toFixed(4)} ${o}`}valueOf(t,e){if(this.statistic==null||this.aggregate==null)return null;let r=this.aggregate.values[this.statistic];if(r==null)throw new Error(`The server's head statistics have no '${this.statistic}'.`);return r[t]?.[e]??null}renderLegend(){if(this.statistic==null)return g;let{selected:t,all:e}=this.context(),r=this.run.progress,o=this.aggregate,s=Se[this.statistic]??this.statistic,a=g;if(o!=null){let i=Ur(o,this.statistic),l=[0,.25,.5,.75,1].map(u=>X(Vr(u*i,i))),c=o.units[this.statistic]??"",d=this.statistic==="entropy"?" (uniform attention)":"";a=h`
        <span class="hint statistic-summary">${s}, mean over ${o.numQueries} tokens
          of ${o.numExamples} example${o.numExamples===1?"":"s"}:</span>
        <span class="statistic-scale">0
          <span class="ramp" style="background: linear-gradient(to right, ${l.join(", ")})">
          </span>${i.toFixed(i===1?0:2)}${d} ${c}</span>`}return h`
      <div class="panel statistic-legend">
        <span class="scope" role="group" aria-label="Examples">
          <button class="hairline-button statistic-selection ${this.scope==="selection"?"on":""}"
              @click=${()=>this.setScope("selection")}>Selected (${t.length})</button>
          <button class="hairline-button statistic-dataset ${this.scope==="dataset"?"on":""}"
              @click=${()=>this.setScope("dataset")}>All ${e.length} examples</button>
        </span>
        ${r?h`
          <progress max=${r[1]} value=${r[0]}></progress>
          <span class="hint">${r[0]} / ${r[1]}</span>
          <button class="hairline-button stop" @click=${()=>this.setScope("selection")}
              ?hidden=${this.scope!=="dataset"}>Stop</button>`:g}
        ${this.error?h`<div class="status error" role="alert">${this.error}</div>`:g}
        ${t.length===0&&this.scope==="selection"?h`<span class="hint">Select examples, or use all of them.</span>`:a}
      </div>`}};function ns(n,t,e,r,[o,s,a]){let i=Math.min(r,n.width),l=new Float32Array(i*i),c=e*r*r;for(let u=0;u<r;u++){let m=Math.floor(u*i/r)*i;for(let p=0;p<r;p++){let f=m+Math.floor(p*i/r),b=t[c+u*r+p];b>l[f]&&(l[f]=b)}}let d=new ImageData(i,i);for(let u=0;u<i*i;u++){let m=Math.sqrt(Math.min(1,l[u]));d.data[4*u]=Math.round(255+(o-255)*m),d.data[4*u+1]=Math.round(255+(s-255)*m),d.data[4*u+2]=Math.round(255+(a-255)*m),d.data[4*u+3]=255}os(n,d)}function os(n,t){let e=t.width,r=document.createElement("canvas");r.width=e,r.height=e,r.getContext("2d").putImageData(t,0,0);let o=n.getContext("2d");o.imageSmoothingEnabled=!1,o.clearRect(0,0,n.width,n.height),o.drawImage(r,0,0,n.width,n.height)}function Ia(n,t,e,r){r=Math.min(e,r);let o=new Float32Array(r*r),s=t*e*e;for(let a=0;a<e;a++){let i=Math.floor(a*r/e)*r;for(let l=0;l<e;l++){let c=i+Math.floor(l*r/e),d=n[s+a*e+l];Math.abs(d)>Math.abs(o[c])&&(o[c]=d)}}return o}function Ca(n,t){let e=t>0?Math.sqrt(Math.min(1,Math.abs(n)/t)):0;return O(n>=0?e:-e,1)}function ss(n,t,e,r,o){let s=Ia(t,e,r,n.width),a=Math.round(Math.sqrt(s.length)),i=new ImageData(a,a);s.forEach((l,c)=>{i.data.set([...Ca(l,o),255],4*c)}),os(n,i)}var as=[48,72,104],ge="importance",Be="ablation",is=8,zr=class extends T{constructor(){super();this.ranking=[];this.extent=1;this.colouring=new Bt(()=>({api:this.apiService,model:this.model,dataset:this.appState.currentDataset,selected:this.selectionService.selectedInputData,all:this.appState.currentInputData}),()=>{this.statisticColours=this.colouring.paintKey,this.requestUpdate()});this.observer=null;this.drawn=new Set;this.pending=new Set;this.frame=0;this.emptyMessage="Select an example to see its attention.";this.size=as[1],this.selected=null,this.clickAction="open",this.switchedOff=new Set,this.ablation=null,this.colorByImportance=!1,this.importanceMethod="ablation",this.importance=null,this.show="attention",this.otherModel=null,this.statisticColours=""}static{this.title="Attention: Model View"}static{this.infoMarkdown=`Every layer and head as a small attention matrix (rows attend to columns). Click one to open it in the head view. With "Click a head to: switch it off", clicks switch heads off (their context vectors zeroed) and the example's prediction is shown with and without them. "Colour by importance" colours each head by how much the prediction depends on it, averaged over the selected examples: ablation = the drop in the predicted class's probability when the head alone is switched off (blue: it supports the prediction, orange: it works against it); gradient = |∂L/∂ξ| for a gate ξ on the head (Michel et al. 2019). "Colour by" a head statistic (Clark et al. 2019) colours each head by where its attention goes on average over the selected examples or the whole dataset: fractions of attention on a 0–1 scale, entropy from 0 to that of uniform attention.`}static{this.numCols=6}static shouldDisplayModule(e){return Lt(e)}static{this.styles=_(es)}static{this.properties={size:{state:!0},selected:{state:!0},clickAction:{state:!0},switchedOff:{state:!0},ablation:{state:!0},colorByImportance:{state:!0},importanceMethod:{state:!0},importance:{state:!0},show:{state:!0},otherModel:{state:!0},statisticColours:{state:!0}}}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.selectionService.selectedInputData,this.model],()=>{this.loadImportance(),this.colouring.refresh()})}disconnectedCallback(){super.disconnectedCallback(),this.observer?.disconnect(),this.observer=null,cancelAnimationFrame(this.frame),this.colouring.stop()}get mode(){return Ft(this.appState,this.model,this.show,!1)}get subtrahend(){return Rt(this.appState,this.model,this.otherModel)}get inputs(){return this.mode,super.inputs}async load([e]){if(this.mode==="models")return Ht(this.apiService,this.appState.currentDataset,this.appState.currentModelInfos,this.model,this.subtrahend,e,null);let r=G(this.appState.currentModelInfos[this.model]);if(r==null)throw new Error(`Model '${this.model}' returns no attention.`);return J(this.apiService,this.appState.currentDataset,this.model,r,e,null)}inputsChanged(){this.loadAblation()}accept(e){let r=e.tokens.length;this.ranking=e.difference?It([...e.layers].flatMap(([o,s])=>_t(o,s,e.numHeads,r))):[],this.extent=this.ranking[0]?.maxAbs||1,super.accept(e)}setShow(e){this.show=e,this.reload()}setOtherModel(e){this.otherModel=e,this.reload()}async loadAblation(){let e=this.selectedInput;if(e==null||this.switchedOff.size===0&&this.clickAction==="open"){this.cancel(Be),this.ablation=null;return}let r=this.apiService.getInterpretations([e],this.model,this.appState.currentDataset,Et,{heads:Oe(this.switchedOff)},"Predicting with heads switched off",!0),o=await this.request(Be,r.then(([s])=>Mo(s)));o!=null&&(this.ablation=o)}async loadImportance(){let e=this.selectionService.selectedInputData;if(!this.colorByImportance||e.length===0){this.cancel(ge),this.importance=null;return}let r=ie(this.apiService,e,this.model,this.appState.currentDataset,At,{method:this.importanceMethod},{message:"Measuring head importance"}),o=await this.request(ge,r.then(s=>Jo(s.map(Eo))));o!=null&&(this.importance=o)}onThumbnail(e,r){if(this.clickAction==="open"){this.selected=[e,r],R.focusHead({model:this.model,layer:e,head:r});return}let o=He(e,r),s=new Set(this.switchedOff);s.delete(o)||s.add(o),this.switchedOff=s,this.loadAblation()}switchAllOn(){this.switchedOff=new Set,this.loadAblation()}renderControls(){let e=i=>i.target.value,r=i=>{this.clickAction=e(i),this.loadAblation()},o=i=>{let l=e(i);this.colorByImportance=l===ge,this.loadImportance(),this.colouring.setStatistic(jr.includes(l)?l:null)},s=i=>{this.importanceMethod=e(i),this.loadImportance()},a=ke(this.appState,this.model);return h`
      <div class="toolbar">
        ${Nt(Fe(this.appState,this.model,!1),this.mode,this.model,a,this.subtrahend,i=>this.setShow(i),i=>this.setOtherModel(i))}
        <label>Size
          <select class="dropdown size-select" @change=${i=>{this.size=Number(e(i))}}>
            ${as.map(i=>h`<option value=${i} ?selected=${i===this.size}>${i}px</option>`)}
          </select>
        </label>
        ${this.hasInterpreter(Et)?h`
          <label title=${"A switched-off head has its context vector zeroed before the attention output projection."}>Click a head to
            <select class="dropdown click-action" @change=${r}>
              <option value="open" ?selected=${this.clickAction==="open"}>open it in the head view</option>
              <option value="switch-off" ?selected=${this.clickAction==="switch-off"}>switch it off</option>
            </select>
          </label>`:h`<span class="hint">Rows attend to columns. Click a head to open it in the head view.</span>`}
        ${this.mode==="attention"?this.renderColorBy(o):g}
        ${this.colorByImportance&&this.mode==="attention"?h`
          <select class="dropdown importance-method" @change=${s}
              title="How head importance is measured">
            ${Ao.map(i=>h`
              <option value=${i} ?selected=${i===this.importanceMethod}>${i}</option>`)}
          </select>`:g}
      </div>
      ${this.renderImportanceLegend()}
      ${this.mode==="attention"?this.colouring.renderLegend():g}
      ${this.renderAblation()}`}renderColorBy(e){let r=this.hasInterpreter(At),o=this.hasInterpreter(qt);if(!r&&!o)return g;let s=this.colorByImportance?ge:this.colouring.statistic??"",a=(i,l)=>h`<option value=${i} ?selected=${i===s}>${l}</option>`;return h`
      <label>Colour by
        <select class="dropdown color-by" @change=${e}>
          ${a("","head")}
          ${r?a(ge,"importance"):g}
          ${o?jr.map(i=>a(i,Se[i])):g}
        </select>
      </label>`}renderImportanceLegend(){if(!this.colorByImportance||this.mode!=="attention")return g;let e=this.importance,r=this.renderStatus(ge,null,"Measuring head importance…");if(e==null)return h`<div class="panel">${r}</div>`;let o=e.extent,s=i=>h`<span class="swatch"
        style="background: ${X(lr(i,o))}"></span>`,a=`${e.examples} selected example${e.examples===1?"":"s"}`;return h`
      <div class="panel importance-legend">
        ${r}
        <span class="hint">Head importance (${e.method}), mean over ${a}:</span>
        ${e.method==="ablation"?h`${s(-o)}−${o.toFixed(3)}`:g}
        ${s(0)}0 ${s(o)}${o.toFixed(3)}
      </div>`}renderAblation(){if(this.clickAction==="open"&&this.switchedOff.size===0)return g;let e=Oe(this.switchedOff).split(",").filter(Boolean);return h`
      <div class="panel ablation">
        <div class="ablation-heads">
          <span class="hint">${e.length?`Switched off (layer:head): ${e.join(", ")}`:"Click heads to switch them off."}</span>
          ${e.length?h`<button class="hairline-button switch-all-on"
              @click=${()=>this.switchAllOn()}>Switch all on</button>`:g}
        </div>
        ${this.renderStatus(Be,null,"Predicting…")}
        ${this.ablation&&!this.errorOf(Be)?rs(this.ablation):g}
      </div>`}renderDifferencePanel(e){let r=e.difference;if(r==null)return g;let o=s=>this.onThumbnail(s.layer,s.head);return h`
      <div class="panel difference-panel">
        <div>${Ct(r)}
          <span class="swatch positive"></span>A attends more
          <span class="swatch negative"></span>B attends more;
          full colour = |Δ| ${this.extent.toFixed(3)}, the largest change of any head.</div>
        <div class="ranking">
          <span class="hint">Most changed (max |Δ|, mean |Δ|):</span>
          ${this.ranking.slice(0,is).map((s,a)=>h`
            <button class="hairline-button ranked-head" data-layer=${s.layer}
                data-head=${s.head} data-rank=${a+1} @click=${()=>o(s)}>
              ${a+1}. L${s.layer} H${s.head} ${s.maxAbs.toFixed(3)}, ${s.meanAbs.toFixed(4)}
            </button>`)}
        </div>
      </div>`}rankOf(e,r){return this.ranking.slice(0,is).findIndex(o=>o.layer===e&&o.head===r)+1}thumbnailTitle(e,r){let o=this.data?.difference?this.ranking.find(l=>l.layer===e&&l.head===r):void 0;if(o)return`Layer ${e}, head ${r}: max |Δ| ${o.maxAbs.toFixed(4)}, mean |Δ| ${o.meanAbs.toFixed(4)}`;let s=this.colorByImportance?this.importance?.values[e]?.[r]:void 0,a=s==null?this.colouring.describe(e,r):`, importance ${s.toFixed(4)}`,i=this.clickAction==="open"?"click to open in the head view":this.switchedOff.has(He(e,r))?"switched off: click to switch it on":"click to switch it off";return`Layer ${e}, head ${r}${a}: ${i}`}renderData(e){let r=[...e.layers.keys()].sort((a,i)=>a-i),o=Array.from({length:e.numHeads},(a,i)=>i),s=e.difference!=null;return h`
      ${this.renderDifferencePanel(e)}
      <div class="grid" style="--thumb: ${this.size}px; --heads: ${e.numHeads}">
        <div class="corner"></div>
        ${o.map(a=>h`<div class="col-label">H${a}</div>`)}
        ${r.map(a=>h`
          <div class="row-label">L${a}</div>
          ${o.map(i=>{let l=this.selected?.[0]===a&&this.selected?.[1]===i,c=this.switchedOff.has(He(a,i)),d=s?this.rankOf(a,i):0;return h`
              <div class="thumb-cell ${c?"off":""}">
                ${d?h`<span class="rank-badge">${d}</span>`:g}
                <canvas class="thumb ${l?"selected":""}" width=${this.size}
                    height=${this.size} data-layer=${a} data-head=${i}
                    title=${this.thumbnailTitle(a,i)}
                    @click=${()=>this.onThumbnail(a,i)}></canvas>
              </div>`})}`)}
      </div>`}exportSource(e){if(e.difference!=null)return null;let r=this.colorByImportance?this.importance:null,o=r?null:this.colouring.statistic,s=r?`Colour: head importance (${r.method}), blue supports the prediction, orange works against it, grey: little effect.`:o?`Colour: head statistic "${o}" (darker = higher).`:"One colour per head.",a=Oe(this.switchedOff);return{view:"model_view",name:this.exportName("model_view"),title:`Model view: ${e.displayTokens.join(" ")}`,figure:()=>co(e,{color:(i,l)=>U(this.headColor(i,l)),selected:this.selected,switchedOff:this.switchedOff,colorNote:s+(a?` Crossed out: switched off (${a}).`:"")}),data:()=>uo(e,{model:this.model,example:this.inputs[0]?.id,selected:this.selected,switched_off:[...this.switchedOff].sort(),importance:r?{method:r.method,values:r.values,examples:r.examples}:null,ablation:this.ablation}),standalone:()=>$t(e,{layer:this.selected?.[0],heads:this.selected?[this.selected[1]]:void 0})}}headColor(e,r){let o=this.colorByImportance?this.importance:null,s=o?.values[e]?.[r];return s!=null?lr(s,o.extent):this.colouring.color(e,r)??Pe(S(r))}updated(e){super.updated(e),Object.assign(this.dataset,{selected:this.selected?this.selected.join(":"):"",source:this.data?.source??"",show:this.data?.difference?this.mode:"attention",extent:this.data?.difference?String(this.extent):"",switchedOff:Oe(this.switchedOff),ablation:this.stateOf(Be,this.ablation!=null),importance:this.colorByImportance?this.stateOf(ge,this.importance!=null):"off",statistic:this.colouring.statistic??"",statistics:this.colouring.state}),["data","size","importance","colorByImportance","statisticColours"].some(r=>e.has(r))&&(this.drawn.clear(),this.dataset.drawn="0",this.observeThumbnails())}observeThumbnails(){let e=this.renderRoot.querySelector(".body");e!=null&&(this.observer?.disconnect(),this.observer=new IntersectionObserver(r=>{for(let o of r){let s=o.target;o.isIntersecting&&!this.drawn.has(s)&&this.pending.add(s)}this.scheduleDraw()},{root:e,rootMargin:"64px"}),e.querySelectorAll("canvas.thumb").forEach(r=>this.observer.observe(r)))}scheduleDraw(){this.frame||this.pending.size===0||(this.frame=requestAnimationFrame(()=>{this.frame=0;let e=this.data;if(e==null)return;let r=e.tokens.length,o=performance.now();for(let s of this.pending){if(this.pending.delete(s),!s.isConnected)continue;let a=Number(s.dataset.layer),i=Number(s.dataset.head),l=e.layers.get(a);if(l!=null&&(e.difference?ss(s,l,i,r,this.extent):ns(s,l,i,r,this.headColor(a,i)),this.drawn.add(s),performance.now()-o>12))break}this.dataset.drawn=String(this.drawn.size),this.scheduleDraw()}))}};I("model-view-module",zr);var ls=new Map;async function jt(n,t,e,r,o){let s=ls.get(e);if(s)return s;let a=G(r);if(a==null)throw new Error(`Model '${e}' has no 'attention' interpreter or AttentionHeads outputs, so its layers and heads are unknown.`);let i=await J(n,t,e,a,o,[0]),c={layers:i.allLayers??[...i.layers.keys()].sort((d,u)=>d-u),numHeads:i.numHeads};return ls.set(e,c),c}var cs=`.query-chips {
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
`;var ds=.001;function La(n){let t=n.toFixed(3);return Number(t)===0?0 .toFixed(3):t}function Kr(n){return Math.max(3,Math.min(12,Math.floor(256/n)))}function Ae(n){let t=0;for(let e=0;e<n.length;e++)t=Math.max(t,Math.abs(n[e]));return t}function Wr(n,t,e){let r=n.getContext("2d"),o=Kr(t.length);for(let s=0;s<t.length;s++)r.fillStyle=X(O(t[s],e)),r.fillRect(s*o,0,o,n.height)}var Qr=class extends T{constructor(){super();this.rows=null;this.onFocus=e=>{let r=e.detail;r.model===this.model&&(this.layer=r.layer,this.head=r.head,this.reload())};this.emptyMessage="Select an example to see its query and key vectors.";this.onMouseMove=e=>{let r=e.composedPath()[0],o=this.data,s=this.rows;if(!(r instanceof HTMLCanvasElement)||!r.classList.contains("vec")||o==null||s==null){this.hideTooltip();return}let a=o.headDim,i=Math.min(a-1,Math.max(0,Math.floor(e.offsetX/Kr(a)))),l=r.dataset.kind,c=Number(r.dataset.row),d=s.query[i],u=`query ${P(o,this.queryIndex)}, dim ${i}
q = ${d.toFixed(4)}`;if(l!=="query"){let p=o.key[c*a+i];u=`key ${P(o,c)}, dim ${i}
q = ${d.toFixed(4)}
k = ${p.toFixed(4)}
q∘k = ${(d*p).toFixed(4)}`}let m=this.renderRoot.querySelector(".tooltip");m.textContent=u,m.hidden=!1,m.style.left=`${e.clientX+14}px`,m.style.top=`${e.clientY+10}px`};this.hideTooltip=()=>{let e=this.renderRoot.querySelector(".tooltip");e&&(e.hidden=!0)};this.shape=null,this.layer=0,this.head=0,this.queryIndex=-1}static{this.title="Neurons: Query × Key"}static{this.infoMarkdown="For one layer, head and query token: every key vector, q∘k, the scaled score q·k/√d (or the model's own scale, e.g. q·k/√(3d) for DeBERTa), one column per term the model adds before the softmax (DeBERTa's content→position and position→content, MPNet's relative position bias; hover a column header or read the notes under the check for what each is), their sum, and the softmax over the keys the query may attend to (masked keys get 0). The view checks that this softmax equals the model's attention. q and k are shown after the model's position transform (rotary for ModernBERT). Blue = positive, orange = negative."}static{this.numCols=12}static shouldDisplayModule(e){return C(e,lt)}static{this.styles=_(cs)}static{this.properties={shape:{state:!0},layer:{state:!0},head:{state:!0},queryIndex:{state:!0}}}connectedCallback(){super.connectedCallback(),R.addEventListener(le,this.onFocus)}disconnectedCallback(){super.disconnectedCallback(),R.removeEventListener(le,this.onFocus)}inputsChanged(){this.queryIndex=-1}async load([e]){let r=this.apiService,o=this.appState.currentDataset,s=this.model,a=await jt(r,o,s,this.appState.currentModelInfos[s],e);this.model===s&&(this.shape=a);let i=a.layers.includes(this.layer)?this.layer:a.layers[0],l=this.head<a.numHeads?this.head:0,[c]=await r.getInterpretations([e],s,o,lt,{layer:i,head:l},"Fetching query/key vectors",!0);return Rn(c)}accept(e){this.data=e,this.layer=e.layer,this.head=e.head;let r=e.tokens.length;if(this.queryIndex<0||this.queryIndex>=r){let o=e.specialTokens.findIndex(s=>!s);this.queryIndex=Math.max(0,o)}}setLayerHead(e,r){this.layer=e,this.head=r,this.reload()}renderControls(){let e=this.shape,r=this.data,o=r?.displayTokens??[],s=l=>this.setLayerHead(Number(l.target.value),this.head),a=l=>this.setLayerHead(this.layer,Number(l.target.value)),i=l=>{this.queryIndex=Number(l.target.value)};return h`
      <div class="toolbar">
        <label>Layer
          <select class="dropdown layer-select" @change=${s} ?disabled=${!e}>
            ${(e?.layers??[]).map(l=>h`
              <option value=${l} ?selected=${l===this.layer}>${l}</option>`)}
          </select>
        </label>
        <label>Head
          <select class="dropdown head-select" @change=${a} ?disabled=${!e}>
            ${Array.from({length:e?.numHeads??0},(l,c)=>h`
              <option value=${c} ?selected=${c===this.head}>${c}</option>`)}
          </select>
        </label>
        <label>Query token
          <select class="dropdown query-select" @change=${i} ?disabled=${!o.length}>
            ${o.map((l,c)=>h`
              <option value=${c} ?selected=${c===this.queryIndex}
                  title=${P(r,c)}>${c}: ${l}</option>`)}
          </select>
        </label>
        <span class="hint legend">
          <span class="swatch" style="background: ${X(O(1,1))}"></span>positive
          <span class="swatch" style="background: ${X(O(-1,1))}"></span>negative
        </span>
      </div>`}renderQueryChips(e){return h`
      <div class="query-chips" role="listbox" aria-label="Query token">
        ${e.displayTokens.map((r,o)=>h`
          <button class="chip ${o===this.queryIndex?"selected":""}" data-index=${o}
              role="option" aria-selected=${o===this.queryIndex} title=${P(e,o)}
              @click=${()=>this.queryIndex=o}>${r}</button>`)}
      </div>`}renderCheck(e,r){let o=r.allowed.filter(l=>l).length,s=o<r.allowed.length?` over the ${o} allowed keys`:"",a=`softmax(${we(e)})${s}`;if(r.maxDiff<ds)return h`<span class="check ok">${a} equals the model's attention (max |Δ| ${r.maxDiff.toExponential(1)})</span>`;let i=Number.isFinite(r.maxDiff)?`by up to ${r.maxDiff.toFixed(4)}`:"(a value is not a number)";return h`<span class="check bad">${a} differs from the model's attention ${i}: these columns do not explain this head.</span>`}renderNotes(e,r){let o=r.allowed.length-r.allowed.filter(a=>a).length,s=[...e.positionTransform?[`q and k are shown after the ${e.positionTransform} position transform.`]:[],...e.terms.map(a=>`${a.label} (${a.name}): ${a.description}.`),...o?[`${o} key${o===1?" is":"s are"} masked for this query: the model does not let it attend to them (probability 0).`]:[]];return s.length?h`<ul class="notes hint">${s.map(a=>h`<li>${a}</li>`)}</ul>`:g}renderSigned(e,r,o){return h`
      <td class="num" data-col=${e} title=${r.toFixed(6)}>
        <span class="bar signed" style="width: ${28*Math.abs(r)/o}px; background: ${X(O(r,o))}"></span>${La(r)}</td>`}renderTable(e,r){let o=e.headDim*Kr(e.headDim),s=e.tokens.length,a=Math.max(Ae(r.scaled),...r.terms.map(Ae),Ae(r.sums))||1,i=e.terms.length>0,l=(c,d)=>h`
        <canvas class="vec" data-kind=${c} data-row=${d??g} width=${o}
            height="12" style="width: ${o}px"></canvas>`;return h`
      <div class="summary">
        Layer ${e.layer}, head ${e.head}, d = ${e.headDim}; query
        <b class="mono" title=${P(e,this.queryIndex)}>${e.displayTokens[this.queryIndex]}</b> (#${this.queryIndex}).
        ${this.renderCheck(e,r)}
      </div>
      ${this.renderNotes(e,r)}
      <table class="neurons">
        <thead>
          <tr>
            <th class="token-col">Key</th>
            <th>key k</th>
            <th>q ∘ k</th>
            <th class="num" title="q·k times the model's scale, ${e.scaleLabel}">${yr(e.scaleLabel)}</th>
            ${e.terms.map(c=>h`
              <th class="num term" title="${c.name}: ${c.description}">${c.label}</th>`)}
            ${i?h`
              <th class="num" title="${we(e)}: the score the softmax takes">sum</th>`:g}
            <th class="num" title="softmax over the keys this query may attend to">softmax</th>
          </tr>
          <tr class="query-row">
            <td class="token-col mono">query q</td>
            <td>${l("query")}</td>
            <td colspan=${3+e.terms.length+(i?1:0)}></td>
          </tr>
        </thead>
        <tbody>
          ${e.displayTokens.map((c,d)=>{let u=r.softmax[d],m=[d===this.queryIndex?"is-query":"",r.allowed[d]?"":"masked"].join(" ");return h`
              <tr class=${m} data-key=${d}>
                <td class="token-col mono" title=${P(e,d)}>${c}</td>
                <td>${l("key",d)}</td>
                <td>${l("product",d)}</td>
                ${this.renderSigned("scaled",r.scaled[d],a)}
                ${e.terms.map((p,f)=>this.renderSigned(`term:${p.name}`,r.terms[f][d],a))}
                ${i?this.renderSigned("sum",r.sums[d],a):g}
                ${r.allowed[d]?h`
                  <td class="num" data-col="softmax" title=${`softmax ${u.toFixed(6)}; model attention ${e.attention[this.queryIndex*s+d].toFixed(6)}`}>
                    <span class="bar" style="width: ${40*u}px"></span>${u.toFixed(3)}</td>`:h`<td class="num masked-cell" data-col="softmax"
                      title="masked: this query may not attend to this key (probability 0)"
                      >masked</td>`}
              </tr>`})}
        </tbody>
      </table>`}renderData(e){let r=this.queryIndex>=0&&this.queryIndex<e.tokens.length;return this.rows=r?gr(e,this.queryIndex):null,this.rows==null?g:h`
      <div @mousemove=${this.onMouseMove} @mouseleave=${this.hideTooltip}>
        ${this.renderQueryChips(e)}${this.renderTable(e,this.rows)}
        <div class="tooltip" hidden></div>
      </div>`}updated(e){super.updated(e);let r=this.data,o=this.rows;if(r==null||o==null||this.errorOf()!=null)return;let s=Math.max(Ae(r.key),Ae(o.query)),a=Math.max(...o.products.map(Ae))||1;for(let i of this.renderRoot.querySelectorAll("canvas.vec")){let l=i.dataset.kind,c=Number(i.dataset.row),d=r.headDim;l==="query"&&Wr(i,o.query,s),l==="key"&&Wr(i,r.key.subarray(c*d,(c+1)*d),s),l==="product"&&Wr(i,o.products[c],a)}Object.assign(this.dataset,{layer:String(r.layer),head:String(r.head),query:String(this.queryIndex),queryToken:r.displayTokens[this.queryIndex],rows:String(r.tokens.length),headDim:String(r.headDim),maxDiff:o.maxDiff.toExponential(2),check:o.maxDiff<ds?"ok":"bad",formula:we(r),masked:String(o.allowed.filter(i=>!i).length)})}exportSource(e){let r=this.queryIndex;if(r<0||r>=e.tokens.length)return null;let o=()=>gr(e,r);return{view:"neuron_view",name:this.exportName("neuron_view",`layer${e.layer}`,`head${e.head}`,`query${r}`),title:`Neuron view, layer ${e.layer}, head ${e.head}: ${e.displayTokens.join(" ")}`,figure:()=>po(e,r,o()),data:()=>({model:this.model,example:this.inputs[0]?.id,...mo(e,r,o())}),standalone:()=>ho(e,r)}}};I("neuron-view-module",Qr);var us=`.factor-picker {
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
`;var Ra=Array.from({length:16},(n,t)=>t+1);function Na(n){let t=n.tokens.length;return Array.from({length:n.k},(e,r)=>{let o=0;for(let s=0;s<t;s++)o=Math.max(o,n.factors[r*t+s]);return o})}var Xr=class extends T{constructor(){super();this.emptyMessage="Select an example to factorise its neurons.";this.shape=null,this.k=8,this.fromLayer=0,this.toLayer=-1,this.excludeSpecial=!0,this.factor=null}static{this.title="NMF: Neuron Factors"}static{this.infoMarkdown="Non-negative matrix factorisation of the FFN neuron activations (Ecco's method): k factors of neurons that fire together, how strongly each token activates them, and which neurons and layers make up each factor."}static{this.numCols=12}static shouldDisplayModule(e){return C(e,ct)}static{this.styles=_(us)}static{this.properties={shape:{state:!0},k:{state:!0},fromLayer:{state:!0},toLayer:{state:!0},excludeSpecial:{state:!0},factor:{state:!0}}}async load([e]){let r=this.apiService,o=this.appState.currentDataset,s=this.model,a=await jt(r,o,s,this.appState.currentModelInfos[s],e);this.model===s&&(this.shape=a);let i=a.layers[a.layers.length-1],l=this.toLayer<0||this.toLayer>i?i:this.toLayer,c=Math.min(this.fromLayer,l),d={n_components:this.k,from_layer:c,to_layer:l+1,exclude_special_tokens:this.excludeSpecial},[u]=await r.getInterpretations([e],s,o,ct,d,"Factorising neuron activations",!0);return Nn(u)}accept(e){this.fromLayer=e.layers[0],this.toLayer=e.layers[e.layers.length-1],this.data=e,this.factor!=null&&this.factor>=e.k&&(this.factor=null)}renderControls(){let e=this.shape?.layers??[],r=e.length?e[e.length-1]:-1,o=this.toLayer<0||this.toLayer>r?r:this.toLayer,s=i=>Number(i.target.value),a=i=>{i(),this.reload()};return h`
      <div class="toolbar">
        <label title="Number of factors (NMF components)">Factors
          <select class="dropdown k-select"
              @change=${i=>a(()=>this.k=s(i))}>
            ${Ra.map(i=>h`<option value=${i} ?selected=${i===this.k}>${i}</option>`)}
          </select>
        </label>
        <label>Layers
          <select class="dropdown from-select" ?disabled=${!e.length}
              @change=${i=>a(()=>{this.fromLayer=s(i),this.toLayer=Math.max(o,this.fromLayer)})}>
            ${e.map(i=>h`<option value=${i} ?selected=${i===this.fromLayer}>${i}</option>`)}
          </select>
          to
          <select class="dropdown to-select" ?disabled=${!e.length}
              @change=${i=>a(()=>{this.toLayer=s(i),this.fromLayer=Math.min(this.fromLayer,this.toLayer)})}>
            ${e.map(i=>h`<option value=${i} ?selected=${i===o}>${i}</option>`)}
          </select>
        </label>
        <label title=${dt}><input type="checkbox" class="special-toggle"
            .checked=${this.excludeSpecial}
            @change=${i=>a(()=>{this.excludeSpecial=i.target.checked})}>Leave out special tokens</label>
        ${this.data?h`<span class="hint">Reconstruction error ${(this.data.reconstructionError*100).toFixed(1)}%</span>`:g}
      </div>`}renderFactorPicker(e){let r=o=>()=>{this.factor=this.factor===o?null:o};return h`
      <div class="factor-picker" role="group" aria-label="Factors">
        <button class="factor-chip all ${this.factor==null?"on":""}" @click=${r(null)}
            title="Tint each token by its dominant factor">Dominant</button>
        ${Array.from({length:e.k},(o,s)=>h`
          <button class="factor-chip ${this.factor===s?"on":""}" data-factor=${s}
              style="--factor-color: ${S(s)}" @click=${r(s)}
              title="Tint tokens by factor ${s} alone">F${s}</button>`)}
      </div>`}renderSentence(e,r){let o=e.tokens.length;return h`
      <div class="sentence">
        ${e.displayTokens.map((s,a)=>{if(!e.tokenMask[a])return h`<span class="token excluded" title="${P(e,a)}: not factorised">${s}</span>`;let i=this.factor;if(i==null){i=0;for(let d=1;d<e.k;d++)e.factors[d*o+a]>e.factors[i*o+a]&&(i=d)}let l=e.factors[i*o+a],c=r[i]>0?Math.max(.08,l/r[i]):0;return h`<span class="token" data-factor=${i}
              style="background: ${ee(S(i),c*.85)}"
              title="${P(e,a)}: factor ${i} ${l.toFixed(4)}">${s}</span>`})}
      </div>`}renderHeatmap(e,r){let o=e.tokens.length,s=Array.from({length:e.k},(a,i)=>i);return h`
      <div class="heatmap" style="--tokens: ${o}">
        <div></div>
        ${e.displayTokens.map((a,i)=>h`
          <div class="col-label ${e.tokenMask[i]?"":"excluded"}"
              title=${P(e,i)}>${a}</div>`)}
        ${s.map(a=>h`
          <div class="row-label ${this.factor===a?"on":""}"
              @click=${()=>this.factor=this.factor===a?null:a}>F${a}</div>
          ${e.tokens.map((i,l)=>{let c=e.factors[a*o+l],d=r[a]>0?c/r[a]:0;return h`<div class="cell" title="factor ${a}, ${P(e,l)}: ${c.toFixed(4)}"
                style="background: ${ee(S(a),d)}"></div>`})}`)}
      </div>`}renderFactorCards(e){return h`
      <div class="cards">
        ${e.topNeurons.map((r,o)=>{let s=e.layerShare[o],a=Math.max(...s,1e-9);return h`
            <div class="card ${this.factor===o?"on":""}" data-factor=${o}
                style="--factor-color: ${S(o)}">
              <div class="card-title"><span class="swatch"></span>Factor ${o}</div>
              <div class="card-section">Layer share</div>
              <div class="shares">
                ${e.layers.map((i,l)=>h`
                  <div class="share" title="layer ${i}: ${(s[l]*100).toFixed(1)}%">
                    <div class="share-bar" style="height: ${24*s[l]/a}px"></div>
                    <div class="share-label">${i}</div>
                  </div>`)}
              </div>
              <div class="card-section">Top neurons (layer·unit, loading)</div>
              <ol class="neurons mono">
                ${r.map(i=>h`
                  <li>L${i.layer}·${i.index}<span class="loading">${i.loading.toFixed(3)}</span></li>`)}
              </ol>
            </div>`})}
      </div>`}renderData(e){let r=Na(e);return h`
      ${this.renderFactorPicker(e)}
      ${this.renderSentence(e,r)}
      ${this.renderHeatmap(e,r)}
      ${this.renderFactorCards(e)}`}exportSource(e){let r=`layers${e.layers[0]}-${e.layers[e.layers.length-1]}`,o=this.factor;return{view:"nmf",name:this.exportName("nmf",`k${e.k}`,r),title:`NMF, ${e.k} factors: ${e.displayTokens.join(" ")}`,figure:()=>go(e,o),data:()=>({model:this.model,example:this.inputs[0]?.id,exclude_special_tokens:this.excludeSpecial,...yo(e,o)}),standalone:()=>fo(e)}}updated(e){super.updated(e);let r=this.data;r!=null&&Object.assign(this.dataset,{k:String(r.k),tokens:String(r.tokens.length),layers:`${r.layers[0]}-${r.layers[r.layers.length-1]}`,factor:this.factor==null?"":String(this.factor)})}};I("nmf-module",Xr);var hs=`.filters .filter {
  display: inline-flex;
  align-items: center;
  gap: 4px;
}

.filters select,
.filters input,
.toolbar select {
  font: inherit;
}

.filter-value {
  width: 10em;
}

.toolbar input.limit {
  width: 5em;
}

.summary {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px 12px;
  margin-bottom: 6px;
}

.summary .status {
  padding: 0;
}

.summary .status.error {
  margin: 0;
  padding: 4px 8px;
}

.match-count {
  font-weight: 500;
}

table.results {
  border-collapse: collapse;
}

table.results th,
table.results td {
  padding: 3px 12px 3px 4px;
  text-align: left;
  vertical-align: top;
  border-bottom: 1px solid var(--lit-neutral-200, #e8eaed);
}

table.results th {
  position: sticky;
  top: 0;
  background: white;
  white-space: nowrap;
}

table.results .num {
  text-align: right;
  font-family: 'Roboto Mono', monospace;
  white-space: nowrap;
}

table.results td.text {
  max-width: 60ch;
}

.outside {
  color: var(--lit-cyea-500, #348199);
  cursor: help;
}
`;var Gr="columns",Ut="select",Da=100,qa=[],Jr=class extends T{constructor(){super();this.emptyMessage="Build a query (or none, for the store's first rows) and press Run.";this.schema=null,this.filters=[],this.orderBy="",this.descending=!0,this.limit=Da,this.pattern={layer:0,head:0,threshold:.5,fromToken:"*",toToken:"*",caseSensitive:!1},this.patternOn=!1,this.submitted=null,this.selectionNote=null}static{this.title="Store search"}static{this.infoMarkdown="Filter and sort **every row** of the precomputed store, not only the sample in the data table: by the example's fields, the predicted class, each class's probability (`p_<label>`), whether the prediction is right (`correct`) and any other stored column. Operators: = != < <= > >= contains regex (case-sensitive). **Attention pattern** keeps the rows where a head sends at least the threshold from a token matching *from* to one matching *to* (a word, `/regex/`, or `*` for any text token), strongest first, read from the attention edges the store keeps (no forward pass). **Select in data table** selects the rows found; rows outside the sample are added to the dataset first, so every other module shows them."}static{this.numCols=12}static{this.duplicateForExampleComparison=!1}static{this.duplicateForModelComparison=!1}static shouldDisplayModule(e){return C(e,hr)}static{this.styles=_(hs)}static{this.properties={schema:{state:!0},filters:{state:!0},orderBy:{state:!0},descending:{state:!0},limit:{state:!0},pattern:{state:!0},patternOn:{state:!0},submitted:{state:!0},selectionNote:{state:!0}}}get inputs(){return qa}get canLoad(){return this.submitted!=null}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>this.appState.currentDataset,()=>this.loadSchema())}query(e){let r=this.appState.currentModels[0];return this.apiService.getInterpretations([],r,this.appState.currentDataset,hr,e,"Querying the store",!0).then(o=>zn(o))}async loadSchema(){this.schema=null;let e=await this.request(Gr,this.query({limit:1,dataset_name:this.appState.currentDataset}));e!=null&&(this.schema={columns:e.columns,kinds:pr(e.rows),rows:e.total,limits:e.limits})}async load(){let e=Vn(this.submitted,this.schema?.kinds??new Map,this.appState.currentDataset,this.schema?.limits);return{answer:await this.query(e),config:e}}run(){this.selectionNote=null,this.cancel(Ut),this.submitted={filters:this.filters,orderBy:this.orderBy,descending:this.descending,limit:this.limit,pattern:this.patternOn?this.pattern:null},this.reload()}async selectRows(){let e=this.data?.answer.rows??[];this.selectionNote=null;let r=await this.request(Ut,this.addAndSelect(e));if(r==null)return;let o=`${e.length} row${e.length===1?"":"s"}`;this.selectionNote=r?`Selected ${o}; ${r} added to the data table.`:`Selected ${o}.`}async addAndSelect(e){let r=await mt(e,this.appState);return this.selectionService.selectIds(r.ids,this),r.missing.length}setFilter(e,r){this.filters=this.filters.map((o,s)=>s===e?{...o,...r}:o)}addFilter(){let e=this.schema?.columns.includes("correct")?"correct":this.schema?.columns[0]??"";this.filters=[...this.filters,{column:e,operator:"=",value:""}]}removeFilter(e){this.filters=this.filters.filter((r,o)=>o!==e)}renderFilter(e,r,o){return h`
      <div class="filter" data-index=${r}>
        <select class="filter-column" aria-label="Column"
            @change=${s=>this.setFilter(r,{column:s.target.value})}>
          ${o.map(s=>h`<option value=${s} ?selected=${s===e.column}>${s}</option>`)}
        </select>
        <select class="filter-operator" aria-label="Operator"
            @change=${s=>this.setFilter(r,{operator:s.target.value})}>
          ${Un.map(s=>h`<option value=${s} ?selected=${s===e.operator}>${s}</option>`)}
        </select>
        <input class="filter-value" aria-label="Value" .value=${H(e.value)}
            placeholder=${this.schema?.kinds.get(e.column)??"value"}
            @input=${s=>this.setFilter(r,{value:s.target.value})}
            @keydown=${s=>s.key==="Enter"&&this.run()}>
        <button class="hairline-button remove-filter" title="Remove this filter"
            @click=${()=>this.removeFilter(r)}>×</button>
      </div>`}setPattern(e){this.pattern={...this.pattern,...e}}renderPattern(e){let r=e.edgeMinWeight!=null,o=l=>Number(l.target.value),s=l=>l.target.value,a=l=>l.key==="Enter"&&this.run(),i=r&&this.patternOn;return h`
      <div class="toolbar pattern">
        <label title=${r?"Keep only rows where a head sends attention between tokens":"This store holds no attention edges (precompute it with the attention_edges columns)"}>
          <input type="checkbox" class="pattern-on" ?disabled=${!r} .checked=${H(i)}
              @change=${l=>this.patternOn=l.target.checked}>
          Attention pattern</label>
        ${i?h`
          <label>layer <input type="number" class="pattern-layer" min="0"
              max=${e.numLayers-1} .value=${H(String(this.pattern.layer))}
              @change=${l=>this.setPattern({layer:o(l)})}></label>
          <label>head <input type="number" class="pattern-head" min="0"
              max=${e.numHeads-1} .value=${H(String(this.pattern.head))}
              @change=${l=>this.setPattern({head:o(l)})}></label>
          <label>sends ≥ <input type="number" class="pattern-threshold"
              min=${e.edgeMinWeight} max="1" step="0.05"
              .value=${H(String(this.pattern.threshold))}
              @change=${l=>this.setPattern({threshold:o(l)})}></label>
          <label>from <input class="pattern-from" .value=${H(this.pattern.fromToken)}
              placeholder="* any, word or /regex/" @keydown=${a}
              @input=${l=>this.setPattern({fromToken:s(l)})}></label>
          <label>to <input class="pattern-to" .value=${H(this.pattern.toToken)}
              placeholder="* any, word or /regex/" @keydown=${a}
              @input=${l=>this.setPattern({toToken:s(l)})}></label>
          <label><input type="checkbox" class="pattern-case" .checked=${H(this.pattern.caseSensitive)}
              @change=${l=>this.setPattern({caseSensitive:l.target.checked})}>
            case-sensitive</label>
          <span class="hint">strongest first; weights ≥ ${e.edgeMinWeight} are stored</span>`:g}
      </div>`}renderControls(){let e=this.schema?.columns??[],r=this.renderStatus(Gr,null,"Reading the store's columns…");return this.schema==null?h`<div class="toolbar">${r}</div>`:h`
      <div class="toolbar filters">
        <span class="hint">${this.schema.rows.toLocaleString()} rows in the store</span>
        ${this.filters.map((o,s)=>this.renderFilter(o,s,e))}
        <button class="hairline-button add-filter" @click=${()=>this.addFilter()}>+ Filter</button>
      </div>
      ${this.renderPattern(this.schema.limits)}
      <div class="toolbar">
        <label>Sort by
          <select class="order-by" ?disabled=${this.patternOn} @change=${o=>this.orderBy=o.target.value}>
            <option value="" ?selected=${this.orderBy===""}>row</option>
            ${e.map(o=>h`<option value=${o} ?selected=${o===this.orderBy}>${o}</option>`)}
          </select>
        </label>
        <select class="direction" aria-label="Direction"
            ?disabled=${this.orderBy===""||this.patternOn}
            @change=${o=>this.descending=o.target.value==="desc"}>
          <option value="desc" ?selected=${this.descending}>descending</option>
          <option value="asc" ?selected=${!this.descending}>ascending</option>
        </select>
        <label>Show
          <input type="number" class="limit" min="1" max=${1e3} .value=${H(String(this.limit))}
              @change=${o=>this.limit=Number(o.target.value)}>
          rows</label>
        <button class="hairline-button run" @click=${()=>this.run()}>Run</button>
      </div>`}renderData({answer:e,config:r}){let o=this.appState.currentDatasetSpec,s=new Set(Object.keys(o).filter(u=>o[u]?.name==="CategoryLabel")),a=Wn(e,s,r.order_by),i=this.appState.currentInputDataById,l=e.rows.filter(u=>!i.has(u.id)).length,c=e.rows.length<e.total?` (showing the first ${e.rows.length})`:"",d=r.descending?"↓":"↑";return h`
      <div class="summary">
        <span class="match-count">${e.total.toLocaleString()} of ${(this.schema?.rows??e.total).toLocaleString()} rows match${c}</span>
        <button class="hairline-button select-rows" ?disabled=${e.rows.length===0}
            @click=${()=>this.selectRows()}>Select in data table</button>
        ${l?h`<span class="hint">${l} outside the data table's sample (◦):
            selecting adds them</span>`:g}
        ${this.renderStatus(Ut,this.selectionNote,"Adding rows to the data table…")}
      </div>
      <table class="results">
        <thead>
          <tr>${a.map(u=>h`
            <th class=${u.numeric?"num":""} data-col=${u.key}>${u.key}${u.key===r.order_by?` ${d}`:""}</th>`)}</tr>
        </thead>
        <tbody>
          ${e.rows.map(u=>h`
            <tr data-row=${u.row} data-id=${u.id}>
              ${a.map(m=>{let p=Qn(u,m);return h`<td class=${m.numeric?"num":m.source==="data"?"text":""}
                    data-col=${m.key} title=${typeof p=="number"?String(p):""}>${Kn(p)}${m.key==="row"&&!i.has(u.id)?h`<span class="outside" title="outside the data table's sample"> ◦</span>`:g}</td>`})}
            </tr>`)}
        </tbody>
      </table>`}updated(e){super.updated(e),Object.assign(this.dataset,{columnsState:this.stateOf(Gr,this.schema!=null),selectState:this.stateOf(Ut,this.selectionNote!=null),total:String(this.data?.answer.total??"")})}};I("store-search-module",Jr);
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

lit-html/static.js:
lit-html/directive-helpers.js:
lit-html/directives/live.js:
  (**
   * @license
   * Copyright 2020 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
