var Ie=window,Ce=Ie.ShadowRoot&&(Ie.ShadyCSS===void 0||Ie.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,ht=Symbol(),Zt=new WeakMap,be=class{constructor(t,e,r){if(this._$cssResult$=!0,r!==ht)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o,e=this.t;if(Ce&&t===void 0){let r=e!==void 0&&e.length===1;r&&(t=Zt.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),r&&Zt.set(e,t))}return t}toString(){return this.cssText}},ve=n=>new be(typeof n=="string"?n:n+"",void 0,ht),Le=(n,...t)=>{let e=n.length===1?n[0]:t.reduce(((r,s,o)=>r+(i=>{if(i._$cssResult$===!0)return i.cssText;if(typeof i=="number")return i;throw Error("Value passed to 'css' function must be a 'css' function result: "+i+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+n[o+1]),n[0]);return new be(e,n,ht)},pt=(n,t)=>{Ce?n.adoptedStyleSheets=t.map((e=>e instanceof CSSStyleSheet?e:e.styleSheet)):t.forEach((e=>{let r=document.createElement("style"),s=Ie.litNonce;s!==void 0&&r.setAttribute("nonce",s),r.textContent=e.cssText,n.appendChild(r)}))},Pe=Ce?n=>n:n=>n instanceof CSSStyleSheet?(t=>{let e="";for(let r of t.cssRules)e+=r.cssText;return ve(e)})(n):n;var mt,Ne=window,er=Ne.trustedTypes,Dn=er?er.emptyScript:"",tr=Ne.reactiveElementPolyfillSupport,yt={toAttribute(n,t){switch(t){case Boolean:n=n?Dn:null;break;case Object:case Array:n=n==null?n:JSON.stringify(n)}return n},fromAttribute(n,t){let e=n;switch(t){case Boolean:e=n!==null;break;case Number:e=n===null?null:Number(n);break;case Object:case Array:try{e=JSON.parse(n)}catch{e=null}}return e}},rr=(n,t)=>t!==n&&(t==t||n==n),ft={attribute:!0,type:String,converter:yt,reflect:!1,hasChanged:rr},gt="finalized",D=class extends HTMLElement{constructor(){super(),this._$Ei=new Map,this.isUpdatePending=!1,this.hasUpdated=!1,this._$El=null,this._$Eu()}static addInitializer(t){var e;this.finalize(),((e=this.h)!==null&&e!==void 0?e:this.h=[]).push(t)}static get observedAttributes(){this.finalize();let t=[];return this.elementProperties.forEach(((e,r)=>{let s=this._$Ep(r,e);s!==void 0&&(this._$Ev.set(s,r),t.push(s))})),t}static createProperty(t,e=ft){if(e.state&&(e.attribute=!1),this.finalize(),this.elementProperties.set(t,e),!e.noAccessor&&!this.prototype.hasOwnProperty(t)){let r=typeof t=="symbol"?Symbol():"__"+t,s=this.getPropertyDescriptor(t,r,e);s!==void 0&&Object.defineProperty(this.prototype,t,s)}}static getPropertyDescriptor(t,e,r){return{get(){return this[e]},set(s){let o=this[t];this[e]=s,this.requestUpdate(t,o,r)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)||ft}static finalize(){if(this.hasOwnProperty(gt))return!1;this[gt]=!0;let t=Object.getPrototypeOf(this);if(t.finalize(),t.h!==void 0&&(this.h=[...t.h]),this.elementProperties=new Map(t.elementProperties),this._$Ev=new Map,this.hasOwnProperty("properties")){let e=this.properties,r=[...Object.getOwnPropertyNames(e),...Object.getOwnPropertySymbols(e)];for(let s of r)this.createProperty(s,e[s])}return this.elementStyles=this.finalizeStyles(this.styles),!0}static finalizeStyles(t){let e=[];if(Array.isArray(t)){let r=new Set(t.flat(1/0).reverse());for(let s of r)e.unshift(Pe(s))}else t!==void 0&&e.push(Pe(t));return e}static _$Ep(t,e){let r=e.attribute;return r===!1?void 0:typeof r=="string"?r:typeof t=="string"?t.toLowerCase():void 0}_$Eu(){var t;this._$E_=new Promise((e=>this.enableUpdating=e)),this._$AL=new Map,this._$Eg(),this.requestUpdate(),(t=this.constructor.h)===null||t===void 0||t.forEach((e=>e(this)))}addController(t){var e,r;((e=this._$ES)!==null&&e!==void 0?e:this._$ES=[]).push(t),this.renderRoot!==void 0&&this.isConnected&&((r=t.hostConnected)===null||r===void 0||r.call(t))}removeController(t){var e;(e=this._$ES)===null||e===void 0||e.splice(this._$ES.indexOf(t)>>>0,1)}_$Eg(){this.constructor.elementProperties.forEach(((t,e)=>{this.hasOwnProperty(e)&&(this._$Ei.set(e,this[e]),delete this[e])}))}createRenderRoot(){var t;let e=(t=this.shadowRoot)!==null&&t!==void 0?t:this.attachShadow(this.constructor.shadowRootOptions);return pt(e,this.constructor.elementStyles),e}connectedCallback(){var t;this.renderRoot===void 0&&(this.renderRoot=this.createRenderRoot()),this.enableUpdating(!0),(t=this._$ES)===null||t===void 0||t.forEach((e=>{var r;return(r=e.hostConnected)===null||r===void 0?void 0:r.call(e)}))}enableUpdating(t){}disconnectedCallback(){var t;(t=this._$ES)===null||t===void 0||t.forEach((e=>{var r;return(r=e.hostDisconnected)===null||r===void 0?void 0:r.call(e)}))}attributeChangedCallback(t,e,r){this._$AK(t,r)}_$EO(t,e,r=ft){var s;let o=this.constructor._$Ep(t,r);if(o!==void 0&&r.reflect===!0){let i=(((s=r.converter)===null||s===void 0?void 0:s.toAttribute)!==void 0?r.converter:yt).toAttribute(e,r.type);this._$El=t,i==null?this.removeAttribute(o):this.setAttribute(o,i),this._$El=null}}_$AK(t,e){var r;let s=this.constructor,o=s._$Ev.get(t);if(o!==void 0&&this._$El!==o){let i=s.getPropertyOptions(o),a=typeof i.converter=="function"?{fromAttribute:i.converter}:((r=i.converter)===null||r===void 0?void 0:r.fromAttribute)!==void 0?i.converter:yt;this._$El=o,this[o]=a.fromAttribute(e,i.type),this._$El=null}}requestUpdate(t,e,r){let s=!0;t!==void 0&&(((r=r||this.constructor.getPropertyOptions(t)).hasChanged||rr)(this[t],e)?(this._$AL.has(t)||this._$AL.set(t,e),r.reflect===!0&&this._$El!==t&&(this._$EC===void 0&&(this._$EC=new Map),this._$EC.set(t,r))):s=!1),!this.isUpdatePending&&s&&(this._$E_=this._$Ej())}async _$Ej(){this.isUpdatePending=!0;try{await this._$E_}catch(e){Promise.reject(e)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){var t;if(!this.isUpdatePending)return;this.hasUpdated,this._$Ei&&(this._$Ei.forEach(((s,o)=>this[o]=s)),this._$Ei=void 0);let e=!1,r=this._$AL;try{e=this.shouldUpdate(r),e?(this.willUpdate(r),(t=this._$ES)===null||t===void 0||t.forEach((s=>{var o;return(o=s.hostUpdate)===null||o===void 0?void 0:o.call(s)})),this.update(r)):this._$Ek()}catch(s){throw e=!1,this._$Ek(),s}e&&this._$AE(r)}willUpdate(t){}_$AE(t){var e;(e=this._$ES)===null||e===void 0||e.forEach((r=>{var s;return(s=r.hostUpdated)===null||s===void 0?void 0:s.call(r)})),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$Ek(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$E_}shouldUpdate(t){return!0}update(t){this._$EC!==void 0&&(this._$EC.forEach(((e,r)=>this._$EO(r,this[r],e))),this._$EC=void 0),this._$Ek()}updated(t){}firstUpdated(t){}};D[gt]=!0,D.elementProperties=new Map,D.elementStyles=[],D.shadowRootOptions={mode:"open"},tr?.({ReactiveElement:D}),((mt=Ne.reactiveElementVersions)!==null&&mt!==void 0?mt:Ne.reactiveElementVersions=[]).push("1.6.3");var bt,Re=window,le=Re.trustedTypes,nr=le?le.createPolicy("lit-html",{createHTML:n=>n}):void 0,Fe="$lit$",q=`lit$${(Math.random()+"").slice(9)}$`,xt="?"+q,qn=`<${xt}>`,Q=document,$e=()=>Q.createComment(""),we=n=>n===null||typeof n!="object"&&typeof n!="function",dr=Array.isArray,ur=n=>dr(n)||typeof n?.[Symbol.iterator]=="function",vt=`[ 	
\f\r]`,xe=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,sr=/-->/g,or=/>/g,G=RegExp(`>|${vt}(?:([^\\s"'>=/]+)(${vt}*=${vt}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),ir=/'/g,ar=/"/g,hr=/^(?:script|style|textarea|title)$/i,pr=n=>(t,...e)=>({_$litType$:n,strings:t,values:e}),m=pr(1),j=pr(2),I=Symbol.for("lit-noChange"),g=Symbol.for("lit-nothing"),lr=new WeakMap,X=Q.createTreeWalker(Q,129,null,!1);function mr(n,t){if(!Array.isArray(n)||!n.hasOwnProperty("raw"))throw Error("invalid template strings array");return nr!==void 0?nr.createHTML(t):t}var fr=(n,t)=>{let e=n.length-1,r=[],s,o=t===2?"<svg>":"",i=xe;for(let a=0;a<e;a++){let l=n[a],c,d,u=-1,p=0;for(;p<l.length&&(i.lastIndex=p,d=i.exec(l),d!==null);)p=i.lastIndex,i===xe?d[1]==="!--"?i=sr:d[1]!==void 0?i=or:d[2]!==void 0?(hr.test(d[2])&&(s=RegExp("</"+d[2],"g")),i=G):d[3]!==void 0&&(i=G):i===G?d[0]===">"?(i=s??xe,u=-1):d[1]===void 0?u=-2:(u=i.lastIndex-d[2].length,c=d[1],i=d[3]===void 0?G:d[3]==='"'?ar:ir):i===ar||i===ir?i=G:i===sr||i===or?i=xe:(i=G,s=void 0);let h=i===G&&n[a+1].startsWith("/>")?" ":"";o+=i===xe?l+qn:u>=0?(r.push(c),l.slice(0,u)+Fe+l.slice(u)+q+h):l+q+(u===-2?(r.push(void 0),a):h)}return[mr(n,o+(n[e]||"<?>")+(t===2?"</svg>":"")),r]},ke=class n{constructor({strings:t,_$litType$:e},r){let s;this.parts=[];let o=0,i=0,a=t.length-1,l=this.parts,[c,d]=fr(t,e);if(this.el=n.createElement(c,r),X.currentNode=this.el.content,e===2){let u=this.el.content,p=u.firstChild;p.remove(),u.append(...p.childNodes)}for(;(s=X.nextNode())!==null&&l.length<a;){if(s.nodeType===1){if(s.hasAttributes()){let u=[];for(let p of s.getAttributeNames())if(p.endsWith(Fe)||p.startsWith(q)){let h=d[i++];if(u.push(p),h!==void 0){let f=s.getAttribute(h.toLowerCase()+Fe).split(q),y=/([.?@])?(.*)/.exec(h);l.push({type:1,index:o,name:y[2],strings:f,ctor:y[1]==="."?Oe:y[1]==="?"?De:y[1]==="@"?qe:Y})}else l.push({type:6,index:o})}for(let p of u)s.removeAttribute(p)}if(hr.test(s.tagName)){let u=s.textContent.split(q),p=u.length-1;if(p>0){s.textContent=le?le.emptyScript:"";for(let h=0;h<p;h++)s.append(u[h],$e()),X.nextNode(),l.push({type:2,index:++o});s.append(u[p],$e())}}}else if(s.nodeType===8)if(s.data===xt)l.push({type:2,index:o});else{let u=-1;for(;(u=s.data.indexOf(q,u+1))!==-1;)l.push({type:7,index:o}),u+=q.length-1}o++}}static createElement(t,e){let r=Q.createElement("template");return r.innerHTML=t,r}};function J(n,t,e=n,r){var s,o,i,a;if(t===I)return t;let l=r!==void 0?(s=e._$Co)===null||s===void 0?void 0:s[r]:e._$Cl,c=we(t)?void 0:t._$litDirective$;return l?.constructor!==c&&((o=l?._$AO)===null||o===void 0||o.call(l,!1),c===void 0?l=void 0:(l=new c(n),l._$AT(n,e,r)),r!==void 0?((i=(a=e)._$Co)!==null&&i!==void 0?i:a._$Co=[])[r]=l:e._$Cl=l),l!==void 0&&(t=J(n,l._$AS(n,t.values),l,r)),t}var He=class{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){var e;let{el:{content:r},parts:s}=this._$AD,o=((e=t?.creationScope)!==null&&e!==void 0?e:Q).importNode(r,!0);X.currentNode=o;let i=X.nextNode(),a=0,l=0,c=s[0];for(;c!==void 0;){if(a===c.index){let d;c.type===2?d=new ce(i,i.nextSibling,this,t):c.type===1?d=new c.ctor(i,c.name,c.strings,this,t):c.type===6&&(d=new Be(i,this,t)),this._$AV.push(d),c=s[++l]}a!==c?.index&&(i=X.nextNode(),a++)}return X.currentNode=Q,o}v(t){let e=0;for(let r of this._$AV)r!==void 0&&(r.strings!==void 0?(r._$AI(t,r,e),e+=r.strings.length-2):r._$AI(t[e])),e++}},ce=class n{constructor(t,e,r,s){var o;this.type=2,this._$AH=g,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=r,this.options=s,this._$Cp=(o=s?.isConnected)===null||o===void 0||o}get _$AU(){var t,e;return(e=(t=this._$AM)===null||t===void 0?void 0:t._$AU)!==null&&e!==void 0?e:this._$Cp}get parentNode(){let t=this._$AA.parentNode,e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=J(this,t,e),we(t)?t===g||t==null||t===""?(this._$AH!==g&&this._$AR(),this._$AH=g):t!==this._$AH&&t!==I&&this._(t):t._$litType$!==void 0?this.g(t):t.nodeType!==void 0?this.$(t):ur(t)?this.T(t):this._(t)}k(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}$(t){this._$AH!==t&&(this._$AR(),this._$AH=this.k(t))}_(t){this._$AH!==g&&we(this._$AH)?this._$AA.nextSibling.data=t:this.$(Q.createTextNode(t)),this._$AH=t}g(t){var e;let{values:r,_$litType$:s}=t,o=typeof s=="number"?this._$AC(t):(s.el===void 0&&(s.el=ke.createElement(mr(s.h,s.h[0]),this.options)),s);if(((e=this._$AH)===null||e===void 0?void 0:e._$AD)===o)this._$AH.v(r);else{let i=new He(o,this),a=i.u(this.options);i.v(r),this.$(a),this._$AH=i}}_$AC(t){let e=lr.get(t.strings);return e===void 0&&lr.set(t.strings,e=new ke(t)),e}T(t){dr(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,r,s=0;for(let o of t)s===e.length?e.push(r=new n(this.k($e()),this.k($e()),this,this.options)):r=e[s],r._$AI(o),s++;s<e.length&&(this._$AR(r&&r._$AB.nextSibling,s),e.length=s)}_$AR(t=this._$AA.nextSibling,e){var r;for((r=this._$AP)===null||r===void 0||r.call(this,!1,!0,e);t&&t!==this._$AB;){let s=t.nextSibling;t.remove(),t=s}}setConnected(t){var e;this._$AM===void 0&&(this._$Cp=t,(e=this._$AP)===null||e===void 0||e.call(this,t))}},Y=class{constructor(t,e,r,s,o){this.type=1,this._$AH=g,this._$AN=void 0,this.element=t,this.name=e,this._$AM=s,this.options=o,r.length>2||r[0]!==""||r[1]!==""?(this._$AH=Array(r.length-1).fill(new String),this.strings=r):this._$AH=g}get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}_$AI(t,e=this,r,s){let o=this.strings,i=!1;if(o===void 0)t=J(this,t,e,0),i=!we(t)||t!==this._$AH&&t!==I,i&&(this._$AH=t);else{let a=t,l,c;for(t=o[0],l=0;l<o.length-1;l++)c=J(this,a[r+l],e,l),c===I&&(c=this._$AH[l]),i||(i=!we(c)||c!==this._$AH[l]),c===g?t=g:t!==g&&(t+=(c??"")+o[l+1]),this._$AH[l]=c}i&&!s&&this.j(t)}j(t){t===g?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},Oe=class extends Y{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===g?void 0:t}},Bn=le?le.emptyScript:"",De=class extends Y{constructor(){super(...arguments),this.type=4}j(t){t&&t!==g?this.element.setAttribute(this.name,Bn):this.element.removeAttribute(this.name)}},qe=class extends Y{constructor(t,e,r,s,o){super(t,e,r,s,o),this.type=5}_$AI(t,e=this){var r;if((t=(r=J(this,t,e,0))!==null&&r!==void 0?r:g)===I)return;let s=this._$AH,o=t===g&&s!==g||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,i=t!==g&&(s===g||o);o&&this.element.removeEventListener(this.name,this,s),i&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){var e,r;typeof this._$AH=="function"?this._$AH.call((r=(e=this.options)===null||e===void 0?void 0:e.host)!==null&&r!==void 0?r:this.element,t):this._$AH.handleEvent(t)}},Be=class{constructor(t,e,r){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=r}get _$AU(){return this._$AM._$AU}_$AI(t){J(this,t)}},yr={O:Fe,P:q,A:xt,C:1,M:fr,L:He,R:ur,D:J,I:ce,V:Y,H:De,N:qe,U:Oe,F:Be},cr=Re.litHtmlPolyfillSupport;cr?.(ke,ce),((bt=Re.litHtmlVersions)!==null&&bt!==void 0?bt:Re.litHtmlVersions=[]).push("2.8.0");var gr=(n,t,e)=>{var r,s;let o=(r=e?.renderBefore)!==null&&r!==void 0?r:t,i=o._$litPart$;if(i===void 0){let a=(s=e?.renderBefore)!==null&&s!==void 0?s:null;o._$litPart$=i=new ce(t.insertBefore($e(),a),a,void 0,e??{})}return i._$AI(n),i};var $t,wt;var de=class extends D{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){var t,e;let r=super.createRenderRoot();return(t=(e=this.renderOptions).renderBefore)!==null&&t!==void 0||(e.renderBefore=r.firstChild),r}update(t){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=gr(e,this.renderRoot,this.renderOptions)}connectedCallback(){var t;super.connectedCallback(),(t=this._$Do)===null||t===void 0||t.setConnected(!0)}disconnectedCallback(){var t;super.disconnectedCallback(),(t=this._$Do)===null||t===void 0||t.setConnected(!1)}render(){return I}};de.finalized=!0,de._$litElement$=!0,($t=globalThis.litElementHydrateSupport)===null||$t===void 0||$t.call(globalThis,{LitElement:de});var br=globalThis.litElementPolyfillSupport;br?.({LitElement:de});((wt=globalThis.litElementVersions)!==null&&wt!==void 0?wt:globalThis.litElementVersions=[]).push("3.3.3");var Z={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},vr=n=>(...t)=>({_$litDirective$:n,values:t}),Ue=class{constructor(t){}get _$AU(){return this._$AM._$AU}_$AT(t,e,r){this._$Ct=t,this._$AM=e,this._$Ci=r}_$AS(t,e){return this.update(t,e)}update(t,e){return this.render(...e)}};var{I:po}=yr;var xr=n=>n.strings===void 0;var Un={},$r=(n,t=Un)=>n._$AH=t;var wr=vr(class extends Ue{constructor(n){if(super(n),n.type!==Z.PROPERTY&&n.type!==Z.ATTRIBUTE&&n.type!==Z.BOOLEAN_ATTRIBUTE)throw Error("The `live` directive is not allowed on child or event bindings");if(!xr(n))throw Error("`live` bindings can only contain a single expression")}render(n){return n}update(n,[t]){if(t===I||t===g)return t;let e=n.element,r=n.name;if(n.type===Z.PROPERTY){if(t===e[r])return I}else if(n.type===Z.BOOLEAN_ATTRIBUTE){if(!!t===e.hasAttribute(r))return I}else if(n.type===Z.ATTRIBUTE&&e.getAttribute(r)===t+"")return I;return $r(n),t}});function jn(n){let t=n;return t!=null&&typeof t=="object"&&typeof t.data=="string"&&Array.isArray(t.shape)&&(t.dtype==="uint10"||t.dtype==="float32")}function zn(n){let t=Uint8Array.fromBase64;if(t)return t(n);let e=atob(n),r=new Uint8Array(e.length);for(let s=0;s<e.length;s++)r[s]=e.charCodeAt(s);return r}var Vn=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function Wn(n,t,e){if(n.byteLength!==t*4)throw new Error(`encoded float32 array has ${n.byteLength} bytes; its shape needs ${t*4}.`);if(e)return new Float32Array(n.buffer.slice(n.byteOffset,n.byteOffset+t*4));let r=new DataView(n.buffer,n.byteOffset,n.byteLength),s=new Float32Array(t);for(let o=0;o<t;o++)s[o]=r.getFloat32(4*o,!0);return s}function Kn(n,t,e){let r=t+Math.ceil(t/4);if(n.byteLength!==r)throw new Error(`encoded uint10 array has ${n.byteLength} bytes; its shape needs ${r}.`);if(!(e>0))throw new Error(`uint10 array needs a positive scale, got ${e}.`);let s=new Float32Array(1024);for(let a=0;a<1024;a++)s[a]=a/e;let o=new Float32Array(t),i=t-t%4;for(let a=0,l=t;a<i;a+=4,l++){let c=n[l];o[a]=s[n[a]|(c&192)<<2],o[a+1]=s[n[a+1]|(c&48)<<4],o[a+2]=s[n[a+2]|(c&12)<<6],o[a+3]=s[n[a+3]|(c&3)<<8]}for(let a=i;a<t;a++){let l=n[t+(a>>2)]>>6-2*(a&3)&3;o[a]=s[n[a]|l<<8]}return o}function z(n){if(!jn(n))throw new Error("expected an encoded array {dtype, shape, scale, data}.");let t=zn(n.data),e=n.shape.reduce((s,o)=>s*o,1),r=n.dtype==="uint10"?Kn(t,e,n.scale??0):Wn(t,e,Vn);return{shape:[...n.shape],values:r}}var je="attention",ze="neuron_view",Ve="nmf";function b(n,t,e){if(!(t in n))throw new Error(`${e} response has no '${t}' field.`);return n[t]}function ee(n,t,e){if(!(t.length===e.length&&t.every((s,o)=>e[o]<0||s===e[o]))){let s=e.map(o=>o<0?"?":o).join(", ");throw new Error(`${n} has shape (${t.join(", ")}); expected (${s}).`)}}function kt(n,t,e){if(!Array.isArray(t)||t.length!==e){let r=Array.isArray(t)?t.length:typeof t;throw new Error(`${n} has ${r} entries but there are ${e} tokens.`)}}function At(n,t){let e=b(n,"tokens",t),r={tokens:e,displayTokens:b(n,"display_tokens",t),specialTokens:b(n,"special_tokens",t),segmentIds:b(n,"segment_ids",t)};return kt("display_tokens",r.displayTokens,e.length),kt("special_tokens",r.specialTokens,e.length),kt("segment_ids",r.segmentIds,e.length),r}var We="Special tokens: the tokenizer's markup, such as [CLS], [SEP], <s>, </s> and padding. Unknown-word tokens ([UNK], <unk>) stand for real text, such as an emoji, and are not special.";function E(n,t){let e=n.displayTokens[t],r=n.tokens[t];return r===e?`${e} (#${t})`:`${e} (#${t}, token ${r})`}function kr(n){let t=n,e=`'${je}' interpreter`,r=At(t,e),s=b(t,"layers",e),o=b(t,"num_heads",e),i=z(b(t,"attention",e)),a=r.tokens.length;ee("attention",i.shape,[s.length,o,a,a]);let l=o*a*a,c=s.map((u,p)=>i.values.subarray(p*l,(p+1)*l)),d=typeof t.num_layers=="number"?t.num_layers:null;return{...r,layers:s,numHeads:o,numLayers:d,weights:c}}function Gn(n,t,e){let r=n,s=b(r,"name",`${e} term`),o=z(b(r,"values",`${e} term '${s}'`));return ee(`term '${s}'`,o.shape,[t,t]),{name:s,label:String(r.label??s),description:String(r.description??""),values:o.values}}function Ar(n){let t=n,e=`'${ze}' interpreter`,r=At(t,e),s=r.tokens.length,o=z(b(t,"query",e)),i=z(b(t,"key",e)),a=z(b(t,"attention",e));ee("query",o.shape,[s,-1]),ee("key",i.shape,o.shape),ee("attention",a.shape,[s,s]);let l=b(t,"key_allowed",e),c=null;if(l!=null){let u=z(l);ee("key_allowed",u.shape,[s,s]),c=Uint8Array.from(u.values,p=>p>.5?1:0)}let d=b(t,"scale",e);if(!(typeof d=="number"&&Number.isFinite(d)))throw new Error(`${e} response has scale ${d}; expected a finite number.`);return{...r,layer:b(t,"layer",e),head:b(t,"head",e),headDim:o.shape[1],query:o.values,key:i.values,scale:d,scaleLabel:b(t,"scale_label",e),positionTransform:b(t,"position_transform",e),terms:b(t,"terms",e).map(u=>Gn(u,s,e)),keyAllowed:c,attention:a.values}}function Sr(n){let t=n,e=`'${Ve}' interpreter`,r=At(t,e),s=r.tokens,o=z(b(t,"factors",e));ee("factors",o.shape,[-1,s.length]);let i=o.shape[0],a=b(t,"top_neurons",e),l=b(t,"layer_share",e);if(a.length!==i||l.length!==i)throw new Error(`nmf response has ${i} factors but ${a.length} neuron lists and ${l.length} layer shares.`);return{...r,tokenMask:t.token_mask??s.map(()=>!0),layers:b(t,"layers",e),k:i,factors:o.values,topNeurons:a,layerShare:l,reconstructionError:Number(t.reconstruction_error??NaN)}}var Ge="head_importance",Xe="ablated_prediction",Ae="layer_predictions",Qe="faithfulness";function Xn(n,t){return Array.isArray(n)&&(t==null||n.length===t)&&n.every(e=>typeof e=="number"&&Number.isFinite(e))}function Ke(n,t,e){if(!Xn(n,e)){let r=e==null?"":`${e} `;throw new Error(`${t} is not a list of ${r}finite numbers.`)}return n}function Er(n,t,e,r){if(!Array.isArray(n)||n.length!==e)throw new Error(`${t} has ${Array.isArray(n)?n.length:"no"} rows; expected ${e}.`);return n.map((s,o)=>Ke(s,`${t} row ${o}`,r))}var _r=["ablation","gradient"];function Mr(n){let t=n,e=`'${Ge}' interpreter`,r=b(t,"num_layers",e),s=b(t,"num_heads",e);return{method:b(t,"method",e),numLayers:r,numHeads:s,importance:Er(b(t,"importance",e),"importance",r,s),label:b(t,"label",e),probability:b(t,"probability",e)}}function Tr(n){let t=n,e=`'${Xe}' interpreter`,r=b(t,"labels",e);return{labels:r,probas:Ke(b(t,"probas",e),"probas",r.length),probasAblated:Ke(b(t,"probas_ablated",e),"probas_ablated",r.length),heads:b(t,"heads",e)}}function Et(n){let t=n,e=`'${Ae}' interpreter`,r=b(t,"labels",e),s=b(t,"layers",e);return{labels:r,layers:s,probas:Er(b(t,"probas",e),"probas",s.length,r.length)}}function St(n,t){if(n==null)return null;if(typeof n!="number"||!Number.isFinite(n))throw new Error(`${t} is ${String(n)}; expected a finite number or null.`);return n}function Ir(n){let t=n,e=`'${Qe}' interpreter`,r=b(t,"methods",e).map(s=>{let o=b(s,"name",`${e} method`);return{name:o,comprehensiveness:St(s.comprehensiveness,`${o} comprehensiveness`),sufficiency:St(s.sufficiency,`${o} sufficiency`),kendallTau:St(s.kendall_tau,`${o} kendall_tau`),...s.error==null?{}:{error:String(s.error)}}});return{label:b(t,"label",e),probability:b(t,"probability",e),fractions:Ke(b(t,"fractions",e),"fractions"),methods:r}}var Lr=Symbol.for(""),Qn=n=>{if(n?.r===Lr)return n?._$litStatic$},Pr=n=>({_$litStatic$:n,r:Lr});var Cr=new Map,Nr=n=>(t,...e)=>{let r=e.length,s,o,i=[],a=[],l,c=0,d=!1;for(;c<r;){for(l=t[c];c<r&&(o=e[c],(s=Qn(o))!==void 0);)l+=s+t[++c],d=!0;c!==r&&a.push(o),i.push(l),c++}if(c===r&&i.push(t[r]),d){let u=i.join("$$lit$$");(t=Cr.get(u))===void 0&&(i.raw=i,Cr.set(u,t=i)),e=a}return n(t,...e)},Rr=Nr(m),To=Nr(j);var Fr=`/* Layout and status styles shared by lit-ext's modules. */
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
`;var Yn=["svg","png","html","json"],Zn=1;function es(n,t){return{format:"lit-ext",format_version:Zn,view:n,data:t}}function V(n,t){let e=Float32Array.from(n),r=new Uint8Array(e.buffer),s="";for(let o=0;o<r.length;o+=32768)s+=String.fromCharCode(...r.subarray(o,o+32768));return{dtype:"float32",shape:t,data:btoa(s)}}function ts(n){return n.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;")}function rs(n){return JSON.stringify(n).replace(/</g,"\\u003c")}function ns(n,t,e){let r=`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${ts(n)}</title></head>
<body>
`;return e==null?`${r}<div class="lit-ext-export" data-view="figure">
${t.toSvg()}
</div>
</body></html>
`:`${r}<div id="lit-ext-view" class="lit-ext-export"></div>
<script>"use strict";(()=>{function _(t){if(t.startsWith("#")){let c=parseInt(t.slice(1),16);return[c>>16&255,c>>8&255,c&255]}let[e,n,r]=(t.match(/[\\d.]+/g)??["0","0","0"]).map(Number),s=n/100*Math.min(r/100,1-r/100),o=c=>{let i=(c+e/30)%12;return Math.round(255*(r/100-s*Math.max(-1,Math.min(i-3,9-i,1))))};return[o(0),o(8),o(4)]}function L(t,e){let[n,r,s]=_(t);return\`rgba(\${n}, \${r}, \${s}, \${e.toFixed(3)})\`}var ie=[33,102,172],ae=[202,72,34];function G(t,e){let n=e>0?Math.min(1,Math.abs(t)/e):0,[r,s,o]=t>=0?ie:ae;return[Math.round(255+(r-255)*n),Math.round(255+(s-255)*n),Math.round(255+(o-255)*n)]}function U([t,e,n]){return\`rgb(\${t}, \${e}, \${n})\`}var M=64,le=12e3,$=8,ce=150,B=t=>\`\${t}px Roboto, sans-serif\`;function ue(t){return t<=40?[20,13]:t<=128?[16,12]:[13,10]}function z(t,e,n){let[r,s]=ue(e.visible.length);t.font=B(s);let o=20;for(let p of e.visible)o=Math.max(o,t.measureText(e.labels[p]).width);o=Math.min(ce,Math.ceil(o));let c=Math.min(8,r-6),d=e.numHeads*(c+1)+$+o+$,l=Math.max(80,Math.min(360,n-2*d)),a=Math.max(0,Math.floor((n-l-2*d)/2)),m=new Int32Array(e.tokens.length).fill(-1);e.visible.forEach((p,f)=>m[p]=f);let u=6;return{width:Math.max(n,l+2*d),height:u*2+e.visible.length*r,rowHeight:r,fontSize:s,top:u,leftTextRight:a+d-$,rightTextLeft:a+d+l+$,textWidth:o,squareSize:c,rowOf:m}}function P(t){return t==="all"?null:[t[0]==="A"?0:1,t[1]==="A"?0:1]}function pe(t,e,n){let r=P(t.filter);return r==null||t.segmentIds[e]===r[0]&&t.segmentIds[n]===r[1]}function R(t,e){return t.top+t.rowOf[e]*t.rowHeight+t.rowHeight/2}function W(t,e){let n=t.tokens.length,{weights:r,visible:s,active:o,threshold:c}=t,i=P(t.filter),d=t.segmentIds,l=o?.side==="left"?[o.index]:s,a=o?.side==="right"?[o.index]:s;for(let m of t.heads){let u=m*n*n;for(let p of l){if(i&&d[p]!==i[0])continue;let f=u+p*n;for(let y of a){if(i&&d[y]!==i[1])continue;let g=r[f+y];g>=c&&g>0&&e(m,p,y,Math.min(M,Math.max(1,Math.round(g*M))))}}}}function K(t,e,n){t.clearRect(0,0,n.width,n.height);let r=new Int32Array(M+1);W(e,(u,p,f,y)=>r[y]++);let s=1,o=0;for(let u=M;u>=1;u--){if(o>0&&o+r[u]>le){s=u+1;break}o+=r[u]}let c=0;for(let u=1;u<=M;u++)c+=r[u];let i=n.leftTextRight+$/2,d=n.rightTextLeft-$/2,l=new Float64Array(e.tokens.length);for(let u of e.visible)l[u]=R(n,u);let a=new Map;W(e,(u,p,f,y)=>{if(y<s)return;let g=u*(M+1)+y,b=a.get(g);b==null&&a.set(g,b=new Path2D),b.moveTo(i,l[p]),b.lineTo(d,l[f])}),t.lineWidth=1;for(let[u,p]of a){let f=Math.floor(u/(M+1)),y=u%(M+1);t.strokeStyle=L(e.headColors[f],y/M),t.stroke(p)}let m=s>1?(s-.5)/M:e.threshold;return{lines:o,overBudget:c-o,cutoff:m}}function de(t,e,n){if(t.measureText(e).width<=n)return e;let r=e.length;for(;r>1&&t.measureText(\`\${e.slice(0,r)}…\`).width>n;)r--;return\`\${e.slice(0,r)}…\`}function me(t,e,n){let r=[];t.font=B(n.fontSize),t.textBaseline="middle";let s=P(e.filter);for(let o of["left","right"]){t.textAlign=o==="left"?"right":"left";let c=o==="left"?n.leftTextRight:n.rightTextLeft;for(let i of e.visible){let d=R(n,i),l=e.active?.side===o&&e.active.index===i;if(l){let p=o==="left"?c-n.textWidth-2:c-2;t.fillStyle=e.pinned?"#c0e7e3":"#e8eaed",t.fillRect(p,d-n.rowHeight/2+1,n.textWidth+4,n.rowHeight-2)}let a=s?s[o==="left"?0:1]:null,m=a!=null&&e.segmentIds[i]!==a;t.fillStyle=m?"#bdc1c6":l?"#202124":"#3c4043";let u=de(t,e.labels[i],n.textWidth);t.fillText(u,c,d),o==="left"&&r.push(u)}}return r}function he(t,e,n){let r=e.active;if(r==null)return;let s=e.tokens.length,o=n.squareSize,c=r.side==="right";for(let i of e.visible){let[d,l]=c?[i,r.index]:[r.index,i];if(!pe(e,d,l))continue;let a=R(n,i);e.heads.forEach((m,u)=>{let p=e.weights[m*s*s+d*s+l],f=c?n.leftTextRight-n.textWidth-$-(u+1)*(o+1):n.rightTextLeft+n.textWidth+$+u*(o+1);t.fillStyle=L(e.headColors[m],Math.min(1,p)),t.fillRect(f,a-o/2,o,o)})}}function X(t,e,n){t.clearRect(0,0,n.width,n.height);let r=me(t,e,n);return he(t,e,n),r}function Q(t,e,n,r){for(let s of[t,e])s.style.width=\`\${n.width}px\`,s.style.height=\`\${n.height}px\`;t.width=n.width,t.height=n.height,e.width=Math.round(n.width*r),e.height=Math.round(n.height*r),e.getContext("2d").setTransform(r,0,0,r,0,0)}function I(t,e,n,r){let s=Math.floor((r-e.top)/e.rowHeight);if(s<0||s>=t.visible.length)return null;let o=(e.leftTextRight+e.rightTextLeft)/2,c=n<o?"left":"right",i=t.numHeads*(e.squareSize+1)+$;return(c==="left"?n>=e.leftTextRight-e.textWidth-i&&n<=e.leftTextRight+$:n>=e.rightTextLeft-$&&n<=e.rightTextLeft+e.textWidth+i)?{side:c,index:t.visible[s]}:null}function Y(t,e,n){return n<0||n>=t.rowOf.length||t.rowOf[n]<0?null:{x:e==="left"?t.leftTextRight-10:t.rightTextLeft+10,y:R(t,n)}}function J(t){let e=0;for(let n=1;n<t.length;n++)t[n]>t[e]&&(e=n);return e}function fe(t){let e=t;return e!=null&&typeof e=="object"&&typeof e.data=="string"&&Array.isArray(e.shape)&&(e.dtype==="uint10"||e.dtype==="float32")}function xe(t){let e=Uint8Array.fromBase64;if(e)return e(t);let n=atob(t),r=new Uint8Array(n.length);for(let s=0;s<n.length;s++)r[s]=n.charCodeAt(s);return r}var be=new Uint8Array(new Uint16Array([1]).buffer)[0]===1;function ye(t,e,n){if(t.byteLength!==e*4)throw new Error(\`encoded float32 array has \${t.byteLength} bytes; its shape needs \${e*4}.\`);if(n)return new Float32Array(t.buffer.slice(t.byteOffset,t.byteOffset+e*4));let r=new DataView(t.buffer,t.byteOffset,t.byteLength),s=new Float32Array(e);for(let o=0;o<e;o++)s[o]=r.getFloat32(4*o,!0);return s}function ge(t,e,n){let r=e+Math.ceil(e/4);if(t.byteLength!==r)throw new Error(\`encoded uint10 array has \${t.byteLength} bytes; its shape needs \${r}.\`);if(!(n>0))throw new Error(\`uint10 array needs a positive scale, got \${n}.\`);let s=new Float32Array(1024);for(let i=0;i<1024;i++)s[i]=i/n;let o=new Float32Array(e),c=e-e%4;for(let i=0,d=e;i<c;i+=4,d++){let l=t[d];o[i]=s[t[i]|(l&192)<<2],o[i+1]=s[t[i+1]|(l&48)<<4],o[i+2]=s[t[i+2]|(l&12)<<6],o[i+3]=s[t[i+3]|(l&3)<<8]}for(let i=c;i<e;i++){let d=t[e+(i>>2)]>>6-2*(i&3)&3;o[i]=s[t[i]|d<<8]}return o}function S(t){if(!fe(t))throw new Error("expected an encoded array {dtype, shape, scale, data}.");let e=xe(t.data),n=t.shape.reduce((s,o)=>s*o,1),r=t.dtype==="uint10"?ge(e,n,t.scale??0):ye(e,n,be);return{shape:[...t.shape],values:r}}var we="attention",ke="neuron_view",ve="nmf";function k(t,e,n){if(!(e in t))throw new Error(\`\${n} response has no '\${e}' field.\`);return t[e]}function N(t,e,n){if(!(e.length===n.length&&e.every((s,o)=>n[o]<0||s===n[o]))){let s=n.map(o=>o<0?"?":o).join(", ");throw new Error(\`\${t} has shape (\${e.join(", ")}); expected (\${s}).\`)}}function D(t,e,n){if(!Array.isArray(e)||e.length!==n){let r=Array.isArray(e)?e.length:typeof e;throw new Error(\`\${t} has \${r} entries but there are \${n} tokens.\`)}}function O(t,e){let n=k(t,"tokens",e),r={tokens:n,displayTokens:k(t,"display_tokens",e),specialTokens:k(t,"special_tokens",e),segmentIds:k(t,"segment_ids",e)};return D("display_tokens",r.displayTokens,n.length),D("special_tokens",r.specialTokens,n.length),D("segment_ids",r.segmentIds,n.length),r}function H(t,e){let n=t.displayTokens[e],r=t.tokens[e];return r===n?\`\${n} (#\${e})\`:\`\${n} (#\${e}, token \${r})\`}function Z(t){let e=t,n=\`'\${we}' interpreter\`,r=O(e,n),s=k(e,"layers",n),o=k(e,"num_heads",n),c=S(k(e,"attention",n)),i=r.tokens.length;N("attention",c.shape,[s.length,o,i,i]);let d=o*i*i,l=s.map((m,u)=>c.values.subarray(u*d,(u+1)*d)),a=typeof e.num_layers=="number"?e.num_layers:null;return{...r,layers:s,numHeads:o,numLayers:a,weights:l}}function Ae(t,e,n){let r=t,s=k(r,"name",\`\${n} term\`),o=S(k(r,"values",\`\${n} term '\${s}'\`));return N(\`term '\${s}'\`,o.shape,[e,e]),{name:s,label:String(r.label??s),description:String(r.description??""),values:o.values}}function ee(t){let e=t,n=\`'\${ke}' interpreter\`,r=O(e,n),s=r.tokens.length,o=S(k(e,"query",n)),c=S(k(e,"key",n)),i=S(k(e,"attention",n));N("query",o.shape,[s,-1]),N("key",c.shape,o.shape),N("attention",i.shape,[s,s]);let d=k(e,"key_allowed",n),l=null;if(d!=null){let m=S(d);N("key_allowed",m.shape,[s,s]),l=Uint8Array.from(m.values,u=>u>.5?1:0)}let a=k(e,"scale",n);if(!(typeof a=="number"&&Number.isFinite(a)))throw new Error(\`\${n} response has scale \${a}; expected a finite number.\`);return{...r,layer:k(e,"layer",n),head:k(e,"head",n),headDim:o.shape[1],query:o.values,key:c.values,scale:a,scaleLabel:k(e,"scale_label",n),positionTransform:k(e,"position_transform",n),terms:k(e,"terms",n).map(m=>Ae(m,s,n)),keyAllowed:l,attention:i.values}}function te(t){let e=t,n=\`'\${ve}' interpreter\`,r=O(e,n),s=r.tokens,o=S(k(e,"factors",n));N("factors",o.shape,[-1,s.length]);let c=o.shape[0],i=k(e,"top_neurons",n),d=k(e,"layer_share",n);if(i.length!==c||d.length!==c)throw new Error(\`nmf response has \${c} factors but \${i.length} neuron lists and \${d.length} layer shares.\`);return{...r,tokenMask:e.token_mask??s.map(()=>!0),layers:k(e,"layers",n),k:c,factors:o.values,topNeurons:i,layerShare:d,reconstructionError:Number(e.reconstruction_error??NaN)}}function ne(t,e){let n=t.tokens.length,r=t.headDim,s=e*n,o=t.query.subarray(e*r,(e+1)*r),c=[],i=new Float64Array(n);for(let p=0;p<n;p++){let f=new Float32Array(r),y=0;for(let g=0;g<r;g++)f[g]=o[g]*t.key[p*r+g],y+=f[g];c.push(f),i[p]=t.scale*y}let d=t.terms.map(p=>Float64Array.from(p.values.subarray(s,s+n))),l=i.map((p,f)=>d.reduce((y,g)=>y+g[f],p)),a=Array.from({length:n},(p,f)=>t.keyAllowed?.[s+f]!==0),m=Te(l,a),u=0;for(let p=0;p<n;p++)u=Math.max(u,Math.abs(m[p]-t.attention[s+p]));return{query:o,products:c,scaled:i,terms:d,sums:l,allowed:a,softmax:m,maxDiff:u}}function Te(t,e){let n=-1/0;t.forEach((o,c)=>{e[c]&&(n=Math.max(n,o))});let r=t.map((o,c)=>e[c]?Math.exp(o-n):0),s=r.reduce((o,c)=>o+c,0);return r.map(o=>s>0?o/s:0)}function $e(t){return t.startsWith("1/")?\`q·k/\${t.slice(2)}\`:\`q·k·\${t}\`}function re(t){return[$e(t.scaleLabel),...t.terms.map(e=>e.name)].join(" + ")}var oe=\`/* The exported views (standalone.ts): scoped to .lit-ext-export, so a notebook's own styles and
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
\`;function se(t,e,n,r,[s,o,c]){let i=Math.min(r,t.width),d=new Float32Array(i*i),l=n*r*r;for(let p=0;p<r;p++){let f=Math.floor(p*i/r)*i;for(let y=0;y<r;y++){let g=f+Math.floor(y*i/r),b=e[l+p*r+y];b>d[g]&&(d[g]=b)}}let a=new ImageData(i,i);for(let p=0;p<i*i;p++){let f=Math.sqrt(Math.min(1,d[p]));a.data[4*p]=Math.round(255+(s-255)*f),a.data[4*p+1]=Math.round(255+(o-255)*f),a.data[4*p+2]=Math.round(255+(c-255)*f),a.data[4*p+3]=255}let m=document.createElement("canvas");m.width=i,m.height=i,m.getContext("2d").putImageData(a,0,0);let u=t.getContext("2d");u.imageSmoothingEnabled=!1,u.clearRect(0,0,t.width,t.height),u.drawImage(m,0,0,t.width,t.height)}var V=1;function h(t,e="",n=""){let r=document.createElement(t);return e&&(r.className=e),n&&(r.textContent=n),r}function Me(t,e){if(e.format_version!==V)throw new Error(\`lit-ext export format \${e.format_version}; this page reads \${V}.\`);if(t.replaceChildren(),t.classList.add("lit-ext-export"),t.append(h("style","",oe)),t.dataset.view=e.view,e.view==="attention")Se(t,Z(e.payload),e);else if(e.view==="neuron")Fe(t,ee(e.payload),e);else if(e.view==="nmf")Le(t,te(e.payload),e);else throw new Error(\`unknown lit-ext view '\${String(e.view)}'.\`)}function Se(t,e,n){let r=e.tokens.length,s=n.options.threshold??.01,o=Math.max(0,e.layers.indexOf(n.options.layer??e.layers[0])),c=new Set(n.options.heads??(n.options.head==null?Array.from({length:e.numHeads},(w,x)=>x):[n.options.head])),i=Array.from({length:r},(w,x)=>x).filter(w=>!n.options.hideSpecial||!e.specialTokens[w]),d=n.options.pinned??null,l=d!=null,a=null,m=null;t.append(h("div","title",\`Attention: \${e.layers.length} layers × \${e.numHeads} heads, \${r} tokens. Lines go from each query token (left) to the keys it attends to (right), opacity = weight (weights ≥ \${s}). Hover or click a token to isolate it.\`));let u=h("div","controls"),p=h("select","layer-select");e.layers.forEach((w,x)=>p.append(new Option(\`Layer \${w}\`,String(x)))),p.value=String(o);let f=n.colors.slice(0,e.numHeads).map((w,x)=>{let v=h("button","head-chip",String(x));return v.dataset.head=String(x),v.style.setProperty("--head-color",w),v.title=\`head \${x}: click to show or hide\`,v.onclick=()=>{c.has(x)?c.delete(x):c.add(x),E()},v}),y=h("span","line-stats");u.append(p,...f,y);let g=h("div","canvas-stack"),b=h("canvas","lines"),A=h("canvas","labels");g.append(b,A);let C=h("div","thumbs");t.append(u,g,C);let E=()=>{let w=e.weights[o];m={tokens:e.tokens,labels:e.displayTokens,segmentIds:e.segmentIds,numHeads:e.numHeads,weights:w,heads:[...c].sort((v,T)=>v-T),headColors:n.colors,visible:i,filter:"all",threshold:s,active:d,pinned:l},a=z(A.getContext("2d"),m,Math.max(480,Math.min(900,t.clientWidth))),Q(b,A,a,window.devicePixelRatio||1);let x=K(b.getContext("2d"),m,a);X(A.getContext("2d"),m,a),f.forEach((v,T)=>v.classList.toggle("on",c.has(T))),y.textContent=\`\${x.lines} lines\`+(x.overBudget?\`; \${x.overBudget} weaker ones hidden (weights < \${x.cutoff.toFixed(3)})\`:"");for(let v of C.querySelectorAll(".thumb"))v.classList.toggle("selected",Number(v.dataset.layer)===e.layers[o]&&c.has(Number(v.dataset.head)));Object.assign(t.dataset,{layer:String(e.layers[o]),heads:m.heads.join(","),tokens:String(r),lines:String(x.lines),active:d?\`\${d.side}:\${d.index}\`:""})};p.onchange=()=>{o=Number(p.value),E()},A.onmousemove=w=>{if(l||m==null||a==null)return;let x=I(m,a,w.offsetX,w.offsetY);(x?.side!==d?.side||x?.index!==d?.index)&&(d=x,E())},A.onmouseleave=()=>{!l&&d&&(d=null,E())},A.onclick=w=>{if(m==null||a==null)return;let x=I(m,a,w.offsetX,w.offsetY);l=x!=null&&!(l&&x.side===d?.side&&x.index===d.index),d=x,E()},e.layers.forEach((w,x)=>{let v=h("div","thumb-row");v.append(h("span","thumb-label",\`L\${w}\`));for(let T=0;T<e.numHeads;T++){let F=h("canvas","thumb");F.width=F.height=48,Object.assign(F.dataset,{layer:String(w),head:String(T)}),F.title=\`layer \${w}, head \${T}: click to show it alone above\`,se(F,e.weights[x],T,r,_(n.colors[T])),F.onclick=()=>{o=x,p.value=String(x),c.clear(),c.add(T),E()},v.append(F)}C.append(v)}),E(),Object.assign(t,{tokenPosition:(w,x)=>a?Y(a,w,x):null})}function j(t,e,n){let r=h("span","vector");for(let s=0;s<t.length;s++){let o=h("i");o.style.background=U(G(t[s],e)),o.title=\`\${n}[\${s}] = \${t[s].toFixed(4)}\`,r.append(o)}return r}function q(t){let e=0;for(let n=0;n<t.length;n++)e=Math.max(e,Math.abs(t[n]));return e}function Fe(t,e,n){let r=e.tokens.length,s=n.colors[e.head%n.colors.length],o=n.options.query??Math.max(0,e.specialTokens.indexOf(!1));t.append(h("div","title",\`Layer \${e.layer}, head \${e.head}: softmax(\${re(e)}) for the chosen query token, per key; head_dim \${e.headDim}\`+(e.positionTransform?\`, q and k after the \${e.positionTransform} transform.\`:".")));let c=h("div","queries"),i=h("table","scores");t.append(c,i);let d=Math.max(q(e.query),q(e.key)),l=()=>{let a=ne(e,o),m=Math.max(...a.products.map(q));c.querySelectorAll(".token").forEach((b,A)=>b.classList.toggle("on",A===o));let u=h("tr");for(let b of["key","k","q∘k","scaled q·k",...e.terms.map(A=>A.name),"score","softmax","attention"])u.append(h("th","",b));let p=[u],f=h("tr","query-row"),y=h("th","",\`q: \${e.displayTokens[o]}\`),g=h("td");g.append(j(a.query,d,"q")),f.append(y,g),p.push(f);for(let b=0;b<r;b++){let A=h("tr","key-row");A.dataset.key=String(b);let C=h("th","",e.displayTokens[b]);C.title=H(e,b);let E=h("td");E.append(j(e.key.subarray(b*e.headDim,(b+1)*e.headDim),d,"k"));let w=h("td");w.append(j(a.products[b],m,"q∘k")),A.append(C,E,w,h("td","num",a.scaled[b].toFixed(3)),...a.terms.map(T=>h("td","num",T[b].toFixed(3))),h("td","num",a.allowed[b]?a.sums[b].toFixed(3):"masked"),h("td","num",a.softmax[b].toFixed(4)));let x=e.attention[o*r+b],v=h("td","attention num",x.toFixed(4));v.setAttribute("style",\`background: \${L(s,Math.min(1,x))}\`),A.append(v),p.push(A)}i.replaceChildren(...p),Object.assign(t.dataset,{query:String(o),maxDiff:String(a.maxDiff)})};e.displayTokens.forEach((a,m)=>{let u=h("button","token",a);u.title=\`\${H(e,m)}: show its scores\`,u.onclick=()=>{o=m,l()},c.append(u)}),l()}function Le(t,e,n){let r=e.tokens.length,s=Array.from({length:e.k},(l,a)=>q(e.factors.subarray(a*r,(a+1)*r))),o=(l,a)=>s[l]>0?e.factors[l*r+a]/s[l]:0;t.append(h("div","title",\`NMF: \${e.k} factors of the FFN neurons of layers \${e.layers[0]}–\${e.layers[e.layers.length-1]} (relative reconstruction error \${e.reconstructionError.toFixed(3)}). Each cell: the factor's activation on the token, relative to its largest.\`));let c=h("div","sentence");for(let l=0;l<r;l++){let a=h("span","token",e.displayTokens[l]),m=Array.from({length:e.k},(p,f)=>o(f,l)),u=J(m);e.tokenMask[l]&&m[u]>0&&(a.style.background=L(n.colors[u],m[u]*.85)),a.title=\`\${H(e,l)}: \`+m.map((p,f)=>\`F\${f} \${e.factors[f*r+l].toFixed(3)}\`).join(", "),c.append(a)}let i=h("div","heatmap");i.style.gridTemplateColumns=\`48px repeat(\${r}, 22px)\`,i.append(h("span"));for(let l=0;l<r;l++){let a=h("span","column-label",e.displayTokens[l]);a.title=H(e,l),i.append(a)}for(let l=0;l<e.k;l++){let a=h("span","factor-chip",\`F\${l}\`);a.dataset.factor=String(l),a.style.setProperty("--head-color",n.colors[l]),i.append(a);for(let m=0;m<r;m++){let u=h("div","cell");Object.assign(u.dataset,{factor:String(l),token:String(m)}),u.setAttribute("style",\`background: \${L(n.colors[l],o(l,m))}\`),u.title=\`factor \${l}, \${H(e,m)}: \${e.factors[l*r+m].toFixed(4)}\`,i.append(u)}}let d=h("table","neurons");e.topNeurons.forEach((l,a)=>{let m=h("tr"),u=h("td","factor-chip",\`F\${a}\`);u.style.setProperty("--head-color",n.colors[a]),m.append(u,h("td","",l.slice(0,5).map(p=>\`L\${p.layer}:\${p.index}\`).join(", ")),h("td","",e.layers.map((p,f)=>\`L\${p} \${(100*e.layerShare[a][f]).toFixed(0)}%\`).join(" "))),d.append(m)}),t.append(c,i,d),t.dataset.factors=String(e.k)}window.litExtStandalone={render:Me,version:V};})();
<\/script>
<script>(function () {
  var root = document.getElementById("lit-ext-view");
  try { window.litExtStandalone.render(root, ${rs(e)}); }
  catch (e) { root.insertAdjacentText('afterbegin', 'lit-ext: ' + e.message); }
})();<\/script>
</body></html>
`}function ss(n,t){return`${n.replace(/[^\w.-]+/g,"_")}.${t}`}function os(n,t){let e=URL.createObjectURL(n),r=document.createElement("a");r.href=e,r.download=t,r.style.display="none",document.body.append(r),r.click(),r.remove(),setTimeout(()=>URL.revokeObjectURL(e),6e4)}async function is(n,t){if(t==="json")return new Blob([JSON.stringify(es(n.view,n.data()))],{type:"application/json"});let e=n.figure();return t==="svg"?new Blob([e.toSvg()],{type:"image/svg+xml"}):t==="png"?e.toPng():new Blob([ns(n.title,e,n.standalone())],{type:"text/html"})}async function as(n,t){let e=ss(n.name,t);return os(await is(n,t),e),e}function Hr(n,t){let e=r=>async()=>{let s=n();if(s!=null)try{await as(s,r)}catch(o){t(`Export as ${r.toUpperCase()} failed: ${o.message??o}`)}};return m`
    <span class="export-menu" role="group" aria-label="Export">
      <span class="hint">Export</span>
      ${Yn.map(r=>m`
        <button class="hairline-button export" data-format=${r} @click=${e(r)}
            title=${ls[r]}>${r.toUpperCase()}</button>`)}
    </span>`}var ls={svg:"A vector figure of what this view shows (tokens as text)",png:"The same figure as a PNG, 2 pixels per screen pixel",html:"A self-contained page: opens offline, with no server",json:"The data this view shows"};var Je="classification-module";function cs(n){let t=n.prototype;return Object.prototype.hasOwnProperty.call(t,"renderImpl")&&Object.prototype.hasOwnProperty.call(t,"loadLatest")&&Object.prototype.hasOwnProperty.call(n,"shouldDisplayModule")}function ds(){let n=customElements.get(Je);if(n==null)throw new Error(`lit-ext: LIT's <${Je}> is not defined; load lit-ext's bundle right after LIT's main.js.`);let t=n;for(;t!=null&&t!==HTMLElement;){if(cs(t))return t;t=Object.getPrototypeOf(t)}throw new Error(`lit-ext: could not find LIT's LitModule class above <${Je}>; this LIT version is not supported.`)}var Or=ds(),Dr=(()=>{let t=customElements.get(Je)?.styles;return Array.isArray(t)&&t.length>0?[t[0]]:[]})();function W(n,t){return Object.values(n).some(e=>e.interpreters?.includes(t))}function qr(n){let e=(n instanceof Error?n.message:String(n)).split(`

Details:`)[0].replace(/^Uncaught error:\s*/,"").trim();return e.length>500?`${e.slice(0,500)}…`:e||"Unknown error"}function C(n){return[Dr,Le`${ve(Fr)}`,Le`${ve(n)}`]}var ue="main",_t="export",_=class extends Or{constructor(){super();this.requestSeqs=new Map;this.requestsInFlight=new Set;this.requestErrors=new Map;this.data=null}static{this.duplicateForExampleComparison=!0}static{this.duplicateForModelComparison=!0}static{this.properties={data:{state:!0}}}get inputs(){let e=this.selectedInput;return e==null?[]:[e]}accept(e){this.data=e}inputsChanged(){}renderControls(){return g}exportSource(e){return null}exportName(e,...r){let s=this.inputs.length===1?[this.inputs[0].id.slice(0,8)]:[`${this.inputs.length}_examples`];return[e,this.model,...s,...r].join("_")}get loadingMessage(){return"Loading…"}hasInterpreter(e){return this.appState.currentModelInfos[this.model]?.interpreters?.includes(e)??!1}get selectedInput(){return this.selectionService.primarySelectedInputData}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.inputs,this.model],()=>{this.inputsChanged(),this.reload()})}async reload(){let e=this.inputs;if(e.length===0){this.cancel(ue),this.data=null;return}let r=await this.request(ue,this.load(e));r!=null&&this.accept(r)}async request(e,r){let s=(this.requestSeqs.get(e)??0)+1;this.requestSeqs.set(e,s),this.requestsInFlight.add(e),this.requestErrors.delete(e),this.requestUpdate();let o=()=>this.requestSeqs.get(e)===s;try{let i=await this.loadLatest(e,r);return o()?(this.requestsInFlight.delete(e),this.requestUpdate(),i):null}catch(i){return o()&&(this.requestsInFlight.delete(e),this.requestErrors.set(e,qr(i)),this.setIsLoading(!1),this.requestUpdate()),null}}cancel(e){this.requestSeqs.set(e,(this.requestSeqs.get(e)??0)+1),this.requestsInFlight.delete(e),this.requestErrors.delete(e),this.requestUpdate()}isLoading(e=ue){return this.requestsInFlight.has(e)}errorOf(e=ue){return this.requestErrors.get(e)??null}stateOf(e,r){return this.requestErrors.has(e)?"error":this.requestsInFlight.has(e)?"loading":r?"ready":"empty"}renderStatus(e,r=null,s="Loading…"){let o=this.errorOf(e);return o?m`<div class="status error" role="alert">${o}</div>`:this.isLoading(e)?m`<div class="status" role="status"><div class="spinner"></div>${s}</div>`:r?m`<div class="status hint">${r}</div>`:g}renderExport(){let e=this.data;return e==null||this.errorOf()!=null||this.exportSource(e)==null?g:m`
      <div class="export-bar">${Hr(()=>(this.requestErrors.delete(_t),this.requestUpdate(),this.data==null?null:this.exportSource(this.data)),o=>{this.requestErrors.set(_t,o),this.requestUpdate()})}${this.renderStatus(_t)}</div>`}renderImpl(){let e=this.data==null&&this.inputs.length===0?this.emptyMessage:null;return m`
      <div class="module-container">
        ${this.renderExport()}
        ${this.renderControls()}
        <div class="body">
          ${this.renderStatus(ue,e,this.loadingMessage)}
          ${this.data!=null&&!this.errorOf()?this.renderData(this.data):g}
        </div>
      </div>`}updated(e){super.updated(e),this.dataset.state=this.stateOf(ue,this.data!=null)}};function L(n,t){let e=Pr(n);t.template=(r,s,o)=>Rr`<${e} model=${r} .shouldReact=${o}
          selectionServiceIndex=${s}></${e}>`,customElements.define(n,t)}var he=class{constructor(t){this.onChange=t;this.progress=null;this.controller=null}get running(){return this.controller!=null}async track(t){this.stop();let e=new AbortController;this.controller=e,this.onChange();let r=(s,o)=>{e.signal.aborted||(this.progress=[s,o],this.onChange())};try{return await t({signal:e.signal,onProgress:r})}finally{this.controller===e&&(this.controller=null,this.progress=null,this.onChange())}}stop(){this.controller!=null&&(this.controller.abort(),this.controller=null,this.progress=null,this.onChange())}};function us(n,t){if(!(t>=1))throw new Error(`batch size must be at least 1, got ${t}`);let e=[];for(let r=0;r<n.length;r+=t)e.push(n.slice(r,r+t));return e}async function te(n,t,e,r,s,o,i={}){let a=Math.min(i.batchSize??32,32),l=[];i.onProgress?.(0,t.length);for(let c of us(t,a)){i.signal?.throwIfAborted();let d=await n.getInterpretations(c,e,r,s,o,i.message,!0);if(!Array.isArray(d)||d.length!==c.length)throw new Error(`'${s}' returned ${Array.isArray(d)?d.length:"no"} results for ${c.length} examples.`);l.push(...d),i.onBatch?.(c,d),i.onProgress?.(l.length,t.length)}return l}var Br=`.scope {
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
`;function re(n){let t=0;for(let e=1;e<n.length;e++)n[e]>n[t]&&(t=e);return t}function Ye(n){return n.reduce((t,e)=>t+e,0)/n.length}var ne=[{key:"comprehensiveness",label:"Comprehensiveness",higherIsBetter:!0,definition:"how much the predicted class's probability drops when the method's top words are deleted, averaged over the fractions of words removed (AOPC)"},{key:"sufficiency",label:"Sufficiency",higherIsBetter:!1,definition:"how much it drops when only the top words are kept (AOPC)"},{key:"kendallTau",label:"Kendall τ",higherIsBetter:!0,definition:"rank correlation of the method's word scores with leave-one-out importance (the drop when that word alone is deleted)"}];function Mt(n){let t=new Map;for(let e of n)for(let r of e.methods)t.set(r.name,[...t.get(r.name)??[],r]);return[...t].map(([e,r])=>{let s={name:e,comprehensiveness:null,sufficiency:null,kendallTau:null,counts:{comprehensiveness:0,sufficiency:0,kendallTau:0},refused:r.filter(o=>o.error!=null).length,errors:[...new Set(r.flatMap(o=>o.error==null?[]:[o.error]))]};for(let{key:o}of ne){let i=r.map(a=>a[o]).filter(a=>a!=null);s.counts[o]=i.length,s[o]=i.length?Ye(i):null}return s})}function Tt(n,t){let r=ne.find(s=>s.key===t).higherIsBetter?-1:1;return[...n].sort((s,o)=>{let i=s[t],a=o[t];return i==null||a==null?(i==null?1:0)-(a==null?1:0):r*(i-a)})}var Ur=["#d62728","#1f5fd6","#2ca02c","#ff7f0e","#8e44ad","#17a2b8","#e6399b","#8c564b","#556b2f","#000080","#b8860b","#7f7f7f","#00a087","#b22d5b","#5b3fd6","#6b8e23"];function k(n){return n<Ur.length?Ur[n]:`hsl(${(n*137.508%360).toFixed(1)}, 65%, 42%)`}function Se(n){if(n.startsWith("#")){let i=parseInt(n.slice(1),16);return[i>>16&255,i>>8&255,i&255]}let[t,e,r]=(n.match(/[\d.]+/g)??["0","0","0"]).map(Number),s=e/100*Math.min(r/100,1-r/100),o=i=>{let a=(i+t/30)%12;return Math.round(255*(r/100-s*Math.max(-1,Math.min(a-3,9-a,1))))};return[o(0),o(8),o(4)]}function pe(n,t){let[e,r,s]=Se(n);return`rgba(${e}, ${r}, ${s}, ${t.toFixed(3)})`}var zr=[33,102,172],Vr=[202,72,34];function B(n,t){let e=t>0?Math.min(1,Math.abs(n)/t):0,[r,s,o]=n>=0?zr:Vr;return[Math.round(255+(r-255)*e),Math.round(255+(s-255)*e),Math.round(255+(o-255)*e)]}function se([n,t,e]){return`rgb(${n}, ${t}, ${e})`}var jr=[128,134,139];function It(n,t){let e=t>0?Math.min(1,Math.abs(n)/t):0,r=n>=0?zr:Vr;return[0,1,2].map(s=>Math.round(jr[s]+(r[s]-jr[s])*e))}var N=64,ps=12e3,P=8,ms=150,Kr=n=>`${n}px Roboto, sans-serif`;function fs(n){return n<=40?[20,13]:n<=128?[16,12]:[13,10]}function Gr(n,t,e){let[r,s]=fs(t.visible.length);n.font=Kr(s);let o=20;for(let h of t.visible)o=Math.max(o,n.measureText(t.labels[h]).width);o=Math.min(ms,Math.ceil(o));let i=Math.min(8,r-6),l=t.numHeads*(i+1)+P+o+P,c=Math.max(80,Math.min(360,e-2*l)),d=Math.max(0,Math.floor((e-c-2*l)/2)),u=new Int32Array(t.tokens.length).fill(-1);t.visible.forEach((h,f)=>u[h]=f);let p=6;return{width:Math.max(e,c+2*l),height:p*2+t.visible.length*r,rowHeight:r,fontSize:s,top:p,leftTextRight:d+l-P,rightTextLeft:d+l+c+P,textWidth:o,squareSize:i,rowOf:u}}function Ct(n){return n==="all"?null:[n[0]==="A"?0:1,n[1]==="A"?0:1]}function Lt(n,t,e){let r=Ct(n.filter);return r==null||n.segmentIds[t]===r[0]&&n.segmentIds[e]===r[1]}function Ze(n,t){return n.top+n.rowOf[t]*n.rowHeight+n.rowHeight/2}function Wr(n,t){let e=n.tokens.length,{weights:r,visible:s,active:o,threshold:i}=n,a=Ct(n.filter),l=n.segmentIds,c=o?.side==="left"?[o.index]:s,d=o?.side==="right"?[o.index]:s;for(let u of n.heads){let p=u*e*e;for(let h of c){if(a&&l[h]!==a[0])continue;let f=p+h*e;for(let y of d){if(a&&l[y]!==a[1])continue;let $=r[f+y];$>=i&&$>0&&t(u,h,y,Math.min(N,Math.max(1,Math.round($*N))))}}}}function Xr(n,t,e){n.clearRect(0,0,e.width,e.height);let r=new Int32Array(N+1);Wr(t,(p,h,f,y)=>r[y]++);let s=1,o=0;for(let p=N;p>=1;p--){if(o>0&&o+r[p]>ps){s=p+1;break}o+=r[p]}let i=0;for(let p=1;p<=N;p++)i+=r[p];let a=e.leftTextRight+P/2,l=e.rightTextLeft-P/2,c=new Float64Array(t.tokens.length);for(let p of t.visible)c[p]=Ze(e,p);let d=new Map;Wr(t,(p,h,f,y)=>{if(y<s)return;let $=p*(N+1)+y,v=d.get($);v==null&&d.set($,v=new Path2D),v.moveTo(a,c[h]),v.lineTo(l,c[f])}),n.lineWidth=1;for(let[p,h]of d){let f=Math.floor(p/(N+1)),y=p%(N+1);n.strokeStyle=pe(t.headColors[f],y/N),n.stroke(h)}let u=s>1?(s-.5)/N:t.threshold;return{lines:o,overBudget:i-o,cutoff:u}}function ys(n,t,e){if(n.measureText(t).width<=e)return t;let r=t.length;for(;r>1&&n.measureText(`${t.slice(0,r)}…`).width>e;)r--;return`${t.slice(0,r)}…`}function gs(n,t,e){let r=[];n.font=Kr(e.fontSize),n.textBaseline="middle";let s=Ct(t.filter);for(let o of["left","right"]){n.textAlign=o==="left"?"right":"left";let i=o==="left"?e.leftTextRight:e.rightTextLeft;for(let a of t.visible){let l=Ze(e,a),c=t.active?.side===o&&t.active.index===a;if(c){let h=o==="left"?i-e.textWidth-2:i-2;n.fillStyle=t.pinned?"#c0e7e3":"#e8eaed",n.fillRect(h,l-e.rowHeight/2+1,e.textWidth+4,e.rowHeight-2)}let d=s?s[o==="left"?0:1]:null,u=d!=null&&t.segmentIds[a]!==d;n.fillStyle=u?"#bdc1c6":c?"#202124":"#3c4043";let p=ys(n,t.labels[a],e.textWidth);n.fillText(p,i,l),o==="left"&&r.push(p)}}return r}function bs(n,t,e){let r=t.active;if(r==null)return;let s=t.tokens.length,o=e.squareSize,i=r.side==="right";for(let a of t.visible){let[l,c]=i?[a,r.index]:[r.index,a];if(!Lt(t,l,c))continue;let d=Ze(e,a);t.heads.forEach((u,p)=>{let h=t.weights[u*s*s+l*s+c],f=i?e.leftTextRight-e.textWidth-P-(p+1)*(o+1):e.rightTextLeft+e.textWidth+P+p*(o+1);n.fillStyle=pe(t.headColors[u],Math.min(1,h)),n.fillRect(f,d-o/2,o,o)})}}function Qr(n,t,e){n.clearRect(0,0,e.width,e.height);let r=gs(n,t,e);return bs(n,t,e),r}function Jr(n,t,e,r){for(let s of[n,t])s.style.width=`${e.width}px`,s.style.height=`${e.height}px`;n.width=e.width,n.height=e.height,t.width=Math.round(e.width*r),t.height=Math.round(e.height*r),t.getContext("2d").setTransform(r,0,0,r,0,0)}function Yr(n,t,e,r){let s=Math.floor((r-t.top)/t.rowHeight);if(s<0||s>=n.visible.length)return null;let o=(t.leftTextRight+t.rightTextLeft)/2,i=e<o?"left":"right",a=n.numHeads*(t.squareSize+1)+P;return(i==="left"?e>=t.leftTextRight-t.textWidth-a&&e<=t.leftTextRight+P:e>=t.rightTextLeft-P&&e<=t.rightTextLeft+t.textWidth+a)?{side:i,index:n.visible[s]}:null}function Zr(n,t,e){return e<0||e>=n.rowOf.length||n.rowOf[e]<0?null:{x:t==="left"?n.leftTextRight-10:n.rightTextLeft+10,y:Ze(n,e)}}function Pt(n,t){let e=n.tokens.length,r=n.headDim,s=t*e,o=n.query.subarray(t*r,(t+1)*r),i=[],a=new Float64Array(e);for(let h=0;h<e;h++){let f=new Float32Array(r),y=0;for(let $=0;$<r;$++)f[$]=o[$]*n.key[h*r+$],y+=f[$];i.push(f),a[h]=n.scale*y}let l=n.terms.map(h=>Float64Array.from(h.values.subarray(s,s+e))),c=a.map((h,f)=>l.reduce((y,$)=>y+$[f],h)),d=Array.from({length:e},(h,f)=>n.keyAllowed?.[s+f]!==0),u=vs(c,d),p=0;for(let h=0;h<e;h++)p=Math.max(p,Math.abs(u[h]-n.attention[s+h]));return{query:o,products:i,scaled:a,terms:l,sums:c,allowed:d,softmax:u,maxDiff:p}}function vs(n,t){let e=-1/0;n.forEach((o,i)=>{t[i]&&(e=Math.max(e,o))});let r=n.map((o,i)=>t[i]?Math.exp(o-e):0),s=r.reduce((o,i)=>o+i,0);return r.map(o=>s>0?o/s:0)}function Nt(n){return n.startsWith("1/")?`q·k/${n.slice(2)}`:`q·k·${n}`}function me(n){return[Nt(n.scaleLabel),...n.terms.map(t=>t.name)].join(" + ")}var tn="DejaVu Sans, Verdana, Arial, sans-serif",xs=1.05,$s=2,Rt=null;function K(n,t=12){return Rt??=document.createElement("canvas").getContext("2d"),Rt.font=`${t}px ${tn}`,Rt.measureText(n).width*xs}function et(n){return n.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;")}function T(n){return String(Math.round(n*100)/100)}function R(n){return"#"+(typeof n=="string"?Se(n):n).map(e=>e.toString(16).padStart(2,"0")).join("")}function Ft({className:n,data:t}){let e=n?` class="${et(n)}"`:"",r=Object.entries(t).map(([s,o])=>` data-${s}="${et(String(o))}"`).join("");return e+r}function en(n){return n?`<title>${et(n)}</title>`:""}var U=class{constructor(t,e){this.width=t;this.height=e;this.shapes=[]}text(t,e,r,{anchor:s="start",size:o=12,color:i="#3c4043",...a}={}){this.shapes.push({type:"text",x:t,y:e,text:r,anchor:s,size:o,color:i,className:a.className??"",title:a.title??"",data:a.data??{}}),s==="start"&&(this.width=Math.max(this.width,t+K(r,o)+8))}line(t,e,r,s,o,i,{width:a=1,...l}={}){this.shapes.push({type:"line",x1:t,y1:e,x2:r,y2:s,color:o,opacity:i,width:a,className:l.className??"",data:l.data??{}})}rect(t,e,r,s,o,i=1,{stroke:a=null,...l}={}){this.shapes.push({type:"rect",x:t,y:e,width:r,height:s,color:o,opacity:i,stroke:a,className:l.className??"",title:l.title??"",data:l.data??{}})}toSvg(){let t=T(Math.ceil(this.width)),e=T(Math.ceil(this.height)),r=[`<svg xmlns="http://www.w3.org/2000/svg" width="${t}" height="${e}" viewBox="0 0 ${t} ${e}" font-family="${tn}">`,'<rect width="100%" height="100%" fill="#ffffff"/>'];for(let s of this.shapes)if(s.type==="line")r.push(`<line${Ft(s)} x1="${T(s.x1)}" y1="${T(s.y1)}" x2="${T(s.x2)}" y2="${T(s.y2)}" stroke="${R(s.color)}" stroke-opacity="${s.opacity.toFixed(4)}" stroke-width="${s.width}"/>`);else if(s.type==="rect"){let o=s.stroke?` stroke="${R(s.stroke)}" stroke-width="2"`:"";r.push(`<rect${Ft(s)} x="${T(s.x)}" y="${T(s.y)}" width="${T(s.width)}" height="${T(s.height)}" fill="${R(s.color)}" fill-opacity="${s.opacity.toFixed(4)}"${o}>${en(s.title)}</rect>`)}else r.push(`<text${Ft(s)} x="${T(s.x)}" y="${T(s.y)}" font-size="${T(s.size)}" fill="${R(s.color)}" text-anchor="${s.anchor}" dominant-baseline="central">${en(s.title)}${et(s.text)}</text>`);return r.push("</svg>"),r.join(`
`)}async toPng(t=$s){let e=this.toSvg(),r=URL.createObjectURL(new Blob([e],{type:"image/svg+xml"}));try{let s=new Image;s.src=r,await s.decode();let o=document.createElement("canvas");o.width=Math.ceil(this.width)*t,o.height=Math.ceil(this.height)*t;let i=o.getContext("2d");return i.fillStyle="#ffffff",i.fillRect(0,0,o.width,o.height),i.drawImage(s,0,0,o.width,o.height),await new Promise((a,l)=>o.toBlob(c=>c?a(c):l(new Error("PNG encoding failed.")),"image/png"))}finally{URL.revokeObjectURL(r)}}};var A=16,nn=12,ws=150;function nt(n,t=nn){return Math.min(ws,Math.max(20,...n.map(e=>K(e,t))))}function st(n,t){return{tokens:t.map(e=>n.tokens[e]),display_tokens:t.map(e=>n.displayTokens[e]),special_tokens:t.map(e=>n.specialTokens[e]),segment_ids:t.map(e=>n.segmentIds[e]),token_indices:t}}function Ot(n){return{tokens:n.tokens,display_tokens:n.displayTokens,special_tokens:n.specialTokens,segment_ids:n.segmentIds}}function sn(n,t,e,r,s){return r.map(o=>s.map(i=>n[t+o*e+i]))}function ot(n,t){let e=[...n.layers.keys()].sort((i,a)=>i-a),r=n.tokens.length,s=n.numHeads*r*r,o=new Float32Array(e.length*s);return e.forEach((i,a)=>o.set(n.layers.get(i),a*s)),{format_version:1,view:"attention",payload:{...Ot(n),layers:e,num_heads:n.numHeads,num_layers:n.allLayers?.length??null,attention:V(o,[e.length,n.numHeads,r,r])},colors:Array.from({length:n.numHeads},(i,a)=>k(a)),options:t}}function on(n,t){let e=n.tokens.length,{visible:r,weights:s,threshold:o,active:i}=n,a=nt(r.map(x=>n.labels[x])),l=8+a,c=l+8,d=c+240,u=d+8,p=44,h=new U(u+a+8,p+r.length*A+8),f=n.heads.length===n.numHeads?"all heads":n.heads.length?`heads ${n.heads.join(", ")}`:"no heads",y=[n.filter==="all"?"":`sentences ${n.filter[0]} → ${n.filter[1]}`,r.length<e?`${e-r.length} special tokens hidden`:"",i?`lines of ${i.side==="left"?"query":"key"} '${n.labels[i.index]}' only`:""].filter(Boolean);h.text(8,12,`Layer ${t}, ${f}: query (left) → key (right), opacity = attention weight (≥ ${o})${y.length?`; ${y.join("; ")}`:""}`,{size:11,className:"caption"});let $=8;for(let x of n.heads)h.rect($,26,10,10,n.headColors[x],1,{className:"head-key",data:{head:x}}),h.text($+13,31,`H${x}`,{size:10}),$+=13+K(`H${x}`,10)+10;let v=new Map(r.map((x,w)=>[x,p+w*A+A/2]));if(i){let x=i.side==="left"?l-a-2:u-2;h.rect(x,v.get(i.index)-A/2+1,a+4,A-2,"#c0e7e3",1,{className:"active-token"})}let S=i?.side==="left"?[i.index]:r,ge=i?.side==="right"?[i.index]:r;for(let x of n.heads)for(let w of S)for(let M of ge){let ut=s[x*e*e+w*e+M];!(ut>=o&&ut>0)||!Lt(n,w,M)||h.line(c,v.get(w),d,v.get(M),n.headColors[x],ut,{className:"attention",data:{head:x,query:w,key:M}})}for(let x of r){let w=n.tokens[x];h.text(l,v.get(x),n.labels[x],{anchor:"end",className:"query",title:w,data:{index:x}}),h.text(u,v.get(x),n.labels[x],{anchor:"start",className:"key",title:w,data:{index:x}})}return h}function an(n,t,e){let r=n.tokens.length;return{...st(n,t.visible),layer:e,heads:t.heads,threshold:t.threshold,filter:t.filter,active:t.active?{...t.active,pinned:t.pinned}:null,weights:t.heads.map(s=>sn(t.weights,s*r*r,r,t.visible,t.visible))}}var ks=48,F=72;function ln(n,t){let e=[...n.layers.keys()].sort((u,p)=>u-p),r=n.tokens.length,s=Math.min(r,ks),o=F/s,i=36,a=56,l=F+8,c=new U(i+n.numHeads*l+8,a+e.length*l+8),d=s<r?`, max-pooled to ${s} × ${s}`:"";c.text(8,12,`Attention of every layer (rows) and head (columns): cell (i, j) = weight of query i → key j as opacity${d}. ${t.colorNote}`,{size:11,className:"caption"}),c.text(8,28,`Tokens: ${n.displayTokens.join(" ")}`,{size:10});for(let u=0;u<n.numHeads;u++)c.text(i+u*l+F/2,a-8,`H${u}`,{anchor:"middle",size:10});return e.forEach((u,p)=>{let h=n.layers.get(u),f=a+p*l;c.text(i-6,f+F/2,`L${u}`,{anchor:"end",size:10});for(let y=0;y<n.numHeads;y++){let $=i+y*l,v=t.color(u,y),S=new Float32Array(s*s);for(let x=0;x<r;x++)for(let w=0;w<r;w++){let M=Math.floor(x*s/r)*s+Math.floor(w*s/r);S[M]=Math.max(S[M],h[y*r*r+x*r+w])}let ge=t.selected?.[0]===u&&t.selected?.[1]===y;c.rect($,f,F,F,"#ffffff",1,{stroke:ge?"#202124":"#dadce0",className:"thumb",data:{layer:u,head:y,selected:ge?1:0}});for(let x=0;x<s;x++)for(let w=0;w<s;w++){let M=S[x*s+w];M<=0||c.rect($+w*o,f+x*o,o,o,v,M,{className:"cell",data:{layer:u,head:y,query:x,key:w}})}t.switchedOff.has(`${u}:${y}`)&&(c.line($,f,$+F,f+F,"#202124",1,{width:2,className:"off",data:{layer:u,head:y}}),c.line($+F,f,$,f+F,"#202124",1,{width:2,className:"off"}))}}),c}function cn(n,t){let e=[...n.layers.keys()].sort((o,i)=>o-i),r=n.tokens.length,s=n.tokens.map((o,i)=>i);return{...st(n,s),layers:e,num_heads:n.numHeads,weights:e.map(o=>Array.from({length:n.numHeads},(i,a)=>sn(n.layers.get(o),a*r*r,r,s,s))),...t}}function dn(n,t){let e=n.tokens.length;return{format_version:1,view:"neuron",payload:{...Ot(n),layer:n.layer,head:n.head,query:V(n.query,[e,n.headDim]),key:V(n.key,[e,n.headDim]),attention:V(n.attention,[e,e]),scale:n.scale,scale_label:n.scaleLabel,position_transform:n.positionTransform,terms:n.terms.map(r=>({name:r.name,label:r.label,description:r.description,values:V(r.values,[e,e])})),key_allowed:n.keyAllowed?V(n.keyAllowed,[e,e]):null},colors:Array.from({length:n.head+1},(r,s)=>k(s)),options:{query:t}}}function tt(n){let t=0;for(let e=0;e<n.length;e++)t=Math.max(t,Math.abs(n[e]));return t}function un(n,t,e){let r=n.tokens.length,s=n.headDim,o=Math.max(2,Math.min(6,Math.floor(192/s))),i=nt(n.displayTokens),a=16+i,l=a+s*o+12,c=["scaled",...n.terms.map(v=>v.name),...n.terms.length?["sum"]:[]],d=l+s*o+12,u=d+c.length*64+10,p=64,h=new U(u+100+60,p+r*A+8);h.text(8,12,`Layer ${n.layer}, head ${n.head}, query '${n.displayTokens[t]}' (#${t}): softmax(${me(n)}) per key; max |softmax − model attention| ${e.maxDiff.toExponential(1)}`,{size:11,className:"caption"}),h.text(8+i,32,"q",{anchor:"end",className:"header"}),h.text(a,50,"k",{className:"header"}),h.text(l,50,"q∘k",{className:"header"}),c.forEach((v,S)=>h.text(d+(S+1)*64-6,50,v,{anchor:"end",size:10,className:"header"})),h.text(u,50,"softmax",{className:"header"});let f=Math.max(tt(n.key),tt(e.query)),y=Math.max(...e.products.map(tt))||1;e.query.forEach((v,S)=>h.rect(a+S*o,26,o,12,R(B(v,f)),1,{className:"q",title:`q[${S}] = ${v.toFixed(4)}`}));let $=k(n.head);for(let v=0;v<r;v++){let S=p+v*A;h.text(8+i,S+A/2,n.displayTokens[v],{anchor:"end",className:"key-token",title:n.tokens[v],data:{index:v}});for(let w=0;w<s;w++)h.rect(a+w*o,S+2,o,12,R(B(n.key[v*s+w],f)),1,{className:"k"}),h.rect(l+w*o,S+2,o,12,R(B(e.products[v][w],y)),1,{className:"product"});[e.scaled[v],...e.terms.map(w=>w[v]),...n.terms.length?[e.sums[v]]:[]].forEach((w,M)=>h.text(d+(M+1)*64-6,S+A/2,w.toFixed(3),{anchor:"end",size:10,className:"score",data:{column:c[M],key:v}}));let x=e.softmax[v];h.rect(u,S+2,100,12,$,x,{className:"softmax",title:x.toFixed(4),data:{key:v}}),h.text(u+104,S+A/2,e.allowed[v]?x.toFixed(3):"masked",{size:10})}return h}function hn(n,t,e){let r=n.tokens.length,s=n.headDim,o=n.tokens.map((i,a)=>a);return{...st(n,o),layer:n.layer,head:n.head,query_index:t,scale:n.scale,scale_label:n.scaleLabel,position_transform:n.positionTransform,query:[...e.query],key:o.map(i=>[...n.key.subarray(i*s,(i+1)*s)]),scaled:[...e.scaled],terms:Object.fromEntries(n.terms.map((i,a)=>[i.name,[...e.terms[a]]])),sum:[...e.sums],allowed:e.allowed,softmax:[...e.softmax],attention:[...n.attention.subarray(t*r,(t+1)*r)]}}function pn(n){return{format_version:1,view:"nmf",payload:{...Ot(n),token_mask:n.tokenMask,layers:n.layers,n_components:n.k,factors:V(n.factors,[n.k,n.tokens.length]),top_neurons:n.topNeurons,layer_share:n.layerShare,reconstruction_error:n.reconstructionError},colors:Array.from({length:n.k},(t,e)=>k(e)),options:{}}}function As(n){let t=n.tokens.length;return Array.from({length:n.k},(e,r)=>tt(n.factors.subarray(r*t,(r+1)*t)))}function mn(n,t){let e=n.tokens.length,r=As(n),s=nt(n.displayTokens),o=16+s,i=44,a=26,l=new U(o+n.k*(a+2)+8,i+e*A+16+n.k*A),c=t==null?"":`; factor ${t} picked`;l.text(8,12,`NMF: ${n.k} factors of the FFN neurons of layers ${n.layers[0]}–${n.layers[n.layers.length-1]} (relative error ${n.reconstructionError.toFixed(3)}); opacity = activation / the factor's largest${c}`,{size:11,className:"caption"});for(let u=0;u<n.k;u++){let p=o+u*(a+2);u===t&&l.rect(p-1,24,a+2,20+e*A,"#ffffff",0,{stroke:"#202124",className:"picked",data:{factor:u}}),l.text(p+a/2,34,`F${u}`,{anchor:"middle",color:k(u),className:"factor"})}for(let u=0;u<e;u++){let p=i+u*A;l.text(8+s,p+A/2,n.displayTokens[u],{anchor:"end",color:n.tokenMask[u]?"#3c4043":"#bdc1c6",className:"token",title:n.tokens[u],data:{index:u}});for(let h=0;h<n.k;h++){let f=n.factors[h*e+u];l.rect(o+h*(a+2),p+1,a,A-2,k(h),r[h]>0?f/r[h]:0,{className:"cell",title:`F${h}: ${f.toFixed(4)}`,data:{factor:h,token:u}})}}let d=i+e*A+16;return n.topNeurons.forEach((u,p)=>l.text(8,d+p*A,`F${p} top neurons (layer·unit): ${u.slice(0,5).map(h=>`L${h.layer}·${h.index}`).join(", ")}`,{size:10,color:k(p),className:"neurons"})),l}function fn(n,t){let e=n.tokens.length;return{...st(n,n.tokens.map((r,s)=>s)),token_mask:n.tokenMask,layers:n.layers,picked_factor:t,factors:Array.from({length:n.k},(r,s)=>[...n.factors.subarray(s*e,(s+1)*e)]),top_neurons:n.topNeurons,layer_share:n.layerShare,reconstruction_error:n.reconstructionError}}var rt=260;function Ss(n,t,e){if(K(n,e)<=t)return n;let r=n.length;for(;r>1&&K(`${n.slice(0,r)}…`,e)>t;)r--;return`${n.slice(0,r)}…`}var Ht=120;function rn(n,t,e,r,s,o,i){let a=t+30,l=t+rt-8,c=e+22,d=e+Ht-18,u=h=>a+(h+.5)*(l-a)/s.length,p=h=>d-Math.min(1,Math.max(0,h))*(d-c);n.text(t,e+8,Ss(r,rt-8,11),{size:11,title:r});for(let h of[0,.5,1])n.line(a,p(h),l,p(h),"#dadce0",1),n.text(a-4,p(h),String(h),{anchor:"end",size:9});s.forEach((h,f)=>n.text(u(f),d+9,h==="embeddings"?"emb":h,{anchor:"middle",size:9}));for(let h of o)h.values.forEach((f,y)=>{if(i){let $=.7*(l-a)/s.length;n.rect(u(y)-$/2,p(f),$,d-p(f),h.color,1,{className:"bar",title:f.toFixed(3),data:{layer:s[y],value:f}})}else y>0&&n.line(u(y-1),p(h.values[y-1]),u(y),p(f),h.color,1,{width:1.5}),n.rect(u(y)-2.5,p(f)-2.5,5,5,h.color,1,{className:"point",title:`${h.name} at ${s[y]}: ${f.toFixed(3)}`,data:{series:h.name,layer:s[y],value:f}})});return e+Ht}function yn(n,t){let e=n[0]?.layers.labels??[],r=2,s=new U(8+r*(rt+12),0);s.text(8,12,"Probability of each class read off every layer (the model's own classification head); the last layer is the prediction.",{size:11,className:"caption"});let o=8;e.forEach((a,l)=>{s.rect(o,24,10,10,k(l),1),s.text(o+13,29,a,{size:10}),o+=13+K(a,10)+12});let i=40;return n.forEach((a,l)=>{let c=8+l%r*(rt+12),d=40+Math.floor(l/r)*(Ht+8),u=e.map((p,h)=>({name:p,color:k(h),values:a.layers.probas.map(f=>f[h])}));i=Math.max(i,rn(s,c,d,a.text,a.layers.layers,u,!1))}),t&&(i=rn(s,8,i+8,`Accuracy by layer over ${t.scored} examples (chance ${t.majority.toFixed(3)})`,t.layers,[{name:"accuracy",color:"#1f5fd6",values:t.accuracy}],!0)),s.height=i+8,s}function gn(n,t,e){let r=nt(e.map(i=>i.name))+16,s=Math.max(...t.map(i=>K(i.label,nn)))+20,o=new U(8+r+t.length*s+8,44+(e.length+1)*20);return o.text(8,12,n,{size:11,className:"caption"}),t.forEach((i,a)=>o.text(8+r+(a+1)*s-6,40,i.label,{anchor:"end",className:"header"})),o.line(8,50,o.width-8,50,"#3c4043",1),e.forEach((i,a)=>{let l=62+a*20;o.text(8,l,i.name,{className:"row",data:{row:i.name}}),t.forEach((c,d)=>{let u=i.values[c.key];o.text(8+r+(d+1)*s-6,l,u==null?"–":u.toFixed(3),{anchor:"end",className:"value",data:{row:i.name,column:c.key,value:u??"null"}})})}),o}var Es=4,Dt="random",_s=["LIME"];function bn(n){return`${Math.round(n*100)}%`}var qt=class extends _{constructor(){super();this.scores=new Map;this.run=new he(()=>this.requestUpdate());this.emptyMessage="Select examples to score the salience methods on them, or score the whole dataset.";this.scope="selection",this.excluded=new Set(_s),this.sortKey="comprehensiveness"}static{this.title="Faithfulness of Salience Maps"}static{this.infoMarkdown=`Which salience map to trust (ERASER, DeYoung et al. 2020), for each salience method averaged over the examples; words are deleted from the text, top-scored first.

* **Comprehensiveness** (higher is better): p(predicted class | text) − p(predicted class | text without the method's top words), averaged over removing the top 10, 20 and 50% of the words (AOPC). Deleting truly important words should hurt.
* **Sufficiency** (lower is better): p(predicted class | text) − p(predicted class | only the top words), averaged the same way. The top words alone should be enough.
* **Kendall τ** (higher is better): rank correlation between the method's word scores and leave-one-out importance (the drop when that word alone is deleted).

The **random** row scores words at random: a method that does not beat it explains nothing about this model. Subword scores are summed into words. LIME, by far the slowest, is scored once you tick it.`}static{this.numCols=6}static{this.duplicateForExampleComparison=!1}static shouldDisplayModule(e){return W(e,Qe)}static{this.styles=C(Br)}static{this.properties={scope:{state:!0},excluded:{state:!0},sortKey:{state:!0}}}get inputs(){return this.scope==="dataset"?this.appState.currentInputData:this.selectionService.selectedInputData}disconnectedCallback(){super.disconnectedCallback(),this.run.stop()}get methods(){let e=this.appState.metadata?.interpreters??{};return(this.appState.currentModelInfos[this.model]?.interpreters??[]).filter(s=>Object.values(e[s]?.metaSpec??{}).some(o=>o?.name==="TokenSalience"))}get methodsConfig(){let e=this.methods.filter(r=>!this.excluded.has(r));return e.length===this.methods.length?"":e.join(",")}async load(e){let r=this.methodsConfig,s=[this.model,this.appState.currentDataset,r].join("\0"),o=a=>`${s}\0${a.id}`,i=e.filter(a=>!this.scores.has(o(a)));return await this.run.track(a=>te(this.apiService,i,this.model,this.appState.currentDataset,Qe,{methods:r},{...a,batchSize:Es,message:"Scoring the faithfulness of salience maps",onBatch:(l,c)=>c.forEach((d,u)=>this.scores.set(o(l[u]),Ir(d)))})),e.map(a=>this.scores.get(o(a)))}get loadingMessage(){let[e,r]=this.run.progress??[0,0];return r?`Scoring examples: ${e} / ${r}…`:"Scoring…"}inputsChanged(){this.run.stop()}setScope(e){this.scope=e,this.run.stop(),this.reload()}toggleMethod(e){let r=new Set(this.excluded);if(r.delete(e)||r.add(e),this.methods.every(s=>r.has(s))){this.requestUpdate();return}this.excluded=r,this.reload()}renderControls(){let e=this.selectionService.selectedInputData.length,r=this.appState.currentInputData.length,s=this.run.progress;return m`
      <div class="toolbar">
        <span class="scope" role="group" aria-label="Examples">
          <button class="hairline-button scope-selection ${this.scope==="selection"?"on":""}"
              @click=${()=>this.setScope("selection")}>Selected (${e})</button>
          <button class="hairline-button scope-dataset ${this.scope==="dataset"?"on":""}"
              @click=${()=>this.setScope("dataset")}>All ${r} examples</button>
        </span>
        ${s?m`
          <progress max=${s[1]} value=${s[0]}></progress>
          <button class="hairline-button stop" @click=${()=>this.setScope("selection")}
              ?hidden=${this.scope!=="dataset"}>Stop</button>`:g}
      </div>
      <div class="methods" role="group" aria-label="Salience methods">
        <span class="hint">Methods</span>
        ${this.methods.map(o=>m`
          <label><input type="checkbox" class="method" data-method=${o}
              .checked=${wr(!this.excluded.has(o))} @change=${()=>this.toggleMethod(o)}
              >${o}</label>`)}
      </div>`}renderData(e){if(e.length===0)return g;let r=Tt(Mt(e),this.sortKey),s=e[0].fractions.map(bn).join(", "),o=`${e.length} example${e.length===1?"":"s"}`;return m`
      <div class="hint summary">Mean over ${o}; top ${s} of the words removed.
        Click a column to rank by it.</div>
      <table class="faithfulness">
        <thead>
          <tr>
            <th>Method</th>
            ${ne.map(i=>m`
              <th class="num sortable ${i.key===this.sortKey?"sorted":""}"
                  data-col=${i.key} title=${`${i.label}: ${i.definition}; ${i.higherIsBetter?"higher":"lower"} is better`}
                  @click=${()=>this.sortKey=i.key}>
                ${i.label} ${i.higherIsBetter?"↑":"↓"}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${r.map(i=>m`
            <tr data-method=${i.name} class=${i.name===Dt?"baseline":""}>
              <td>${i.name===Dt?"random (baseline)":i.name}${i.refused?m`
                <span class="refused" title=${i.errors.join(`
`)}>refused ${i.refused} of ${e.length}</span>`:g}</td>
              ${ne.map(({key:a})=>{let l=i[a],c=`over ${i.counts[a]} of ${e.length} examples`;return m`<td class="num" data-col=${a}
                    title=${l==null?"undefined on every example":`${l.toPrecision(6)} ${c}`}>${l==null?"–":l.toFixed(3)}</td>`})}
            </tr>`)}
        </tbody>
      </table>`}exportSource(e){if(e.length===0)return null;let r=Tt(Mt(e),this.sortKey),s=e[0].fractions,i=`Faithfulness of salience maps, mean over ${`${e.length} example${e.length===1?"":"s"}`} (top ${s.map(bn).join(", ")} of the words removed), best first by ${ne.find(l=>l.key===this.sortKey).label}.`,a=ne.map(l=>({key:l.key,label:`${l.label} ${l.higherIsBetter?"↑":"↓"}`}));return{view:"faithfulness",name:this.exportName("faithfulness",this.sortKey),title:"Faithfulness of salience maps",figure:()=>gn(i,a,r.map(l=>({name:l.name===Dt?"random (baseline)":l.name,values:{comprehensiveness:l.comprehensiveness,sufficiency:l.sufficiency,kendallTau:l.kendallTau}}))),data:()=>({model:this.model,examples:this.inputs.map(l=>l.id),fractions:s,sort_key:this.sortKey,rows:r}),standalone:()=>null}}updated(e){super.updated(e),Object.assign(this.dataset,{scope:this.scope,sortKey:this.sortKey,methods:this.methodsConfig,examples:String(this.data?.length??0)})}};L("faithfulness-module",qt);var Ms=/^(\[(CLS|SEP|PAD|MASK)\]|<\/?s>|<pad>|<mask>|<cls>|<sep>)$/;function Bt(n){return Ms.test(n)}function vn(n){return Bt(n)?n:n.replace(/^##(?=.)/,"").replace(/<\/w>$/,"").replace(/^[Ġ▁]+/,"")||"␣"}function xn(n){let t=n.findIndex(e=>e==="[SEP]"||e==="</s>");return n.map((e,r)=>t>=0&&r>t?1:0)}function Ts(n){let t=n.spec?.output??{},e=new Map;for(let[c,d]of Object.entries(t))d?.name!=="AttentionHeads"||!d.align_in||!(d.align_in in t)||e.set(d.align_in,[...e.get(d.align_in)??[],c]);let r=null;for(let c of e)(r==null||c[1].length>r[1].length)&&(r=c);if(r==null)return null;let[s,o]=r,i=o.map((c,d)=>{let u=/(\d+)/.exec(c);return[u?Number(u[1]):d,c]}),l=new Set(i.map(([c])=>c)).size===i.length?i.sort((c,d)=>c[0]-d[0]):o.map((c,d)=>[d,c]);return{tokensField:s,layers:l}}function ie(n){if(n==null)return null;if(n.interpreters?.includes(je))return{kind:"interpreter"};let t=Ts(n);return t?{kind:"predictions",...t}:null}function at(n){return Object.values(n).some(t=>ie(t)!=null)}var Is=8,oe=new Map,it=new Map,Ut=new Map;function Cs(n,t){for(oe.delete(n),oe.set(n,t);oe.size>Is;)oe.delete(oe.keys().next().value)}function Ls(n,t){if(n==null)return!1;let e=t??n.allLayers;return e!=null&&e.every(r=>n.layers.has(r))}function Ps(n,t,e){let r=n;if(!Array.isArray(r)||r.some(o=>!Array.isArray(o)||o.length!==t)){let o=Array.isArray(r)&&Array.isArray(r[0])?r[0].length:"?";throw new Error(`${e} has ${o} positions but the tokens have ${t}.`)}let s=new Float32Array(r.length*t*t);return r.forEach((o,i)=>o.forEach((a,l)=>{if(a.length!==t)throw new Error(`${e} row ${l} has ${a.length} values, not ${t}.`);s.set(a,(i*t+l)*t)})),[r.length,s]}async function Ns(n,t,e,r,s){let o=s.layers.map(([,d])=>d),[i]=await n.getPreds([r],e,t,[],[s.tokensField,...o],"Fetching attention"),a=i[s.tokensField],l=new Map,c=0;for(let[d,u]of s.layers){let[p,h]=Ps(i[u],a.length,u);c=p,l.set(d,h)}return{tokens:a,displayTokens:a.map(vn),specialTokens:a.map(Bt),segmentIds:xn(a),numHeads:c,allLayers:s.layers.map(([d])=>d),layers:l,source:"predictions"}}async function Rs(n,t,e,r,s){let o=s?{layers:s}:{},[i]=await n.getInterpretations([r],e,t,je,o,"Fetching attention",!0),a=kr(i),l=a.numLayers!=null?Array.from({length:a.numLayers},(c,d)=>d):s==null?a.layers:Ut.get(e)??null;return l&&Ut.set(e,l),{tokens:a.tokens,displayTokens:a.displayTokens,specialTokens:a.specialTokens,segmentIds:a.segmentIds,numHeads:a.numHeads,allLayers:l,layers:new Map(a.layers.map((c,d)=>[c,a.weights[d]])),source:"interpreter"}}function Fs(){return new Promise(n=>setTimeout(n,0))}async function fe(n,t,e,r,s,o){let i=`${e}\0${t}\0${s.id}`,a=oe.get(i);if(Ls(a,o))return a;let l=r.kind==="interpreter"&&o!=null&&Ut.has(e)?o:null,c=`${i}\0${l?.join(",")??"all"}`,d=it.get(c);return d==null&&(d=(l==null?Fs().then(()=>Promise.allSettled([...it].filter(([p])=>p.startsWith(`${i}\0`)&&p!==c).map(([,p])=>p))):Promise.resolve()).then(()=>r.kind==="interpreter"?Rs(n,t,e,s,l):Ns(n,t,e,s,r)).then(p=>{let h=oe.get(i);return h&&(p.layers.forEach((f,y)=>h.layers.set(y,f)),h.allLayers??=p.allLayers,p=h),Cs(i,p),p}).finally(()=>it.delete(c)),it.set(c,d)),d}var ae="head-focus",jt=class extends EventTarget{constructor(){super(...arguments);this.current=null}get focus(){return this.current}focusHead(e){this.current={...e},this.dispatchEvent(new CustomEvent(ae,{detail:{...e}}))}},H=new jt;var $n=`.heads {
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
`;var Os=[["all","All"],["AA","A → A"],["AB","A → B"],["BA","B → A"],["BB","B → B"]],wn=[.01,.02,.05,.1,.2],zt=class extends _{constructor(){super();this.hovered=null;this.scene=null;this.geometry=null;this.canvasWidth=0;this.sceneKey="";this.drawnWeights=null;this.labelsDrawn=[];this.fullLines=null;this.fullResult=null;this.resizeObserver=null;this.laidOut=null;this.emptyMessage="Select an example to see its attention.";this.onFocus=e=>{this.applyFocus(e.detail,!0)};this.onMouseMove=e=>{let r=this.tokenAt(e),s=(o,i)=>o?.side===i?.side&&o?.index===i?.index;this.pinned==null&&!s(r,this.hovered)&&(this.hovered=r,this.repaintActive()),this.showTooltip(e,r)};this.onMouseLeave=()=>{this.showTooltip(null,null),this.hovered!=null&&(this.hovered=null,this.pinned==null&&this.repaintActive())};this.onCanvasClick=e=>{let r=this.tokenAt(e),s=r&&this.pinned&&r.side===this.pinned.side&&r.index===this.pinned.index;this.pinned=r==null||s?null:r,this.hovered=r};this.layer=0,this.selectedHeads=[],this.filter="all",this.hideSpecial=!1,this.threshold=wn[0],this.pinned=null}static{this.title="Attention: Head View"}static{this.infoMarkdown="Attention of one layer: lines from each token (left) to the tokens it attends to (right), one colour per head, opacity = weight. Hover or click a token to isolate it."}static{this.numCols=6}static shouldDisplayModule(e){return at(e)}static{this.styles=C($n)}static{this.properties={layer:{state:!0},selectedHeads:{state:!0},filter:{state:!0},hideSpecial:{state:!0},threshold:{state:!0},pinned:{state:!0}}}connectedCallback(){super.connectedCallback(),H.addEventListener(ae,this.onFocus),H.focus?.model===this.model&&this.applyFocus(H.focus,!1)}disconnectedCallback(){super.disconnectedCallback(),H.removeEventListener(ae,this.onFocus),this.resizeObserver?.disconnect(),this.resizeObserver=null}applyFocus(e,r){e.model===this.model&&(this.selectedHeads=[e.head],e.layer!==this.layer&&(this.layer=e.layer,this.reload()),r&&this.scrollIntoView({block:"nearest"}))}inputsChanged(){this.pinned=null}async load([e]){let r=ie(this.appState.currentModelInfos[this.model]);if(r==null)throw new Error(`Model '${this.model}' returns no attention.`);return performance.mark("lit-ext:head-view:request"),fe(this.apiService,this.appState.currentDataset,this.model,r,e,[this.layer])}accept(e){if(performance.mark("lit-ext:head-view:data",{detail:{tokens:e.tokens.length}}),e.allLayers&&!e.allLayers.includes(this.layer)&&(this.layer=e.allLayers[0],!e.layers.has(this.layer))){this.reload();return}let r=this.data!=null&&this.data.numHeads!==e.numHeads,s=this.data==null&&this.selectedHeads.length===0;(r||s||this.selectedHeads.some(o=>o>=e.numHeads))&&(this.selectedHeads=Array.from({length:e.numHeads},(o,i)=>i)),this.data=e,this.requestUpdate()}setLayer(e){this.layer=e,this.pinned=null,!this.data?.layers.has(e)&&this.reload()}toggleHead(e){this.selectedHeads=this.selectedHeads.includes(e)?this.selectedHeads.filter(r=>r!==e):[...this.selectedHeads,e].sort((r,s)=>r-s)}soloHead(e){let r=this.data?.numHeads??0,s=this.selectedHeads.length===1&&this.selectedHeads[0]===e;this.selectedHeads=s?Array.from({length:r},(o,i)=>i):[e]}get isPair(){return this.data!=null&&this.data.segmentIds.some(e=>e===1)}renderControls(){let e=this.data,r=e?.allLayers??[...e?.layers.keys()??[]],s=l=>this.setLayer(Number(l.target.value)),o=l=>{this.filter=l.target.value},i=l=>{this.threshold=Number(l.target.value)},a=l=>{this.hideSpecial=l.target.checked,this.pinned=null};return m`
      <div class="toolbar">
        <label>Layer
          <select class="dropdown layer-select" @change=${s} ?disabled=${!r.length}>
            ${r.map(l=>m`<option value=${l} ?selected=${l===this.layer}>${l}</option>`)}
          </select>
        </label>
        ${this.isPair?m`
          <label>Sentences
            <select class="dropdown pair-filter" @change=${o}>
              ${Os.map(([l,c])=>m`
                <option value=${l} ?selected=${l===this.filter}>${c}</option>`)}
            </select>
          </label>`:g}
        <label title="Lines for smaller weights are not drawn (they would be nearly invisible).">
          Hide weights below
          <select class="dropdown threshold" @change=${i}>
            ${wn.map(l=>m`
              <option value=${l} ?selected=${l===this.threshold}>${l}</option>`)}
          </select>
        </label>
        <label title=${We}><input type="checkbox" class="hide-special"
            .checked=${this.hideSpecial} @change=${a}>Hide special tokens</label>
      </div>
      ${e?this.renderHeads(e.numHeads):g}`}renderHeads(e){let r=()=>{this.selectedHeads=Array.from({length:e},(s,o)=>o)};return m`
      <div class="heads" role="group" aria-label="Heads">
        <span class="hint">Heads</span>
        ${Array.from({length:e},(s,o)=>{let i=this.selectedHeads.includes(o),a=k(o);return m`
            <button class="head-chip ${i?"on":""}" data-head=${o}
                style="--head-color: ${a}" aria-pressed=${i}
                title="Head ${o}: click to toggle, double-click to show it alone"
                @click=${()=>this.toggleHead(o)} @dblclick=${()=>this.soloHead(o)}>
              ${o}
            </button>`})}
        <button class="hairline-button" @click=${r}>All</button>
        <button class="hairline-button" @click=${()=>this.selectedHeads=[]}>None</button>
      </div>`}renderData(){return m`
      <div class="hint legend">${this.legendText()}<span class="line-stats"></span></div>
      <div class="canvas-stack">
        <canvas class="lines"></canvas>
        <canvas class="labels" @mousemove=${this.onMouseMove}
            @mouseleave=${this.onMouseLeave} @click=${this.onCanvasClick}></canvas>
      </div>
      <div class="tooltip" hidden></div>`}legendText(){return`Left: attending tokens; right: attended tokens. ${this.pinned?"Click the pinned token again (or empty space) to unpin.":"Hover a token to isolate its lines; click to pin it."}`}observeWidth(){let e=this.renderRoot.querySelector(".body");e==null||this.resizeObserver!=null||(this.resizeObserver=new ResizeObserver(()=>{let r=Math.floor(e.clientWidth-16);r>0&&r!==this.canvasWidth&&(this.canvasWidth=r,this.redraw())}),this.resizeObserver.observe(e))}updated(e){super.updated(e),this.observeWidth(),this.redraw()}buildScene(){let e=this.data,r=e?.layers.get(this.layer);if(e==null||r==null)return null;let s=e.tokens.map((o,i)=>i).filter(o=>!this.hideSpecial||!e.specialTokens[o]);return{tokens:e.tokens,labels:e.displayTokens,segmentIds:e.segmentIds,numHeads:e.numHeads,weights:r,heads:this.selectedHeads,headColors:Array.from({length:e.numHeads},(o,i)=>k(i)),visible:s,filter:this.isPair?this.filter:"all",threshold:this.threshold,active:this.pinned??this.hovered,pinned:this.pinned!=null}}canvases(){let e=this.renderRoot.querySelector("canvas.lines"),r=this.renderRoot.querySelector("canvas.labels");return e&&r?[e,r]:null}redraw(){let e=this.buildScene();this.scene=e;let r=this.canvases();if(e==null||r==null||this.canvasWidth<=0)return;let[s,o]=r,i=[this.layer,e.heads.join(","),e.filter,e.threshold,e.visible.length,this.canvasWidth].join("|");if(i!==this.sceneKey||e.weights!==this.drawnWeights||s!==this.laidOut||this.geometry==null){this.sceneKey=i,this.laidOut=s,this.drawnWeights=e.weights,this.fullLines=null,this.fullResult=null;let a=Gr(o.getContext("2d"),e,this.canvasWidth);this.geometry=a,Jr(s,o,a,window.devicePixelRatio||1)}this.paint()}paint(){let e=this.canvases(),r=this.scene,s=this.geometry;if(e==null||r==null||s==null)return;let[o,i]=e,a=o.getContext("2d"),l;if(r.active==null&&this.fullLines&&this.fullResult)a.clearRect(0,0,s.width,s.height),a.drawImage(this.fullLines,0,0),l=this.fullResult;else{if(r.active!=null&&this.fullLines==null&&this.fullResult!=null){let d=document.createElement("canvas");d.width=o.width,d.height=o.height,d.getContext("2d").drawImage(o,0,0),this.fullLines=d}l=Xr(a,r,s),r.active==null&&(this.fullResult=l)}this.labelsDrawn=Qr(i.getContext("2d"),r,s),this.describeLines(l);let c=r.tokens.length;requestAnimationFrame(()=>{performance.mark("lit-ext:head-view:painted",{detail:{tokens:c,lines:l.lines}})})}describeLines(e){Object.assign(this.dataset,{source:this.data?.source??"",layer:String(this.layer),filter:this.scene?.filter??"",heads:this.scene?.heads.join(",")??"",tokens:String(this.scene?.tokens.length??0),lines:String(e.lines),hiddenLines:String(e.overBudget),active:this.scene?.active?`${this.scene.active.side}:${this.scene.active.index}`:""});let r=this.renderRoot.querySelector(".line-stats");if(r==null)return;let s=e.lines.toLocaleString("en-US");r.textContent=e.overBudget>0?`${s} strongest lines drawn (weights ≥ ${e.cutoff.toFixed(3)}); ${e.overBudget.toLocaleString("en-US")} weaker ones hidden to stay fast.`:`${s} lines (weights ≥ ${e.cutoff}).`}repaintActive(){this.scene!=null&&(this.scene.active=this.pinned??this.hovered,this.scene.pinned=this.pinned!=null,this.paint())}exportSource(e){let r=this.buildScene();if(r==null)return null;let s=this.layer,o=r.heads.length===e.numHeads?"all":r.heads.join("-");return{view:"head_view",name:this.exportName("head_view",`layer${s}`,`heads_${o}`),title:`Head view, layer ${s}: ${e.displayTokens.join(" ")}`,figure:()=>on(r,s),data:()=>({model:this.model,example:this.inputs[0]?.id,...an(e,r,s),hide_special:this.hideSpecial}),standalone:()=>ot(e,{layer:s,heads:r.heads,threshold:r.threshold,hideSpecial:this.hideSpecial,pinned:this.pinned})}}drawnLabels(){return[...this.labelsDrawn]}tokenPosition(e,r){return this.geometry?Zr(this.geometry,e,r):null}tokenAt(e){if(this.scene==null||this.geometry==null)return null;let r=e.target.getBoundingClientRect();return Yr(this.scene,this.geometry,e.clientX-r.left,e.clientY-r.top)}showTooltip(e,r){let s=this.renderRoot.querySelector(".tooltip");if(s==null)return;let o=e&&r?this.tooltipText(r):"";s.hidden=!o,!(!o||!e)&&(s.textContent=o,s.style.left=`${e.clientX+14}px`,s.style.top=`${e.clientY+10}px`)}tooltipText(e){let r=this.scene,s=this.data;if(r==null||s==null)return"";let o=u=>E(s,u),i=this.pinned??this.hovered,a=r.tokens.length;if(i==null||i.side===e.side){let u=e.side==="left"?"attends from":"is attended by";return`${o(e.index)}
layer ${this.layer}: ${u} the lines shown`+(this.pinned?"":`
click to pin`)}let[l,c]=i.side==="left"?[i.index,e.index]:[e.index,i.index],d=r.heads.map(u=>{let p=r.weights[u*a*a+l*a+c];return`  head ${String(u).padStart(2)}: ${p.toFixed(4)}`});return`${o(l)} → ${o(c)}, layer ${this.layer}
${d.join(`
`)}`}};L("head-view-module",zt);function Vt(n,t,e={left:28,right:8,top:8,bottom:18}){return{width:n,height:t,left:e.left,right:n-e.right,top:e.top,bottom:t-e.bottom}}function Ee(n,t,e){return n.left+(t+.5)*(n.right-n.left)/e}function O(n,t){let e=Math.min(1,Math.max(0,t));return n.bottom-e*(n.bottom-n.top)}function kn(n,t,e=.7){return e*(n.right-n.left)/t}function An(n,t){if(n.length!==t.length)throw new Error(`${n.length} layer predictions for ${t.length} labels.`);if(n.length===0)throw new Error("No examples to score.");let e=n[0].layers,r=e.map(()=>0),s=new Map,o=0;return n.forEach((i,a)=>{if(i.layers.length!==e.length)throw new Error(`Example ${a} has ${i.layers.length} layers, not ${e.length}.`);let l=t[a]?i.labels.indexOf(t[a]):-1;l<0||(o++,s.set(l,(s.get(l)??0)+1),i.probas.forEach((c,d)=>{re(c)===l&&r[d]++}))}),{layers:e,correct:r,scored:o,skipped:n.length-o,accuracy:r.map(i=>o?i/o:NaN),majority:o?Math.max(...s.values())/o:NaN}}var Sn=`.panel {
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
`;var qs=8,lt="dataset";function Wt(n){return n==="embeddings"?"emb":n}function En(n){return[0,.5,1].map(t=>j`
    <line class="grid" x1=${n.left} x2=${n.right} y1=${O(n,t)} y2=${O(n,t)}></line>
    <text class="tick" x=${n.left-4} y=${O(n,t)+3} text-anchor="end">${t}</text>`)}function _n(n,t){return t.map((e,r)=>j`
    <text class="tick" x=${Ee(n,r,t.length)} y=${n.bottom+12}
        text-anchor="middle">${Wt(e)}</text>`)}function Mn(n){return[n.left,n.right,n.top,n.bottom].join(",")}var Kt=class extends _{constructor(){super();this.run=new he(()=>this.requestUpdate());this.emptyMessage="Select examples to see their prediction layer by layer.";this.accuracy=null}static{this.title="Layer Predictions"}static{this.infoMarkdown="When does the label appear? The model's own classification head applied to each layer's hidden state at the pooling position ([CLS], <s>), from the embeddings up; the last layer's row is the model's prediction. Per selected example: the probability of each class by layer. Over the dataset: the accuracy of each layer's predicted class against the gold labels."}static{this.numCols=6}static{this.duplicateForExampleComparison=!1}static shouldDisplayModule(e){return W(e,Ae)}static{this.styles=C(Sn)}static{this.properties={accuracy:{state:!0}}}get inputs(){return this.selectionService.selectedInputData}connectedCallback(){super.connectedCallback(),this.react(()=>[this.model,this.appState.currentDataset],()=>this.stopScoring())}disconnectedCallback(){super.disconnectedCallback(),this.run.stop()}async load(e){let r=e.slice(0,qs);return(await te(this.apiService,r,this.model,this.appState.currentDataset,Ae,{},{message:"Predicting layer by layer"})).map((o,i)=>({input:r[i],layers:Et(o)}))}goldField(){let e=this.appState.currentModelInfos[this.model]?.spec?.output??{};return Object.values(e).find(s=>s?.name==="MulticlassPreds")?.parent??null}async scoreDataset(){let e=this.appState.currentInputData,r=this.goldField();this.accuracy=null;let s=this.run.track(i=>te(this.apiService,e,this.model,this.appState.currentDataset,Ae,{},{...i,message:"Predicting layer by layer over the dataset"})),o=await this.request(lt,s.then(i=>An(i.map(Et),e.map(a=>r==null?null:a.data[r]))));o!=null&&(this.accuracy=o)}stopScoring(){this.run.stop(),this.accuracy=null,this.cancel(lt)}renderControls(){let e=this.appState.currentInputData.length,r=this.run.running,[s,o]=this.run.progress??[0,e];return m`
      <div class="toolbar">
        <button class="hairline-button score-dataset" ?disabled=${r||e===0}
            @click=${()=>this.scoreDataset()}>
          Accuracy by layer over the dataset (${e} examples)</button>
        ${r?m`
          <progress class="dataset-progress" max=${o} value=${s}></progress>
          <span class="hint">${s} / ${o}</span>
          <button class="hairline-button stop" @click=${()=>this.stopScoring()}>Stop</button>`:g}
      </div>
      ${this.renderAccuracy()}`}renderAccuracy(){let e=this.renderStatus(lt),r=this.accuracy;if(r==null)return e===g?g:m`<div class="panel">${e}</div>`;let s=Vt(Math.max(240,36*r.layers.length),120),o=r.layers.length,i=kn(s,o),a=r.skipped?`; ${r.skipped} without a gold label the model predicts were left out`:"";return m`
      <div class="panel accuracy">
        <div class="hint">Accuracy of each layer's predicted class over ${r.scored}
          examples${a}. Dashed: the most frequent label's share (chance level).</div>
        <svg class="accuracy-chart" width=${s.width} height=${s.height}
            data-area=${Mn(s)}>
          ${En(s)}
          ${r.accuracy.map((l,c)=>j`
            <rect class="bar" x=${Ee(s,c,o)-i/2} y=${O(s,l)}
                width=${i} height=${s.bottom-O(s,l)}
                data-layer=${r.layers[c]}>
              <title>${Wt(r.layers[c])}: ${r.correct[c]} / ${r.scored} = ${l.toFixed(3)}</title>
            </rect>
            <text class="value" x=${Ee(s,c,o)} y=${O(s,l)-3}
                text-anchor="middle">${l.toFixed(2)}</text>`)}
          <line class="majority" x1=${s.left} x2=${s.right} y1=${O(s,r.majority)}
              y2=${O(s,r.majority)}>
            <title>Always predicting the most frequent label: ${r.majority.toFixed(3)}</title>
          </line>
          ${_n(s,r.layers)}
        </svg>
      </div>`}renderData(e){let r=this.inputs.length-e.length,s=e[0]?.layers.labels??[];return m`
      <div class="legend">
        ${s.map((o,i)=>m`
          <span class="legend-item"><span class="swatch"
              style="background: ${k(i)}"></span>${o}</span>`)}
      </div>
      <div class="charts">
        ${e.map(o=>this.renderExample(o))}
      </div>
      ${r>0?m`<div class="hint">${r} more selected examples are not shown.</div>`:g}`}renderExample({input:e,layers:r}){let s=Vt(Math.max(200,26*r.layers.length),110),o=r.layers.length,i=Object.values(e.data).find(l=>typeof l=="string"),a=r.labels[re(r.probas[o-1])];return m`
      <figure class="example" data-id=${e.id}>
        <figcaption title=${i??e.id}>${i??e.id}</figcaption>
        <svg class="layer-chart" width=${s.width} height=${s.height}
            data-area=${Mn(s)}>
          ${En(s)}
          ${r.labels.map((l,c)=>{let d=r.probas.map((u,p)=>[Ee(s,p,o),O(s,u[c])]);return j`
              <polyline class="line" stroke=${k(c)}
                  points=${d.map(u=>u.join(",")).join(" ")}></polyline>
              ${d.map(([u,p],h)=>j`
                <circle class="point" cx=${u} cy=${p} r="3" fill=${k(c)}
                    data-class=${l} data-layer=${r.layers[h]}>
                  <title>${l} at ${Wt(r.layers[h])}: ${r.probas[h][c].toFixed(3)}</title>
                </circle>`)}`})}
          ${_n(s,r.layers)}
        </svg>
        <div class="hint">Prediction: ${a}</div>
      </figure>`}exportSource(e){let r=e.map(({input:o,layers:i})=>({id:o.id,layers:i,text:Object.values(o.data).find(a=>typeof a=="string")??o.id})),s=this.accuracy;return{view:"layer_predictions",name:this.exportName("layer_predictions"),title:"Layer predictions",figure:()=>yn(r,s),data:()=>({model:this.model,examples:r.map(({id:o,text:i,layers:a})=>({id:o,text:i,...a})),accuracy:s}),standalone:()=>null}}updated(e){super.updated(e),this.dataset.accuracy=this.stateOf(lt,this.accuracy!=null),this.dataset.charts=String(this.data?.length??0)}};L("layer-predictions-module",Kt);function Tn(n){if(n.length===0)throw new Error("No head importance to average.");let[t]=n;for(let s of n)if(s.numLayers!==t.numLayers||s.numHeads!==t.numHeads||s.method!==t.method)throw new Error(`Head importance of different shapes or methods: ${t.numLayers}×${t.numHeads} ${t.method} and ${s.numLayers}×${s.numHeads} ${s.method}.`);let e=t.importance.map((s,o)=>s.map((i,a)=>Ye(n.map(l=>l.importance[o][a])))),r=Math.max(0,...e.flat().map(Math.abs));return{method:t.method,numLayers:t.numLayers,numHeads:t.numHeads,values:e,examples:n.length,extent:r}}function _e(n,t){return`${n}:${t}`}function Me(n){return[...n].map(t=>t.split(":").map(Number)).sort((t,e)=>t[0]-e[0]||t[1]-e[1]).map(([t,e])=>_e(t,e)).join(",")}var In=`.grid {
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
`;function Us(n){let t=Math.abs(n).toFixed(3);return Number(t)===0?t:`${n>0?"+":"−"}${t}`}function Cn(n,t){return m`
    <td class="num" data-col=${n} data-value=${t} title=${t.toPrecision(6)}>
      <span class="bar" style="width: ${Math.round(48*t)}px"></span>${t.toFixed(3)}</td>`}function Ln(n){let t=re(n.probas),e=re(n.probasAblated),r=n.heads.length===0?"No head is switched off.":t===e?`The prediction stays ${n.labels[t]}.`:`The prediction changes: ${n.labels[t]} → ${n.labels[e]}.`;return m`
    <table class="prediction-change">
      <thead>
        <tr><th>Class</th><th class="num">Full model</th><th class="num">Heads off</th>
          <th class="num">Δ</th></tr>
      </thead>
      <tbody>
        ${n.labels.map((s,o)=>m`
          <tr data-class=${s} class=${o===e?"predicted":""}>
            <td>${s}</td>
            ${Cn("before",n.probas[o])}
            ${Cn("after",n.probasAblated[o])}
            <td class="num delta" data-col="delta">${Us(n.probasAblated[o]-n.probas[o])}</td>
          </tr>`)}
      </tbody>
    </table>
    <div class="verdict ${t===e?"":"changed"}">${r}</div>`}function Pn(n,t,e,r,[s,o,i]){let a=Math.min(r,n.width),l=new Float32Array(a*a),c=e*r*r;for(let h=0;h<r;h++){let f=Math.floor(h*a/r)*a;for(let y=0;y<r;y++){let $=f+Math.floor(y*a/r),v=t[c+h*r+y];v>l[$]&&(l[$]=v)}}let d=new ImageData(a,a);for(let h=0;h<a*a;h++){let f=Math.sqrt(Math.min(1,l[h]));d.data[4*h]=Math.round(255+(s-255)*f),d.data[4*h+1]=Math.round(255+(o-255)*f),d.data[4*h+2]=Math.round(255+(i-255)*f),d.data[4*h+3]=255}let u=document.createElement("canvas");u.width=a,u.height=a,u.getContext("2d").putImageData(d,0,0);let p=n.getContext("2d");p.imageSmoothingEnabled=!1,p.clearRect(0,0,n.width,n.height),p.drawImage(u,0,0,n.width,n.height)}var Nn=[48,72,104],ct="importance",Te="ablation",Gt=class extends _{constructor(){super();this.observer=null;this.drawn=new Set;this.pending=new Set;this.frame=0;this.emptyMessage="Select an example to see its attention.";this.size=Nn[1],this.selected=null,this.clickAction="open",this.switchedOff=new Set,this.ablation=null,this.colorByImportance=!1,this.importanceMethod="ablation",this.importance=null}static{this.title="Attention: Model View"}static{this.infoMarkdown=`Every layer and head as a small attention matrix (rows attend to columns). Click one to open it in the head view. With "Click a head to: switch it off", clicks switch heads off (their context vectors zeroed) and the example's prediction is shown with and without them. "Colour by importance" colours each head by how much the prediction depends on it, averaged over the selected examples: ablation = the drop in the predicted class's probability when the head alone is switched off (blue: it supports the prediction, orange: it works against it); gradient = |∂L/∂ξ| for a gate ξ on the head (Michel et al. 2019).`}static{this.numCols=6}static shouldDisplayModule(e){return at(e)}static{this.styles=C(In)}static{this.properties={size:{state:!0},selected:{state:!0},clickAction:{state:!0},switchedOff:{state:!0},ablation:{state:!0},colorByImportance:{state:!0},importanceMethod:{state:!0},importance:{state:!0}}}connectedCallback(){super.connectedCallback(),this.reactImmediately(()=>[this.selectionService.selectedInputData,this.model],()=>this.loadImportance())}disconnectedCallback(){super.disconnectedCallback(),this.observer?.disconnect(),this.observer=null,cancelAnimationFrame(this.frame)}async load([e]){let r=ie(this.appState.currentModelInfos[this.model]);if(r==null)throw new Error(`Model '${this.model}' returns no attention.`);return fe(this.apiService,this.appState.currentDataset,this.model,r,e,null)}inputsChanged(){this.loadAblation()}async loadAblation(){let e=this.selectedInput;if(e==null||this.switchedOff.size===0&&this.clickAction==="open"){this.cancel(Te),this.ablation=null;return}let r=this.apiService.getInterpretations([e],this.model,this.appState.currentDataset,Xe,{heads:Me(this.switchedOff)},"Predicting with heads switched off",!0),s=await this.request(Te,r.then(([o])=>Tr(o)));s!=null&&(this.ablation=s)}async loadImportance(){let e=this.selectionService.selectedInputData;if(!this.colorByImportance||e.length===0){this.cancel(ct),this.importance=null;return}let r=te(this.apiService,e,this.model,this.appState.currentDataset,Ge,{method:this.importanceMethod},{message:"Measuring head importance"}),s=await this.request(ct,r.then(o=>Tn(o.map(Mr))));s!=null&&(this.importance=s)}onThumbnail(e,r){if(this.clickAction==="open"){this.selected=[e,r],H.focusHead({model:this.model,layer:e,head:r});return}let s=_e(e,r),o=new Set(this.switchedOff);o.delete(s)||o.add(s),this.switchedOff=o,this.loadAblation()}switchAllOn(){this.switchedOff=new Set,this.loadAblation()}renderControls(){let e=i=>i.target.value,r=i=>{this.clickAction=e(i),this.loadAblation()},s=i=>{this.colorByImportance=i.target.checked,this.loadImportance()},o=i=>{this.importanceMethod=e(i),this.loadImportance()};return m`
      <div class="toolbar">
        <label>Size
          <select class="dropdown size-select" @change=${i=>{this.size=Number(e(i))}}>
            ${Nn.map(i=>m`<option value=${i} ?selected=${i===this.size}>${i}px</option>`)}
          </select>
        </label>
        ${this.hasInterpreter(Xe)?m`
          <label title=${"A switched-off head has its context vector zeroed before the attention output projection."}>Click a head to
            <select class="dropdown click-action" @change=${r}>
              <option value="open" ?selected=${this.clickAction==="open"}>open it in the head view</option>
              <option value="switch-off" ?selected=${this.clickAction==="switch-off"}>switch it off</option>
            </select>
          </label>`:m`<span class="hint">Rows attend to columns. Click a head to open it in the head view.</span>`}
        ${this.hasInterpreter(Ge)?m`
          <label><input type="checkbox" class="color-by-importance"
              .checked=${this.colorByImportance} @change=${s}>Colour by importance</label>
          <select class="dropdown importance-method" ?disabled=${!this.colorByImportance}
              @change=${o} title="How head importance is measured">
            ${_r.map(i=>m`
              <option value=${i} ?selected=${i===this.importanceMethod}>${i}</option>`)}
          </select>`:g}
      </div>
      ${this.renderImportanceLegend()}
      ${this.renderAblation()}`}renderImportanceLegend(){if(!this.colorByImportance)return g;let e=this.importance,r=this.renderStatus(ct,null,"Measuring head importance…");if(e==null)return m`<div class="panel">${r}</div>`;let s=e.extent,o=a=>m`<span class="swatch"
        style="background: ${se(It(a,s))}"></span>`,i=`${e.examples} selected example${e.examples===1?"":"s"}`;return m`
      <div class="panel importance-legend">
        ${r}
        <span class="hint">Head importance (${e.method}), mean over ${i}:</span>
        ${e.method==="ablation"?m`${o(-s)}−${s.toFixed(3)}`:g}
        ${o(0)}0 ${o(s)}${s.toFixed(3)}
      </div>`}renderAblation(){if(this.clickAction==="open"&&this.switchedOff.size===0)return g;let e=Me(this.switchedOff).split(",").filter(Boolean);return m`
      <div class="panel ablation">
        <div class="ablation-heads">
          <span class="hint">${e.length?`Switched off (layer:head): ${e.join(", ")}`:"Click heads to switch them off."}</span>
          ${e.length?m`<button class="hairline-button switch-all-on"
              @click=${()=>this.switchAllOn()}>Switch all on</button>`:g}
        </div>
        ${this.renderStatus(Te,null,"Predicting…")}
        ${this.ablation&&!this.errorOf(Te)?Ln(this.ablation):g}
      </div>`}thumbnailTitle(e,r){let s=this.colorByImportance?this.importance?.values[e]?.[r]:void 0,o=s==null?"":`, importance ${s.toFixed(4)}`,i=this.clickAction==="open"?"click to open in the head view":this.switchedOff.has(_e(e,r))?"switched off: click to switch it on":"click to switch it off";return`Layer ${e}, head ${r}${o}: ${i}`}renderData(e){let r=[...e.layers.keys()].sort((o,i)=>o-i),s=Array.from({length:e.numHeads},(o,i)=>i);return m`
      <div class="grid" style="--thumb: ${this.size}px; --heads: ${e.numHeads}">
        <div class="corner"></div>
        ${s.map(o=>m`<div class="col-label">H${o}</div>`)}
        ${r.map(o=>m`
          <div class="row-label">L${o}</div>
          ${s.map(i=>{let a=this.selected?.[0]===o&&this.selected?.[1]===i,l=this.switchedOff.has(_e(o,i));return m`
              <div class="thumb-cell ${l?"off":""}">
                <canvas class="thumb ${a?"selected":""}" width=${this.size}
                    height=${this.size} data-layer=${o} data-head=${i}
                    title=${this.thumbnailTitle(o,i)}
                    @click=${()=>this.onThumbnail(o,i)}></canvas>
              </div>`})}`)}
      </div>`}exportSource(e){let r=this.colorByImportance?this.importance:null,s=r?`Colour: head importance (${r.method}), blue supports the prediction, orange works against it, grey: little effect.`:"One colour per head.",o=Me(this.switchedOff);return{view:"model_view",name:this.exportName("model_view"),title:`Model view: ${e.displayTokens.join(" ")}`,figure:()=>ln(e,{color:(i,a)=>R(this.headColor(i,a)),selected:this.selected,switchedOff:this.switchedOff,colorNote:s+(o?` Crossed out: switched off (${o}).`:"")}),data:()=>cn(e,{model:this.model,example:this.inputs[0]?.id,selected:this.selected,switched_off:[...this.switchedOff].sort(),importance:r?{method:r.method,values:r.values,examples:r.examples}:null,ablation:this.ablation}),standalone:()=>ot(e,{layer:this.selected?.[0],heads:this.selected?[this.selected[1]]:void 0})}}headColor(e,r){let s=this.colorByImportance?this.importance:null,o=s?.values[e]?.[r];return o==null?Se(k(r)):It(o,s.extent)}updated(e){super.updated(e),Object.assign(this.dataset,{selected:this.selected?this.selected.join(":"):"",source:this.data?.source??"",switchedOff:Me(this.switchedOff),ablation:this.stateOf(Te,this.ablation!=null),importance:this.colorByImportance?this.stateOf(ct,this.importance!=null):"off"}),["data","size","importance","colorByImportance"].some(r=>e.has(r))&&(this.drawn.clear(),this.dataset.drawn="0",this.observeThumbnails())}observeThumbnails(){let e=this.renderRoot.querySelector(".body");e!=null&&(this.observer?.disconnect(),this.observer=new IntersectionObserver(r=>{for(let s of r){let o=s.target;s.isIntersecting&&!this.drawn.has(o)&&this.pending.add(o)}this.scheduleDraw()},{root:e,rootMargin:"64px"}),e.querySelectorAll("canvas.thumb").forEach(r=>this.observer.observe(r)))}scheduleDraw(){this.frame||this.pending.size===0||(this.frame=requestAnimationFrame(()=>{this.frame=0;let e=this.data;if(e==null)return;let r=e.tokens.length,s=performance.now();for(let o of this.pending){if(this.pending.delete(o),!o.isConnected)continue;let i=Number(o.dataset.layer),a=Number(o.dataset.head),l=e.layers.get(i);if(l!=null&&(Pn(o,l,a,r,this.headColor(i,a)),this.drawn.add(o),performance.now()-s>12))break}this.dataset.drawn=String(this.drawn.size),this.scheduleDraw()}))}};L("model-view-module",Gt);var Rn=new Map;async function dt(n,t,e,r,s){let o=Rn.get(e);if(o)return o;let i=ie(r);if(i==null)throw new Error(`Model '${e}' has no 'attention' interpreter or AttentionHeads outputs, so its layers and heads are unknown.`);let a=await fe(n,t,e,i,s,[0]),c={layers:a.allLayers??[...a.layers.keys()].sort((d,u)=>d-u),numHeads:a.numHeads};return Rn.set(e,c),c}var Fn=`.query-chips {
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
`;var Hn=.001;function zs(n){let t=n.toFixed(3);return Number(t)===0?0 .toFixed(3):t}function Qt(n){return Math.max(3,Math.min(12,Math.floor(256/n)))}function ye(n){let t=0;for(let e=0;e<n.length;e++)t=Math.max(t,Math.abs(n[e]));return t}function Xt(n,t,e){let r=n.getContext("2d"),s=Qt(t.length);for(let o=0;o<t.length;o++)r.fillStyle=se(B(t[o],e)),r.fillRect(o*s,0,s,n.height)}var Jt=class extends _{constructor(){super();this.rows=null;this.onFocus=e=>{let r=e.detail;r.model===this.model&&(this.layer=r.layer,this.head=r.head,this.reload())};this.emptyMessage="Select an example to see its query and key vectors.";this.onMouseMove=e=>{let r=e.composedPath()[0],s=this.data,o=this.rows;if(!(r instanceof HTMLCanvasElement)||!r.classList.contains("vec")||s==null||o==null){this.hideTooltip();return}let i=s.headDim,a=Math.min(i-1,Math.max(0,Math.floor(e.offsetX/Qt(i)))),l=r.dataset.kind,c=Number(r.dataset.row),d=o.query[a],u=`query ${E(s,this.queryIndex)}, dim ${a}
q = ${d.toFixed(4)}`;if(l!=="query"){let h=s.key[c*i+a];u=`key ${E(s,c)}, dim ${a}
q = ${d.toFixed(4)}
k = ${h.toFixed(4)}
q∘k = ${(d*h).toFixed(4)}`}let p=this.renderRoot.querySelector(".tooltip");p.textContent=u,p.hidden=!1,p.style.left=`${e.clientX+14}px`,p.style.top=`${e.clientY+10}px`};this.hideTooltip=()=>{let e=this.renderRoot.querySelector(".tooltip");e&&(e.hidden=!0)};this.shape=null,this.layer=0,this.head=0,this.queryIndex=-1}static{this.title="Neurons: Query × Key"}static{this.infoMarkdown="For one layer, head and query token: every key vector, q∘k, the scaled score q·k/√d (or the model's own scale, e.g. q·k/√(3d) for DeBERTa), one column per term the model adds before the softmax (DeBERTa's content→position and position→content, MPNet's relative position bias; hover a column header or read the notes under the check for what each is), their sum, and the softmax over the keys the query may attend to (masked keys get 0). The view checks that this softmax equals the model's attention. q and k are shown after the model's position transform (rotary for ModernBERT). Blue = positive, orange = negative."}static{this.numCols=12}static shouldDisplayModule(e){return W(e,ze)}static{this.styles=C(Fn)}static{this.properties={shape:{state:!0},layer:{state:!0},head:{state:!0},queryIndex:{state:!0}}}connectedCallback(){super.connectedCallback(),H.addEventListener(ae,this.onFocus)}disconnectedCallback(){super.disconnectedCallback(),H.removeEventListener(ae,this.onFocus)}inputsChanged(){this.queryIndex=-1}async load([e]){let r=this.apiService,s=this.appState.currentDataset,o=this.model,i=await dt(r,s,o,this.appState.currentModelInfos[o],e);this.model===o&&(this.shape=i);let a=i.layers.includes(this.layer)?this.layer:i.layers[0],l=this.head<i.numHeads?this.head:0,[c]=await r.getInterpretations([e],o,s,ze,{layer:a,head:l},"Fetching query/key vectors",!0);return Ar(c)}accept(e){this.data=e,this.layer=e.layer,this.head=e.head;let r=e.tokens.length;if(this.queryIndex<0||this.queryIndex>=r){let s=e.specialTokens.findIndex(o=>!o);this.queryIndex=Math.max(0,s)}}setLayerHead(e,r){this.layer=e,this.head=r,this.reload()}renderControls(){let e=this.shape,r=this.data,s=r?.displayTokens??[],o=l=>this.setLayerHead(Number(l.target.value),this.head),i=l=>this.setLayerHead(this.layer,Number(l.target.value)),a=l=>{this.queryIndex=Number(l.target.value)};return m`
      <div class="toolbar">
        <label>Layer
          <select class="dropdown layer-select" @change=${o} ?disabled=${!e}>
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
          <select class="dropdown query-select" @change=${a} ?disabled=${!s.length}>
            ${s.map((l,c)=>m`
              <option value=${c} ?selected=${c===this.queryIndex}
                  title=${E(r,c)}>${c}: ${l}</option>`)}
          </select>
        </label>
        <span class="hint legend">
          <span class="swatch" style="background: ${se(B(1,1))}"></span>positive
          <span class="swatch" style="background: ${se(B(-1,1))}"></span>negative
        </span>
      </div>`}renderQueryChips(e){return m`
      <div class="query-chips" role="listbox" aria-label="Query token">
        ${e.displayTokens.map((r,s)=>m`
          <button class="chip ${s===this.queryIndex?"selected":""}" data-index=${s}
              role="option" aria-selected=${s===this.queryIndex} title=${E(e,s)}
              @click=${()=>this.queryIndex=s}>${r}</button>`)}
      </div>`}renderCheck(e,r){let s=r.allowed.filter(l=>l).length,o=s<r.allowed.length?` over the ${s} allowed keys`:"",i=`softmax(${me(e)})${o}`;if(r.maxDiff<Hn)return m`<span class="check ok">${i} equals the model's attention (max |Δ| ${r.maxDiff.toExponential(1)})</span>`;let a=Number.isFinite(r.maxDiff)?`by up to ${r.maxDiff.toFixed(4)}`:"(a value is not a number)";return m`<span class="check bad">${i} differs from the model's attention ${a}: these columns do not explain this head.</span>`}renderNotes(e,r){let s=r.allowed.length-r.allowed.filter(i=>i).length,o=[...e.positionTransform?[`q and k are shown after the ${e.positionTransform} position transform.`]:[],...e.terms.map(i=>`${i.label} (${i.name}): ${i.description}.`),...s?[`${s} key${s===1?" is":"s are"} masked for this query: the model does not let it attend to them (probability 0).`]:[]];return o.length?m`<ul class="notes hint">${o.map(i=>m`<li>${i}</li>`)}</ul>`:g}renderSigned(e,r,s){return m`
      <td class="num" data-col=${e} title=${r.toFixed(6)}>
        <span class="bar signed" style="width: ${28*Math.abs(r)/s}px; background: ${se(B(r,s))}"></span>${zs(r)}</td>`}renderTable(e,r){let s=e.headDim*Qt(e.headDim),o=e.tokens.length,i=Math.max(ye(r.scaled),...r.terms.map(ye),ye(r.sums))||1,a=e.terms.length>0,l=(c,d)=>m`
        <canvas class="vec" data-kind=${c} data-row=${d??g} width=${s}
            height="12" style="width: ${s}px"></canvas>`;return m`
      <div class="summary">
        Layer ${e.layer}, head ${e.head}, d = ${e.headDim}; query
        <b class="mono" title=${E(e,this.queryIndex)}>${e.displayTokens[this.queryIndex]}</b> (#${this.queryIndex}).
        ${this.renderCheck(e,r)}
      </div>
      ${this.renderNotes(e,r)}
      <table class="neurons">
        <thead>
          <tr>
            <th class="token-col">Key</th>
            <th>key k</th>
            <th>q ∘ k</th>
            <th class="num" title="q·k times the model's scale, ${e.scaleLabel}">${Nt(e.scaleLabel)}</th>
            ${e.terms.map(c=>m`
              <th class="num term" title="${c.name}: ${c.description}">${c.label}</th>`)}
            ${a?m`
              <th class="num" title="${me(e)}: the score the softmax takes">sum</th>`:g}
            <th class="num" title="softmax over the keys this query may attend to">softmax</th>
          </tr>
          <tr class="query-row">
            <td class="token-col mono">query q</td>
            <td>${l("query")}</td>
            <td colspan=${3+e.terms.length+(a?1:0)}></td>
          </tr>
        </thead>
        <tbody>
          ${e.displayTokens.map((c,d)=>{let u=r.softmax[d],p=[d===this.queryIndex?"is-query":"",r.allowed[d]?"":"masked"].join(" ");return m`
              <tr class=${p} data-key=${d}>
                <td class="token-col mono" title=${E(e,d)}>${c}</td>
                <td>${l("key",d)}</td>
                <td>${l("product",d)}</td>
                ${this.renderSigned("scaled",r.scaled[d],i)}
                ${e.terms.map((h,f)=>this.renderSigned(`term:${h.name}`,r.terms[f][d],i))}
                ${a?this.renderSigned("sum",r.sums[d],i):g}
                ${r.allowed[d]?m`
                  <td class="num" data-col="softmax" title=${`softmax ${u.toFixed(6)}; model attention ${e.attention[this.queryIndex*o+d].toFixed(6)}`}>
                    <span class="bar" style="width: ${40*u}px"></span>${u.toFixed(3)}</td>`:m`<td class="num masked-cell" data-col="softmax"
                      title="masked: this query may not attend to this key (probability 0)"
                      >masked</td>`}
              </tr>`})}
        </tbody>
      </table>`}renderData(e){let r=this.queryIndex>=0&&this.queryIndex<e.tokens.length;return this.rows=r?Pt(e,this.queryIndex):null,this.rows==null?g:m`
      <div @mousemove=${this.onMouseMove} @mouseleave=${this.hideTooltip}>
        ${this.renderQueryChips(e)}${this.renderTable(e,this.rows)}
        <div class="tooltip" hidden></div>
      </div>`}updated(e){super.updated(e);let r=this.data,s=this.rows;if(r==null||s==null||this.errorOf()!=null)return;let o=Math.max(ye(r.key),ye(s.query)),i=Math.max(...s.products.map(ye))||1;for(let a of this.renderRoot.querySelectorAll("canvas.vec")){let l=a.dataset.kind,c=Number(a.dataset.row),d=r.headDim;l==="query"&&Xt(a,s.query,o),l==="key"&&Xt(a,r.key.subarray(c*d,(c+1)*d),o),l==="product"&&Xt(a,s.products[c],i)}Object.assign(this.dataset,{layer:String(r.layer),head:String(r.head),query:String(this.queryIndex),queryToken:r.displayTokens[this.queryIndex],rows:String(r.tokens.length),headDim:String(r.headDim),maxDiff:s.maxDiff.toExponential(2),check:s.maxDiff<Hn?"ok":"bad",formula:me(r),masked:String(s.allowed.filter(a=>!a).length)})}exportSource(e){let r=this.queryIndex;if(r<0||r>=e.tokens.length)return null;let s=()=>Pt(e,r);return{view:"neuron_view",name:this.exportName("neuron_view",`layer${e.layer}`,`head${e.head}`,`query${r}`),title:`Neuron view, layer ${e.layer}, head ${e.head}: ${e.displayTokens.join(" ")}`,figure:()=>un(e,r,s()),data:()=>({model:this.model,example:this.inputs[0]?.id,...hn(e,r,s())}),standalone:()=>dn(e,r)}}};L("neuron-view-module",Jt);var On=`.factor-picker {
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
`;var Ws=Array.from({length:16},(n,t)=>t+1);function Ks(n){let t=n.tokens.length;return Array.from({length:n.k},(e,r)=>{let s=0;for(let o=0;o<t;o++)s=Math.max(s,n.factors[r*t+o]);return s})}var Yt=class extends _{constructor(){super();this.emptyMessage="Select an example to factorise its neurons.";this.shape=null,this.k=8,this.fromLayer=0,this.toLayer=-1,this.excludeSpecial=!0,this.factor=null}static{this.title="NMF: Neuron Factors"}static{this.infoMarkdown="Non-negative matrix factorisation of the FFN neuron activations (Ecco's method): k factors of neurons that fire together, how strongly each token activates them, and which neurons and layers make up each factor."}static{this.numCols=12}static shouldDisplayModule(e){return W(e,Ve)}static{this.styles=C(On)}static{this.properties={shape:{state:!0},k:{state:!0},fromLayer:{state:!0},toLayer:{state:!0},excludeSpecial:{state:!0},factor:{state:!0}}}async load([e]){let r=this.apiService,s=this.appState.currentDataset,o=this.model,i=await dt(r,s,o,this.appState.currentModelInfos[o],e);this.model===o&&(this.shape=i);let a=i.layers[i.layers.length-1],l=this.toLayer<0||this.toLayer>a?a:this.toLayer,c=Math.min(this.fromLayer,l),d={n_components:this.k,from_layer:c,to_layer:l+1,exclude_special_tokens:this.excludeSpecial},[u]=await r.getInterpretations([e],o,s,Ve,d,"Factorising neuron activations",!0);return Sr(u)}accept(e){this.fromLayer=e.layers[0],this.toLayer=e.layers[e.layers.length-1],this.data=e,this.factor!=null&&this.factor>=e.k&&(this.factor=null)}renderControls(){let e=this.shape?.layers??[],r=e.length?e[e.length-1]:-1,s=this.toLayer<0||this.toLayer>r?r:this.toLayer,o=a=>Number(a.target.value),i=a=>{a(),this.reload()};return m`
      <div class="toolbar">
        <label title="Number of factors (NMF components)">Factors
          <select class="dropdown k-select"
              @change=${a=>i(()=>this.k=o(a))}>
            ${Ws.map(a=>m`<option value=${a} ?selected=${a===this.k}>${a}</option>`)}
          </select>
        </label>
        <label>Layers
          <select class="dropdown from-select" ?disabled=${!e.length}
              @change=${a=>i(()=>{this.fromLayer=o(a),this.toLayer=Math.max(s,this.fromLayer)})}>
            ${e.map(a=>m`<option value=${a} ?selected=${a===this.fromLayer}>${a}</option>`)}
          </select>
          to
          <select class="dropdown to-select" ?disabled=${!e.length}
              @change=${a=>i(()=>{this.toLayer=o(a),this.fromLayer=Math.min(this.fromLayer,this.toLayer)})}>
            ${e.map(a=>m`<option value=${a} ?selected=${a===s}>${a}</option>`)}
          </select>
        </label>
        <label title=${We}><input type="checkbox" class="special-toggle"
            .checked=${this.excludeSpecial}
            @change=${a=>i(()=>{this.excludeSpecial=a.target.checked})}>Leave out special tokens</label>
        ${this.data?m`<span class="hint">Reconstruction error ${(this.data.reconstructionError*100).toFixed(1)}%</span>`:g}
      </div>`}renderFactorPicker(e){let r=s=>()=>{this.factor=this.factor===s?null:s};return m`
      <div class="factor-picker" role="group" aria-label="Factors">
        <button class="factor-chip all ${this.factor==null?"on":""}" @click=${r(null)}
            title="Tint each token by its dominant factor">Dominant</button>
        ${Array.from({length:e.k},(s,o)=>m`
          <button class="factor-chip ${this.factor===o?"on":""}" data-factor=${o}
              style="--factor-color: ${k(o)}" @click=${r(o)}
              title="Tint tokens by factor ${o} alone">F${o}</button>`)}
      </div>`}renderSentence(e,r){let s=e.tokens.length;return m`
      <div class="sentence">
        ${e.displayTokens.map((o,i)=>{if(!e.tokenMask[i])return m`<span class="token excluded" title="${E(e,i)}: not factorised">${o}</span>`;let a=this.factor;if(a==null){a=0;for(let d=1;d<e.k;d++)e.factors[d*s+i]>e.factors[a*s+i]&&(a=d)}let l=e.factors[a*s+i],c=r[a]>0?Math.max(.08,l/r[a]):0;return m`<span class="token" data-factor=${a}
              style="background: ${pe(k(a),c*.85)}"
              title="${E(e,i)}: factor ${a} ${l.toFixed(4)}">${o}</span>`})}
      </div>`}renderHeatmap(e,r){let s=e.tokens.length,o=Array.from({length:e.k},(i,a)=>a);return m`
      <div class="heatmap" style="--tokens: ${s}">
        <div></div>
        ${e.displayTokens.map((i,a)=>m`
          <div class="col-label ${e.tokenMask[a]?"":"excluded"}"
              title=${E(e,a)}>${i}</div>`)}
        ${o.map(i=>m`
          <div class="row-label ${this.factor===i?"on":""}"
              @click=${()=>this.factor=this.factor===i?null:i}>F${i}</div>
          ${e.tokens.map((a,l)=>{let c=e.factors[i*s+l],d=r[i]>0?c/r[i]:0;return m`<div class="cell" title="factor ${i}, ${E(e,l)}: ${c.toFixed(4)}"
                style="background: ${pe(k(i),d)}"></div>`})}`)}
      </div>`}renderFactorCards(e){return m`
      <div class="cards">
        ${e.topNeurons.map((r,s)=>{let o=e.layerShare[s],i=Math.max(...o,1e-9);return m`
            <div class="card ${this.factor===s?"on":""}" data-factor=${s}
                style="--factor-color: ${k(s)}">
              <div class="card-title"><span class="swatch"></span>Factor ${s}</div>
              <div class="card-section">Layer share</div>
              <div class="shares">
                ${e.layers.map((a,l)=>m`
                  <div class="share" title="layer ${a}: ${(o[l]*100).toFixed(1)}%">
                    <div class="share-bar" style="height: ${24*o[l]/i}px"></div>
                    <div class="share-label">${a}</div>
                  </div>`)}
              </div>
              <div class="card-section">Top neurons (layer·unit, loading)</div>
              <ol class="neurons mono">
                ${r.map(a=>m`
                  <li>L${a.layer}·${a.index}<span class="loading">${a.loading.toFixed(3)}</span></li>`)}
              </ol>
            </div>`})}
      </div>`}renderData(e){let r=Ks(e);return m`
      ${this.renderFactorPicker(e)}
      ${this.renderSentence(e,r)}
      ${this.renderHeatmap(e,r)}
      ${this.renderFactorCards(e)}`}exportSource(e){let r=`layers${e.layers[0]}-${e.layers[e.layers.length-1]}`,s=this.factor;return{view:"nmf",name:this.exportName("nmf",`k${e.k}`,r),title:`NMF, ${e.k} factors: ${e.displayTokens.join(" ")}`,figure:()=>mn(e,s),data:()=>({model:this.model,example:this.inputs[0]?.id,exclude_special_tokens:this.excludeSpecial,...fn(e,s)}),standalone:()=>pn(e)}}updated(e){super.updated(e);let r=this.data;r!=null&&Object.assign(this.dataset,{k:String(r.k),tokens:String(r.tokens.length),layers:`${r.layers[0]}-${r.layers[r.layers.length-1]}`,factor:this.factor==null?"":String(this.factor)})}};L("nmf-module",Yt);
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
