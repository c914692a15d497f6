// Spanish phrasings of this set, written for it. Slots: see template.ts. Every person in a sensitive template is a
// slot; hard negatives name only public or historical figures, fictional characters, brands and places.
import type { Phrasings } from './generate.ts';

export const ES: Phrasings = {
  pos: [
    `¿Puedes reescribir este correo para que suene menos borde?

Hola {{G1}}:

Las facturas de la obra de Zaragoza siguen sin firmar. {{F2}} lleva toda la semana esperándolas. Llámame al {{PHONE}} si te viene mejor.

Un saludo`,
    `{{f1}}Acta de la junta de vecinos del {{DATE}}
Asistentes: {{F1}} (presidenta), {{I2}}, {{F3}}
1. {{S1}} informa de que el ascensor se cambiará en mayo.
2. {{G2}} denuncia humedades en el tercero; {{S3}} llamará al seguro.`,
    `{{f1}}Expediente de RR. HH. – confidencial
Empleada: {{U1}}
Fecha de nacimiento: {{DOB}}
DNI: {{DNI}}
La Sra. {{S1}} recurre la sanción del {{DATE}}. Reunión con {{F2}} la próxima semana.`,
    `{{f1}}{{m2}}Estimada Dra. {{S1}}:

Le remito a {{F2}}, nacido el {{DOB}}, por dolor torácico de esfuerzo de seis semanas de evolución.

Atentamente,
{{F3}}`,
    `{{m1}}Mi casero, {{F1}}, no me devuelve la fianza del piso de {{ADDR}}. Entregué las llaves el {{DATE}} y no contesta al {{PHONE}}. Ayúdame a redactar un burofax.`,
    `Confirmación de reserva
Pasajero principal: {{R1}}
Pasaporte: {{PASSPORT}}
Segundo pasajero: {{F2}}
Contacto: {{E1}} / {{PHONE}}
Vuelo: Madrid – Seúl Incheon, {{DATE}}`,
    `Cliente: hola, no puedo entrar en mi cuenta.
Agente: ¿a nombre de quién está la cuenta?
Cliente: {{F1}}
Agente: ¿y su fecha de nacimiento?
Cliente: {{DOB}}
Agente: gracias, {{G1}}. Le envío un enlace a {{E1}}.`,
    `¿Por qué falla esta petición?

{"cliente": {"nombre": "{{F1}}", "iban": "{{IBAN}}", "telefono": "{{PHONE}}"}, "importe": 35.2}`,
    `¿Qué tiene de malo este .env?

DB_URL={{CONN}}
SENDGRID_KEY={{KEY}}
RESPONSABLE={{n1}}`,
    `Ordena esta lista por apellido:
nombre,correo,nacimiento
{{F1}},{{E1}},{{DOB}}
{{F2}},{{E2}},{{DOB}}
{{F3}},{{E3}},{{DOB}}`,
    `2025-06-03 03:12:40 AVISO acceso denegado usuario={{E1}} ip={{IP}}
2025-06-03 03:12:58 AVISO acceso denegado usuario={{E1}} ip={{IP}}
¿Es un ataque o alguien que olvidó la contraseña?`,
    `Error: pago rechazado para {{A1}}
    at Pedido.cobrar (pedido.ts:91)
tarjeta: {{CARD}}
¿Qué significa este error?`,
    `commit {{SHA}}
Author: {{F1}} <{{E1}}>

    Quita la clave del repositorio

    La clave {{KEY}} ya está revocada.`,
    `{{f3}}{{g1}}: ¿vamos al cine el sábado?
{{g2}}: ¡sí! le pregunto a {{G3}} si se apunta
{{g1}}: por cierto, mi número nuevo es {{PHONE}}`,
    `¿Qué hice aquí? Mi historial:
 120  ssh root@{{IP}}
 121  export DB_PASS='{{PWD}}'
 122  mysql -u {{g1}} -p almacen`,
    `{{m1}}{{ADDRL}}

{{DATE}}

Estimado Sr. {{S1}}:

Le confirmamos la recepción de su preaviso. La revisión del piso la hará {{F2}}.

Atentamente,
Administración de fincas`,
    `Se vende carrito de bebé, casi nuevo, 90 €. Recogida en {{ADDR}}. WhatsApp a {{G1}}: {{PHONE}}.`,
    `{{f1}}Esquela
{{A1}}
Nació el {{DOBO}} en Incheon y falleció el {{DATE}}. Sus hijos {{G3}} y {{G2}} y demás familia ruegan una oración por su alma.`,
    `{{m1}}{{f2}}{{f3}}{{k3}}Notas genealógicas para pasar a limpio:
{{F1}}, nacido el {{DOBO}} en Ulsan, casado con {{F2}}
su hija {{F3}}, nacida el {{DOBY}}
la familia {{S1}} se instala en Valencia en 1992`,
    `{{f1}}Plantilla alevín 2025
Portera: {{F1}}
Defensa: {{F2}}, {{W3}}
Contacto de emergencia de {{G1}}: {{PHONE}}`,
    `{{f2}}Estimada familia de {{F1}}:
{{G1}} faltó el {{DATE}} sin justificar. Contacten con la Sra. {{S2}} en el {{PHONE}}.`,
    `Re: el banco no me devuelve el dinero

mensaje de {{g1}}

Mi banco (cuenta {{CCC}}) dice que la transferencia a {{F2}} la "autoricé" yo. ¿Alguien ha reclamado al Banco de España?`,
    `{{f1}}Tradúcelo al coreano: "Querida {{G1}}, gracias por cuidar de los niños. {{G2}} te recogerá en el aeropuerto el {{DATE}}."`,
    `Mensaje de voz: hola, soy {{G1}} del taller, llámeme al {{PHONEW}}, es por los frenos.`,
    `teclado roto, perdón: {{G1}} en el {{PHONES}}`,
    `Nota: la contraseña del wifi de la casa rural es {{PHRASE}}. {{G1}} tiene la llave de repuesto.`,
    `{{f1}}Alta de trabajadora extranjera: {{F1}}, NIE {{NIE}}, domicilio {{ADDR}}, cuenta {{IBAN}}.`,
    `Contrato de alquiler de coche
Conductor: {{F1}}
Permiso de conducir: {{DL1}}
Fecha de nacimiento: {{DOB}}`,
    `{{G1}} pegó esto en el canal del equipo sin querer:
AWS_ACCESS_KEY_ID={{AWSID}}
AWS_SECRET_ACCESS_KEY={{AWSKEY}}
¿Qué hacemos?`,
    `Por favor, abrid el acceso VPN para {{IP}} (teletrabajo de {{F1}}), aprobado por {{F2}}.`,
    `{{F1}} y {{F2}} han vuelto a cambiarse el turno. Arregla el cuadrante para que {{G1}} tenga el jueves.`,
    `{{f1}}escríbeme un poema corto de cumpleaños para {{n1}}, cumple 40 y le encanta el senderismo`,
    `Pagué con la tarjeta {{CARD}} y me cobraron dos veces. Redacta una reclamación. Titular: {{A1}}.`,
    `Si alguien encontró una cartera gris cerca de la biblioteca: {{O1}}. ¡Gracias! {{G1}}`,
    `Oye {{G1}}, la contraseña nueva de preproducción es {{PWD}}. No la pegues en el chat otra vez.`,
    `{{m1}}Paciente: {{U1}}, nacido el {{DOB}}
Motivo: migraña recurrente
Derivado por la Dra. {{S2}}. Avisar a: {{F3}}, {{PHONE}}.`,
    `Resume el hilo: {{F1}} pidió a {{F2}} que aprobara el reembolso, {{S2}} dice que solo puede {{F3}}, y {{G3}} está de vacaciones hasta el lunes.`,
    `Orden de domiciliación SEPA
Titular: {{F1}}
IBAN: {{IBAN}}
Dirección: {{ADDRL}}`,
    `Revisa estas líneas de la nómina:
empleado;dni;cuenta
3301;{{DNI}};{{CCC}}
3302;{{NIE}};{{CCC}}`,
    `Renovación de pasaporte: {{U1}}, pasaporte n.º {{PASSPORT}}, fecha de nacimiento {{DOBI}}, domicilio {{ADDR}}.`,
    `Log de nginx, ¿quién nos escanea?
{{IP}} - - [12/Mar/2025:10:01:22 +0100] "GET /wp-login.php HTTP/1.1" 404 162
{{IP}} - - [12/Mar/2025:10:01:24 +0100] "GET /.env HTTP/1.1" 404 162`,
    `Rellena el formulario por mí: me llamo {{F1}}, nací el {{DOB}}, vivo en {{ADDR}}, teléfono {{PHONE}}, correo {{E1}}.`,
    `Mi tarjeta {{CARD}}, caduca 02/28: ¿la puedo guardar en las notas del móvil?`,
    `En mi ~/.my.cnf tengo user={{g1}} y password={{PWD}}
¿Por qué mysql sigue pidiendo la contraseña?`,
    `Contactos de emergencia para la excursión:
{{F1}} – {{PHONE}}
{{F2}} – {{PHONEX}}
{{F3}} – {{PHONE}}`,
  ],
  hard: [
    `Resume el argumento de La Regenta en tres frases.`,
    `¿Qué aportó Santiago Ramón y Cajal a la neurociencia? Un párrafo.`,
    `Escribe la ficha de producto del nuevo turrón de El Almendro (ref. {{ORDER}}), precio {{AMOUNT}}.`,
    `Nuestras pruebas usan la tarjeta de test {{TESTCARD}}. ¿Por qué se rechaza {{NOCARD}}?`,
    `El IBAN {{NOIBAN}} no pasa la validación del formulario. ¿Cómo se calculan los dígitos de control?`,
    `Según git bisect, {{SHA}} rompió la versión {{VER}}. ¿Cómo veo los ficheros modificados?`,
    `La petición {{UUID}} caduca detrás del balanceador {{DOCIP}}. ¿Basta con reintentar?`,
    `Escribe un texto breve sobre el rey Sejong y la creación del hangul para un trabajo escolar.`,
    `Compara el Hyundai Kona eléctrico con el Kia Niro para una familia que va mucho a Galicia.`,
    `Organiza tres días en Busan: el mercado de Jagalchi, la playa de Haeundae y el templo Haedong Yonggungsa.`,
    `¿Existe de verdad la calle de Alcalá, y qué hay en ella?`,
    `Explica esta plantilla de configuración:
api_key: TU_CLAVE_API
contrasena: <rellenar>
token: \${TOKEN}`,
    `El pedido {{ORDER}} salió del almacén de Coslada el {{DATE}} y el seguimiento no avanza. ¿Qué le digo al cliente?`,
    `La versión {{VER}} sale el {{DATE}}; la congelación de código empieza una semana antes.`,
    `¿Por qué funciona ping {{DOCIP}} pero la aplicación no llega a localhost:8080?`,
    `Escribe un cuento en el que Don Quijote y Sancho Panza se encuentran con Mafalda.`,
    `Kafka, Redis y Jenkins corren en el mismo nodo. ¿Conviene separar Jenkins?`,
    `La exposición de Sorolla estará cerrada del {{DATE}} al {{DATE}}.`,
    `¿{{NOCARD}} es un número de tarjeta real o una errata? Viene del pedido {{ORDER}}.`,
    `Prepara un tuit para la campaña de Chupa Chups y menciona a @chupachups.`,
    `Nuestra sede se muda de la Castellana a Méndez Álvaro. Actualiza la página "Quiénes somos", sin números de portal.`,
    `¿Cuántos goles marcó Raúl González con el Real Madrid?`,
    `La factura {{ORDER}} de {{AMOUNT}} lleva {{NUM}} días vencida. Redacta un recordatorio amable para Bodegas Arriaga.`,
    `En la hoja, cambia "Sol" por "soleado" y "Mar" por "marzo" en la columna del tiempo.`,
    `Explica qué abarca {{CIDR}} en esta regla del cortafuegos y si {{DOCIP}} entra en ella.`,
  ],
  neg: [
    `{{C}}`,
    `¿Puedes simplificar esta frase? {{C}}`,
    `Traduce al inglés:

{{C}} {{C}}`,
    `Resume en una línea:
{{C}}
{{C}}
{{C}}`,
    `¿Es correcta esta frase? "{{C}}"`,
    `La reunión se pasa al {{DATE}}, misma sala.`,
    `{{C}} ¿Qué quiere decir eso en la práctica?`,
    `Pásalo a viñetas:
- {{C}}
- {{C}}`,
    `Lista de la compra: bebida de avena, limones, arroz, dos cebollas, lavavajillas.`,
    `¿Qué preguntas se haría un lector tras leer esto? {{C}}`,
  ],
};
