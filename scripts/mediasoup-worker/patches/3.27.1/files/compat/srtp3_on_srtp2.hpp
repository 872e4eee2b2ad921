// Palabre: the libsrtp 3 API that mediasoup 3.27 calls, implemented on Debian's
// libsrtp 2.5 (libsrtp2-dev). mediasoup normally builds its own libsrtp 3 fork,
// downloaded at configure time; offline we only have the Debian package.
//
// Include this instead of <srtp.h>. It maps:
//   - srtp_{protect,unprotect}[_rtcp] with separate in/out buffers onto the
//     2.x in-place functions;
//   - srtp_stream_remove onto srtp_remove_stream;
//   - the opaque policy API (srtp_policy_create/set_*/add_key/destroy) onto a
//     2.x srtp_policy_t struct, the way mediasoup <= 3.22 filled it.
// Cost: versatica's performance changes in their libsrtp fork are not there.
#ifndef PALABRE_SRTP3_ON_SRTP2_HPP
#define PALABRE_SRTP3_ON_SRTP2_HPP

#include <srtp2/srtp.h>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>

// Error codes libsrtp 3 added after srtp_err_status_pkt_idx_adv (27).
constexpr srtp_err_status_t srtp_err_status_buffer_small{ static_cast<srtp_err_status_t>(28) };
constexpr srtp_err_status_t srtp_err_status_cryptex_err{ static_cast<srtp_err_status_t>(29) };

namespace palabre_srtp
{
	// libsrtp 2.x works in place: copy into the output buffer (which must have
	// room for what the operation appends), run the 2.x call there, and report
	// the new length.
	template<typename InPlaceFn>
	inline srtp_err_status_t RunInPlace(
	  InPlaceFn fn, const uint8_t* in, size_t inLen, uint8_t* out, size_t* outLen, size_t growth)
	{
		if (*outLen < inLen + growth || inLen > INT32_MAX)
		{
			return srtp_err_status_buffer_small;
		}

		if (out != in)
		{
			std::memmove(out, in, inLen);
		}

		int len = static_cast<int>(inLen);
		const srtp_err_status_t err = fn(out, &len);

		if (err == srtp_err_status_ok)
		{
			*outLen = static_cast<size_t>(len);
		}

		return err;
	}

	// SRTCP also appends the 4-byte E flag + index word.
	constexpr size_t SrtcpIndexLen{ 4 };
} // namespace palabre_srtp

// MKIs are never used by mediasoup (mki_index is always 0).
inline srtp_err_status_t srtp_protect(
  srtp_t ctx, const uint8_t* rtp, size_t rtpLen, uint8_t* srtp, size_t* srtpLen, size_t mkiIndex)
{
	if (mkiIndex != 0)
	{
		return srtp_err_status_bad_mki;
	}

	return palabre_srtp::RunInPlace(
	  [ctx](uint8_t* buf, int* len) { return srtp_protect(ctx, buf, len); },
	  rtp,
	  rtpLen,
	  srtp,
	  srtpLen,
	  SRTP_MAX_TRAILER_LEN);
}

inline srtp_err_status_t srtp_unprotect(
  srtp_t ctx, const uint8_t* srtp, size_t srtpLen, uint8_t* rtp, size_t* rtpLen)
{
	return palabre_srtp::RunInPlace(
	  [ctx](uint8_t* buf, int* len) { return srtp_unprotect(ctx, buf, len); },
	  srtp,
	  srtpLen,
	  rtp,
	  rtpLen,
	  0);
}

inline srtp_err_status_t srtp_protect_rtcp(
  srtp_t ctx, const uint8_t* rtcp, size_t rtcpLen, uint8_t* srtcp, size_t* srtcpLen, size_t mkiIndex)
{
	if (mkiIndex != 0)
	{
		return srtp_err_status_bad_mki;
	}

	return palabre_srtp::RunInPlace(
	  [ctx](uint8_t* buf, int* len) { return srtp_protect_rtcp(ctx, buf, len); },
	  rtcp,
	  rtcpLen,
	  srtcp,
	  srtcpLen,
	  SRTP_MAX_TRAILER_LEN + palabre_srtp::SrtcpIndexLen);
}

inline srtp_err_status_t srtp_unprotect_rtcp(
  srtp_t ctx, const uint8_t* srtcp, size_t srtcpLen, uint8_t* rtcp, size_t* rtcpLen)
{
	return palabre_srtp::RunInPlace(
	  [ctx](uint8_t* buf, int* len) { return srtp_unprotect_rtcp(ctx, buf, len); },
	  srtcp,
	  srtcpLen,
	  rtcp,
	  rtcpLen,
	  0);
}

inline srtp_err_status_t srtp_stream_remove(srtp_t session, uint32_t ssrc)
{
	return srtp_remove_stream(session, ssrc);
}

// The opaque libsrtp 3 policy: a 2.x policy plus the key buffer it points to
// (2.x wants master key and salt concatenated).
struct palabre_srtp_policy_ctx
{
	srtp_policy_t policy{};
	unsigned char key[SRTP_MAX_KEY_LEN]{};
	bool hasProfile{ false };
};

using palabre_srtp_policy_t = palabre_srtp_policy_ctx*;

inline srtp_err_status_t srtp_policy_create(palabre_srtp_policy_t* policy)
{
	*policy = new (std::nothrow) palabre_srtp_policy_ctx();

	return *policy ? srtp_err_status_ok : srtp_err_status_alloc_fail;
}

inline void srtp_policy_destroy(palabre_srtp_policy_t policy)
{
	delete policy;
}

inline srtp_err_status_t srtp_policy_set_ssrc(palabre_srtp_policy_t policy, srtp_ssrc_t ssrc)
{
	policy->policy.ssrc = ssrc;

	return srtp_err_status_ok;
}

// Same crypto policies as mediasoup <= 3.22 set for each suite.
inline srtp_err_status_t srtp_policy_set_profile(palabre_srtp_policy_t policy, srtp_profile_t profile)
{
	srtp_crypto_policy_t& rtp  = policy->policy.rtp;
	srtp_crypto_policy_t& rtcp = policy->policy.rtcp;

	switch (profile)
	{
		case srtp_profile_aead_aes_256_gcm:
			srtp_crypto_policy_set_aes_gcm_256_16_auth(&rtp);
			srtp_crypto_policy_set_aes_gcm_256_16_auth(&rtcp);
			break;

		case srtp_profile_aead_aes_128_gcm:
			srtp_crypto_policy_set_aes_gcm_128_16_auth(&rtp);
			srtp_crypto_policy_set_aes_gcm_128_16_auth(&rtcp);
			break;

		case srtp_profile_aes128_cm_sha1_80:
			srtp_crypto_policy_set_aes_cm_128_hmac_sha1_80(&rtp);
			srtp_crypto_policy_set_aes_cm_128_hmac_sha1_80(&rtcp);
			break;

		// RFC 5764: the 32-bit tag applies to SRTP only, SRTCP keeps 80 bits.
		case srtp_profile_aes128_cm_sha1_32:
			srtp_crypto_policy_set_aes_cm_128_hmac_sha1_32(&rtp);
			srtp_crypto_policy_set_aes_cm_128_hmac_sha1_80(&rtcp);
			break;

		default:
			return srtp_err_status_bad_param;
	}

	policy->hasProfile = true;

	return srtp_err_status_ok;
}

inline srtp_err_status_t srtp_policy_add_key(
  palabre_srtp_policy_t policy,
  const uint8_t* key,
  size_t keyLen,
  const uint8_t* salt,
  size_t saltLen,
  const uint8_t* /*mki*/,
  size_t mkiLen)
{
	// 2.x takes one key per policy here; no MKI, and the length must be what
	// the profile expects (its cipher_key_len counts key + salt).
	const size_t expectedLen = static_cast<size_t>(policy->policy.rtp.cipher_key_len);

	if (!policy->hasProfile || mkiLen != 0 || policy->policy.key != nullptr ||
	    keyLen + saltLen != expectedLen || expectedLen > sizeof(policy->key))
	{
		return srtp_err_status_bad_param;
	}

	std::memcpy(policy->key, key, keyLen);
	std::memcpy(policy->key + keyLen, salt, saltLen);
	policy->policy.key = policy->key;

	return srtp_err_status_ok;
}

inline srtp_err_status_t srtp_policy_set_allow_repeat_tx(palabre_srtp_policy_t policy, bool allow)
{
	policy->policy.allow_repeat_tx = allow ? 1 : 0;

	return srtp_err_status_ok;
}

inline srtp_err_status_t srtp_policy_set_window_size(palabre_srtp_policy_t policy, size_t windowSize)
{
	policy->policy.window_size = windowSize;

	return srtp_err_status_ok;
}

inline srtp_err_status_t srtp_create(srtp_t* session, palabre_srtp_policy_t policy)
{
	return srtp_create(session, &policy->policy);
}

// From here on, srtp_policy_t names the libsrtp 3 (pointer) type. The 2.x
// struct is still reachable as `struct srtp_policy_t` above this line only.
#define srtp_policy_t palabre_srtp_policy_t

#endif
