// Spanish phrasings of this set (slots: template.ts). pos: sensitive; hard: hard negatives (public figures,
// fictional characters, brands, places, placeholders, look-alike numbers); neg: plain prose and carriers.
import type { Phrasings } from './generate.ts';

export const ES: Phrasings = {
  pos: [
    `Estimado{{m1}} Sr. {{S1}}:

Le recuerdo que, según el contrato de arrendamiento de la vivienda situada en {{ADDR}}, la renta de {{AMOUNT}} debe abonarse antes del día 5 en la cuenta {{IBAN}}. Este mes no consta el ingreso.

Atentamente,
{{F2}}`,
    `Mensaje de voz (transcripción automática):
"Hola, soy {{W1}}, del tercero B. Se ha vuelto a atascar el ascensor, ¿puede avisar al técnico? Mi móvil es el {{PHONEW}}. Gracias, hasta luego."
Resume el mensaje para el administrador de la finca.`,
    `ATESTADO n.º {{ORDER}}
Comparece {{U1}}, con NIE {{NIE}}, nacido{{m1}} el {{DOB}} y domiciliado en {{ADDR}}, quien denuncia la sustracción de su teléfono móvil en la estación de Atocha. Testigo: {{W2}}, tel. {{PHONE}}.`,
    `Lista de invitados de la boda, mesa 3:
- {{F1}} (prima de la novia, vegetariana)
- {{F2}} y su pareja
- {{F3}}{{m3}}, llega tarde al banquete
¿Puedes hacer una tabla con las alergias?`,
    `Ficha de inscripción, escuela de pádel
Alumno{{m1}}: {{R1}}
Fecha de nacimiento: {{DOBK}}
Madre{{f2}}{{l2}}: {{F2}}, DNI {{DNI}}
Domiciliación: {{CCC}}`,
    `Crónica: el Atlético Vallecas juvenil ganó 2-0. Abrió el marcador {{W1}} de cabeza y {{S2}} sentenció al contraataque. El entrenador, {{F3}}, destacó el trabajo defensivo de {{G1}}.`,
    `Volante de derivación
Paciente: {{A1}}
Fecha de nacimiento: {{DOB}}
DNI/NIE: {{NIE}}
Motivo: cefalea persistente de tres semanas, se solicita valoración por Neurología.
Dra.{{f2}} {{I2}}`,
    `Notas de la EBAU, grupo 2.º B
{{n1}}: 8,75
{{n2}}: 6,40
{{n3}}: 9,10
Redacta una felicitación breve para cada familia.`,
    `Se alquila piso reformado en {{ADDR}}, 2 dormitorios, ascensor, muy luminoso. Contacto: {{F1}}, {{PHONE}} (solo WhatsApp) o {{E1}}.`,
    `Mejórame el perfil: "Soy {{G1}}, 33 años, nací en Shanghái pero llevo diez años en Valencia. Me encantan la paella y el hot pot a partes iguales. Instagram: {{H1}}"`,
    `Carta de recomendación

A quien corresponda:
Tengo el gusto de recomendar a {{W1}}, que trabajó conmigo durante dos años como analista de datos. {{G1}} es responsable, creativa{{f1}} y muy resolutiva.
Atentamente, {{I2}} ({{E2}})`,
    `Nota de gastos
Empleado: {{W1}}
NIF: {{DNI}}
Viaje: feria de Bilbao, tres días desde el {{DATE}}
Total: {{AMOUNT}}
Abonar en: {{IBAN}}`,
    `CRM, cuenta Porcelana Levante:
{{DATE}}: llamada de {{F1}}, quiere adelantar el pedido. Enviar presupuesto a {{E1}}. Si no contesta, llamar a su socio{{m2}} {{W2}} al {{PHONE}}.`,
    `Incidencia #{{NUM}}
De: {{E1}}
Asunto: cobro duplicado
Me han cobrado dos veces la cuota con la tarjeta {{CARD}}. Solicito la devolución. Un saludo, {{F1}}`,
    `#sistemas
{{H1}}: el servidor de pruebas ({{IP}}) no responde
{{H2}}: reiniciado. la contraseña de admin ahora es {{PWD}}
{{H1}}: gracias {{G2}}`,
    `INSERT INTO socios (nombre, apellido, nie, telefono) VALUES
  ('{{G1}}', '{{S1}}', '{{NIE}}', '{{PHONE}}'),
  ('{{G2}}', '{{S2}}', '{{NIE}}', '{{PHONEX}}');
-- ¿por qué falla la clave primaria?`,
    `# config/produccion.yml
correo:
  servidor: smtp.porcelana-levante.es
  usuario: facturas
  clave: {{PWD}}
responsable: {{E1}}
¿Por qué no envía correos con esta configuración?`,
    `{"cliente": "{{W1}}", "dni": "{{DNI}}", "fecha_nacimiento": "{{DOBI}}", "cuenta": "{{IBAN}}"}
Escríbeme la validación de este JSON en Python.`,
    `[2025-05-11 22:14:03] login FALLIDO usuario={{E1}} ip={{IP}}
[2025-05-11 22:14:09] login OK usuario={{E1}} ip={{IP}}
¿Es sospechoso?`,
    `Error: no se pudo generar la factura para {{F1}} (NIE {{NIE}})
    at Facturacion.generar (facturacion.js:77)
¿Qué puede estar fallando?`,
    `commit {{SHA}}
Autor: {{W1}} <{{E1}}>

    Eliminar datos reales de los tests

    El fichero de pruebas tenía el DNI {{DNI}} de un cliente real.`,
    `Comentario de revisión en settings.py:
> SECRET_KEY = "{{KEY}}"
{{G2}}: {{G1}}, esto no puede ir en el repositorio, revoca la clave.`,
    `BEGIN:VEVENT
SUMMARY:Entrega de llaves
DTSTART:20251003T170000
LOCATION:{{ADDR}}
ORGANIZER;CN={{W1}}:mailto:{{E1}}
ATTENDEE;CN={{W2}}:mailto:{{E2}}
END:VEVENT`,
    `BEGIN:VCARD
VERSION:3.0
FN:{{W1}}
TEL;TYPE=CELL:{{PHONE}}
EMAIL:{{E1}}
ADR;TYPE=HOME:;;{{ADDR}}
BDAY:{{DOBI}}
END:VCARD`,
    `De: {{W1}} <{{E1}}>
Para: administracion@porcelana-levante.es
Asunto: cambio de cuenta bancaria
X-Originating-IP: {{IP}}

¿Es esto phishing?`,
    `---------- Mensaje reenviado ----------
De: {{F1}} <{{E1}}>
Asunto: fianza

Hola {{G2}}, por favor devuélveme la fianza a esta cuenta: {{CCC}}. Un abrazo, {{G1}}
---------
¿Te parece normal?`,
    `S O L I C I T U D   D E   E M P A D R O N A M I E N T O   (escaneada)
Apellidos:  {{S1}}     Nombre:  {{G1}}
Fecha  de  nacimiento:  {{DOB}}
Pasaporte:  {{PASSHOME}}
Domicilio:  {{ADDRL}}
Corrige los espacios del OCR.`,
    `Reescribe esto con más tacto: "{{G1}}, otra vez has dejado la bici en el portal. La presidenta{{f2}}, {{W2}}, ya se ha quejado."`,
    `Esquela: {{F1}}, nacido{{m1}} el {{DOBO}} en Qingtian, falleció el {{DATE}} en Madrid. Sus hijos, {{G2}}{{k2}} y {{G3}}{{k3}}, agradecen las muestras de cariño.`,
    `Acta de la comunidad de propietarios: la Sra. {{S1}}{{f1}} (4.º A) solicita cambiar el portero automático; el Sr. {{S2}}{{m2}} vota en contra. Contacto del administrador: {{O3}}.`,
    `Grupo de padres de 3.º: ¿alguien puede recoger a {{G1}} el miércoles? Su padre{{m2}}{{k2}}, {{W2}}, sale tarde. Su móvil: {{PHONES}}.`,
    `Factura 2025/031, reforma de baño en {{ADDR}}
Importe: {{AMOUNT}}
Pago a {{F1}}, cuenta {{IBAN}}
Tel. {{PHONE}}`,
    `Objeto perdido: cartera con el permiso de conducir {{DL1}} a nombre de {{A1}}. Se puede recoger en la comisaría de Chamberí.`,
    `La contraseña del wifi de la casa rural es {{PWD}}. Si hay algún problema, llama a {{G2}}. ¡Disfrutad! {{G1}}`,
    `Mi frase de contraseña del gestor es {{PHRASE}}; solo la sabe {{W2}}.`,
    `Traduce al chino para mi suegra: "Señora {{S1}}, su hijo{{m2}}{{l2}} {{G2}} ha aprobado el examen de conducir." {{f1}}`,
    `Hoja de cálculo de la peña:
nombre;correo;cuota
{{F1}};{{E1}};pagada
{{F2}};{{E2}};pendiente
{{F3}};{{E3}};pagada
¿Quién debe la cuota?`,
    `Buenas, soy {{W1}}, ¿me recordáis el número de cuenta para la señal del salón? Yo os paso mi DNI ({{DNI}}) para el contrato.`,
    `Parte de entrada de viajeros, Hostal Mar Azul
Huésped: {{U1}}
Pasaporte: {{PASSHOME1}}
Tarjeta: {{CARD}}
Llegada: {{DATE}}
¿Falta algún dato de {{G1}}?`,
    `Alquiler de coche: conductor{{m1}} {{W1}}, permiso de conducir {{DL1}}, nacido el {{DOB}}; fianza retenida en la tarjeta {{CARD}}.`,
    `Carta de invitación
Yo, {{W1}}, con NIE {{NIE}} y domicilio en {{ADDR}}, invito a mi madre{{f2}}{{l2}}, {{W2}}, documento de identidad n.º {{HOMEID2}}, pasaporte {{PASSHOME2}}, a pasar un mes en mi casa.
{{F1}}`,
    `{{G1}}, del coro, me pide una versión más sencilla de este párrafo: "{{C}} {{C}}" Mándale también el resultado a {{E1}}.`,
    `Apuntes de la clase de música de {{W1}} ({{DATE}}), para reenviar a {{O1}}:
- {{C}}
- {{C}}`,
  ],
  hard: [
    `Explica las ideas de Confucio sobre la familia para alumnos de bachillerato.`,
    `¿Quién fue Deng Xiaoping y por qué son tan importantes sus reformas de 1978?`,
    `Resume el Quijote en cinco frases, con Sancho Panza y Dulcinea.`,
    `¿Por qué Mercadona y Zara se han convertido en modelos de negocio estudiados en las escuelas?`,
    `Escribe una descripción de producto para las zapatillas Li-Ning de baloncesto.`,
    `¿Qué ver en dos días en Granada? La Alhambra, el Albaicín y la calle Elvira.`,
    `En el .env.example pon DB_PASSWORD=<tu-contraseña> y API_KEY=TU_CLAVE_API, y explica por qué no se sube el .env real.`,
    `En el entorno de pruebas usad la tarjeta {{TESTCARD}} con cualquier fecha de caducidad.`,
    `El número {{NOCARD}} no pasa el algoritmo de Luhn. Muestra el cálculo paso a paso.`,
    `Nuestro formulario rechaza {{NOIBAN}}. ¿Cómo se calculan los dígitos de control de un IBAN?`,
    `¿Dónde está el pedido {{ORDER}}? Tenía que llegar el {{DATE}}.`,
    `Desde la versión {{VER}}, el commit {{SHA}} no compila. ¿Alguna idea?`,
    `¿Es seguro ejecutar DELETE FROM carritos WHERE id = '{{UUID}}'; en producción?`,
    `Permite {{DOCIP}} en el cortafuegos y bloquea {{CIDR}}.`,
    `El contrato empieza el {{DATEA}} y la revisión del alquiler es el {{DATEB}}. ¿Cuántos meses hay entre ambas fechas?`,
    `Diferencias entre Terraform, Pulumi y Ansible para un equipo pequeño.`,
    `Escribe un poema sobre un farolillo rojo en el barrio chino de una ciudad portuaria.`,
    `Compara a Mafalda con Charlie Brown como personajes de tira cómica.`,
    `Resume la historia de la Gran Muralla china en diez líneas.`,
    `2025-06-01 01:30:00 ERROR copia={{UUID}} fallida tras 3 reintentos (sin espacio en disco)`,
    `Divide {{AMOUNT}} entre cuatro personas.`,
    `Redacta un recordatorio por la factura {{ORDER}} de {{AMOUNT}}, vencida el {{DATE}}.`,
    `¿Qué papel tuvo Zheng He en las expediciones marítimas de la dinastía Ming?`,
    `Cuéntame la trayectoria de Rafael Nadal en Roland Garros.`,
    `Prepara una receta de dumplings de cerdo y col para seis personas.`,
    `# config/app.yaml
database:
  host: \${DB_HOST}
  user: \${DB_USER}
  password: \${DB_PASSWORD}
payments:
  api_key: <your-api-key>
  webhook_secret: <webhook-secret>
Explica para qué sirve cada campo y cuáles no deben subirse nunca al repositorio.`,
    `order_id,sku,qty,total
{{ORDER}},LINING-RUN-42,2,{{AMOUNT}}
{{ORDER}},BIALETTI-MOKA-6,1,{{AMOUNT}}
{{ORDER}},THERMOMIX-TM7,1,{{AMOUNT}}
¿Qué pedidos superan el presupuesto?`,
    `Merge: {{SHA}} {{SHA}}
    chore(deps): bump pinyin-tools from {{VER}} to {{VER}}
    fix(i18n): add zh-TW and zh-CN locale files
    docs: update CHANGELOG for {{VER}}
Resume qué ha cambiado en esta versión.`,
    `com.jadebridge.store.CartException: SKU LINING-RUN-42 out of stock (request {{UUID}})
    at com.jadebridge.store.Cart.add(Cart.java:42)
    at com.jadebridge.store.CheckoutController.post(CheckoutController.java:118)
¿Qué significa esta excepción?`,
  ],
  neg: [
    `{{C}}`,
    `Simplifica esta frase: {{C}}`,
    `Traduce al inglés: {{C}} {{C}}`,
    `¿Es correcta esta frase? "{{C}}"`,
    `Resume en una línea:

{{C}}
{{C}}
{{C}}`,
    `Haz una lista con viñetas:
{{C}}
{{C}}`,
    `¿Cuánto tiempo se cuece un huevo pasado por agua?`,
    `Escribe un haiku sobre la primera helada.`,
    `Explícaselo a un niño de diez años: {{C}}`,
    `Lista de la compra: bebida de avena, puerros, dos limones, vinagre de arroz, tofu. Ordénala por pasillos.`,
    `Dame tres variantes de esta frase: {{C}}`,
    `¿Verdadero o falso, según el manual? {{C}}`,
    `¿Cuántos gramos son tres tazas de harina?`,
  ],
};
